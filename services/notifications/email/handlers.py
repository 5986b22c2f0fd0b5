"""Event handlers of email: each records a delivery (its id derived from the event) and wakes
the sender, so an event handled twice records, and sends, one email."""

from __future__ import annotations

from dataclasses import dataclass

from services.notifications.email.sender import EmailSender
from services.notifications.email.store import DeliveriesStore
from services.notifications.email.texts import verification_email
from smartpick.events import CloudEvent, EmailVerificationRequested
from smartpick.inbox import effect_id

VERIFY_EMAIL = "VERIFY_EMAIL"


@dataclass(frozen=True)
class Mail:
    """What email handlers need: where deliveries are recorded, the worker that sends them, and
    the web client's address for links."""

    deliveries: DeliveriesStore
    sender: EmailSender
    web_base_url: str


async def verification_requested(event: EmailVerificationRequested, envelope: CloudEvent,
                                 mail: Mail) -> None:
    email = verification_email(event, mail.web_base_url)
    await mail.deliveries.record(effect_id(envelope, "email"), VERIFY_EMAIL, email)
    mail.sender.wake()
