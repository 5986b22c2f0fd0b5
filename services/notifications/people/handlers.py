"""Handlers of profiles' account events: keep ``people`` current, and tell the account that its
address is verified (an account notice: it cannot be switched off)."""

from __future__ import annotations

from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.events import AccountEmailVerified, AccountRegistered, CloudEvent
from smartpick.inbox import effect_id


async def account_registered(event: AccountRegistered, envelope: CloudEvent,
                             dispatcher: Dispatcher) -> None:
    await dispatcher.people.registered(event.account_id, event.email, event.role.value)


async def email_verified(event: AccountEmailVerified, envelope: CloudEvent,
                         dispatcher: Dispatcher) -> None:
    """Recorded first, so the notice's email goes to the address just verified."""
    await dispatcher.people.verified(event.account_id, event.email)
    await dispatcher.send(Outgoing(effect_id(envelope, "notice"), event.account_id,
                                   "ACCOUNT_EMAIL_VERIFIED", {"email": event.email},
                                   event_id=envelope.id))
