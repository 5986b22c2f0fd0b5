"""The verification email: the one email sent to an address not verified yet, so it bypasses
the dispatcher (which emails only verified addresses). Its delivery id derives from the event:
handled twice, it is recorded, and sent, once."""

from __future__ import annotations

from urllib.parse import urlencode

from services.notifications import rendering
from services.notifications.catalogue import kind_of
from services.notifications.dispatch import Links
from services.notifications.email.message import Email
from services.notifications.email.sender import EmailSender
from services.notifications.email.store import DeliveriesStore
from smartpick.events import CloudEvent, EmailVerificationRequested
from smartpick.inbox import effect_id

VERIFY_EMAIL = kind_of("ACCOUNT_VERIFY_EMAIL")


class Mail:
    """What the verification handler needs: where deliveries are recorded, the worker that
    sends them, and the links emails carry."""

    def __init__(self, deliveries: DeliveriesStore, sender: EmailSender, links: Links) -> None:
        self.deliveries = deliveries
        self.sender = sender
        self.links = links


def verification_link(web_base_url: str, token: str) -> str:
    return f"{web_base_url.rstrip('/')}/verify-email?{urlencode({'token': token})}"


def verification_email(event: EmailVerificationRequested, links: Links) -> Email:
    """Asks the reader to open the link; says until when it works and what to do if they did
    not sign up (nothing: an unverified address receives nothing else)."""
    params = {"link": verification_link(links.web_base_url, event.token),
              "until": event.expires_at.strftime("%d %B %Y, %H:%M UTC")}
    parts = rendering.email(VERIFY_EMAIL, params, links.footer(event.account_id, VERIFY_EMAIL))
    return Email(to=event.email, subject=parts.subject, text=parts.text, html=parts.html)


async def verification_requested(event: EmailVerificationRequested, envelope: CloudEvent,
                                 mail: Mail) -> None:
    email = verification_email(event, mail.links)
    await mail.deliveries.record(effect_id(envelope, "email"), VERIFY_EMAIL.name, email)
    mail.sender.wake()
