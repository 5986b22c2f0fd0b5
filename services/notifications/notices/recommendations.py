"""The notice that an applicant's program list was computed (again)."""

from __future__ import annotations

from collections.abc import Sequence

from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.events import CloudEvent, RecommendationsReady
from smartpick.inbox import effect_id


async def recommendations_ready(event: RecommendationsReady, envelope: CloudEvent,
                                dispatcher: Dispatcher) -> None:
    # Catalog imports and model refits tell everyone, often several times a day: the newest
    # list's notice replaces an unread older one (current_at) instead of piling up beside it.
    await dispatcher.send(Outgoing(
        id=effect_id(envelope, "in-app"), recipient=event.applicant_id,
        kind="RECOMMENDATIONS_READY", current_at=envelope.time,
        params={"reason": event.reason, "eligible_count": event.eligible_count,
                "excluded_count": event.excluded_count}))


async def lists_ready(events: Sequence[tuple[RecommendationsReady, CloudEvent]],
                      dispatcher: Dispatcher) -> None:
    """A run of list events, without the consumer's inbox: handling one again changes nothing
    (its notice's id is fixed, and an older one never replaces a newer)."""
    for event, envelope in events:
        await recommendations_ready(event, envelope, dispatcher)
