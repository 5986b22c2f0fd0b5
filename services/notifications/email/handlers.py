"""The verification email: the one email sent to an address not verified yet, so it skips the
preferences (``Dispatcher.mail_unverified``). Its delivery id derives from the event: handled
twice, it is recorded, and sent, once."""

from __future__ import annotations

from urllib.parse import urlencode

from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.events import CloudEvent, EmailVerificationRequested
from smartpick.inbox import effect_id

VERIFY_EMAIL = "ACCOUNT_VERIFY_EMAIL"


def verification_link(web_base_url: str, token: str) -> str:
    return f"{web_base_url.rstrip('/')}/verify-email?{urlencode({'token': token})}"


def verification(event: EmailVerificationRequested, envelope: CloudEvent,
                 web_base_url: str) -> Outgoing:
    """Asks the reader to open the link; says until when it works and what to do if they did
    not sign up (nothing: an unverified address receives nothing else)."""
    return Outgoing(effect_id(envelope, "email"), event.account_id, VERIFY_EMAIL, {
        "link": verification_link(web_base_url, event.token),
        "until": event.expires_at.strftime("%d %B %Y, %H:%M UTC")})


async def verification_requested(event: EmailVerificationRequested, envelope: CloudEvent,
                                 dispatcher: Dispatcher) -> None:
    await dispatcher.mail_unverified(
        verification(event, envelope, dispatcher.links.web_base_url), event.email)
