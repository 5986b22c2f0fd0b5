"""The verification email as sent: both parts carry the link, the Message-ID is fixed by the
delivery, and the headers say who sends it and that it is automatic."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage

from services.notifications import rendering
from services.notifications.catalogue import kind_of
from services.notifications.dispatch import Links
from services.notifications.email.handlers import verification, verification_link
from services.notifications.email.message import Email, build_message, message_id, on_the_wire
from smartpick.events import EmailVerificationRequested
from smartpick.publisher import envelope_for

SENDER = "Smart Pick <no-reply@mail.smartpick.example>"
AT = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
EVENT = EmailVerificationRequested(account_id="acc-1", email="ana@example.org",
                                   token="payload.sig+/=&<x>", expires_at=AT)


def _sent(delivery_id: str = "d1") -> EmailMessage:
    links = Links("https://app.smartpick.example/", "https://api.smartpick.example", "s" * 32)
    outgoing = verification(EVENT, envelope_for(EVENT, "/profiles"), links.web_base_url)
    kind = kind_of(outgoing.kind)
    parts = rendering.email(kind, outgoing.params, links.footer(outgoing.recipient, kind))
    email = Email(EVENT.email, parts.subject, parts.text, parts.html)
    raw = build_message(delivery_id, email, SENDER, AT).as_bytes()
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_the_message_has_a_plain_text_and_an_html_part_with_the_same_link() -> None:
    message = _sent()
    assert message.get_content_type() == "multipart/alternative"
    text, html = (part.get_content() for part in message.iter_parts())
    link = verification_link("https://app.smartpick.example/", EVENT.token)
    assert link == ("https://app.smartpick.example/verify-email?"
                    "token=payload.sig%2B%2F%3D%26%3Cx%3E")
    assert link in text
    assert f'href="{link}"' in html  # nothing in a URL-encoded link needs HTML escaping
    assert "<x>" not in html


def test_the_message_id_is_fixed_by_the_delivery_and_the_senders_domain() -> None:
    assert _sent("d1")["Message-ID"] == _sent("d1")["Message-ID"] == message_id("d1", SENDER)
    assert message_id("d1", SENDER) == "<d1@mail.smartpick.example>"
    assert _sent("d2")["Message-ID"] != _sent("d1")["Message-ID"]


def test_the_headers_name_sender_recipient_subject_and_an_automatic_message() -> None:
    message = _sent()
    assert message["From"] == SENDER
    assert message["To"] == "ana@example.org"
    assert message["Subject"] == "Verify your email address for Smart Pick"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Date"] == "Sun, 29 Nov 2026 12:00:00 +0000"


def test_an_email_without_a_sender_domain_still_gets_a_message_id() -> None:
    email = Email("ana@example.org", "s", "t", "<p>t</p>")
    assert build_message("d3", email, "no-reply", AT)["Message-ID"] == "<d3@smartpick.local>"


def test_an_email_with_an_unsubscribe_link_offers_the_one_click_unsubscribe() -> None:
    """RFC 8058: the link in List-Unsubscribe, and List-Unsubscribe-Post saying a POST of
    ``List-Unsubscribe=One-Click`` to it unsubscribes; an email without a link has neither."""
    url = "https://api.smartpick.example/email/unsubscribe?token=" + "eyJ0eXAi." * 30
    email = Email("ana@example.org", "s", "t", "<p>t</p>", unsubscribe_url=url)
    message = build_message("d4", email, SENDER, AT)
    assert message["List-Unsubscribe"] == f"<{url}>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # as sent: one line, not MIME-encoded (mail clients would not recognise an encoded link)
    assert f"\r\nList-Unsubscribe: <{url}>\r\n".encode() in on_the_wire(message)
    assert _sent()["List-Unsubscribe"] is None  # account notices: nothing to unsubscribe from
