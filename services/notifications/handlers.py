"""Event handlers of the notifications service and the one registry that maps events to them."""

from __future__ import annotations

from services.notifications.store import NotificationsStore
from smartpick.consumer import Handlers
from smartpick.events import CloudEvent, Event, RecommendationsReady
from smartpick.inbox import effect_id


def build_handlers(store: NotificationsStore) -> Handlers:
    async def recommendations_ready(event: Event, envelope: CloudEvent) -> None:
        assert isinstance(event, RecommendationsReady)
        await store.add(
            effect_id(envelope, "in-app"), event.applicant_id, "RECOMMENDATIONS_READY",
            "Your program list is ready",
            f"{event.eligible_count} programs will consider you; "
            f"{event.excluded_count} will not, each with its reason.",
        )

    return {RecommendationsReady: [recommendations_ready]}
