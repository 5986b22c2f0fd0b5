"""Event handlers of in-app notifications: each event becomes one notification of its recipient.

A notification's id derives from its event, so an event handled twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.texts import recommendations_text, simulation_text
from smartpick.events import CloudEvent, MatchSimulationCompleted, RecommendationsReady
from smartpick.inbox import effect_id

RECOMMENDATIONS_READY = "RECOMMENDATIONS_READY"
MATCH_SIMULATION_COMPLETED = "MATCH_SIMULATION_COMPLETED"


async def recommendations_ready(event: RecommendationsReady, envelope: CloudEvent,
                                store: NotificationsStore) -> None:
    title, body = recommendations_text(event)
    notification_id = effect_id(envelope, "in-app")
    # Catalog imports and model refits tell everyone, often several times a day: the newest
    # list's notice replaces an unread older one instead of piling up beside it.
    await store.add_current(notification_id, event.applicant_id, RECOMMENDATIONS_READY, title,
                            body, envelope.time)


async def lists_ready(events: Sequence[tuple[RecommendationsReady, CloudEvent]],
                      store: NotificationsStore) -> None:
    """A run of list events, without the consumer's inbox: handling one again changes nothing
    (its notification's id is fixed, and an older one never replaces a newer)."""
    for event, envelope in events:
        await recommendations_ready(event, envelope, store)


async def simulation_completed(event: MatchSimulationCompleted, envelope: CloudEvent,
                               store: NotificationsStore) -> None:
    title, body = simulation_text(event)
    await store.add(effect_id(envelope, "in-app"), event.requested_by,
                    MATCH_SIMULATION_COMPLETED, title, body, event.simulation_id)
