"""The verification email as sent: both parts carry the link, the Message-ID is fixed by the
delivery, and the headers say who sends it and that it is automatic."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage

from services.notifications.email.message import Email, build_message, message_id
from services.notifications.email.texts import verification_email, verification_link
from smartpick.events import EmailVerificationRequested

SENDER = "Smart Pick <no-reply@mail.smartpick.example>"
AT = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
EVENT = EmailVerificationRequested(account_id="acc-1", email="ana@example.org",
                                   token="payload.sig+/=&<x>", expires_at=AT)


def _sent(delivery_id: str = "d1") -> EmailMessage:
    email = verification_email(EVENT, "https://app.smartpick.example/")
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
