"""Event handlers of the notifications service and the one registry that maps events to them."""

from __future__ import annotations

from services.notifications.store import NotificationsStore
from smartpick.consumer import Handlers
from smartpick.events import CloudEvent, Event, MatchSimulationCompleted, RecommendationsReady
from smartpick.inbox import effect_id

RECOMMENDATIONS_READY = "RECOMMENDATIONS_READY"


def build_handlers(store: NotificationsStore) -> Handlers:
    async def recommendations_ready(event: Event, envelope: CloudEvent) -> None:
        assert isinstance(event, RecommendationsReady)
        title, body = _recommendations_message(event)
        notification_id = effect_id(envelope, "in-app")
        if await store.add(notification_id, event.applicant_id, RECOMMENDATIONS_READY, title,
                           body):
            # Catalog imports and model refits recompute everyone, often several times a day:
            # the newest list's notice replaces unread older ones instead of piling up beside them
            # (an event handled twice adds nothing, so it replaces nothing either).
            await store.drop_unread(event.applicant_id, RECOMMENDATIONS_READY,
                                    keep=notification_id)

    async def simulation_completed(event: Event, envelope: CloudEvent) -> None:
        assert isinstance(event, MatchSimulationCompleted)
        title, body = _simulation_message(event)
        await store.add(effect_id(envelope, "in-app"), event.requested_by,
                        "MATCH_SIMULATION_COMPLETED", title, body, event.simulation_id)

    return {RecommendationsReady: [recommendations_ready],
            MatchSimulationCompleted: [simulation_completed]}


def _recommendations_message(event: RecommendationsReady) -> tuple[str, str]:
    counts = (f"{event.eligible_count} programs will consider you; "
              f"{event.excluded_count} will not, each with its reason.")
    if event.reason == "catalog":
        return "Programs in your specialties changed", f"Your list is updated: {counts}"
    if event.reason == "model":
        return ("Your chances were recalculated",
                f"Smart Pick's model learned from newer outcomes. {counts}")
    return "Your program list is ready", counts


def _simulation_message(event: MatchSimulationCompleted) -> tuple[str, str]:
    name = event.name
    if event.status == "failed":
        return f"Match simulation “{name}” failed", event.error or "It stopped unexpectedly."
    figures = (f"{event.matched:,} of {event.applicants:,} applicants matched; "
               f"{event.unfilled:,} of {event.positions:,} positions unfilled.")
    if event.status == "no_stable_matching":
        return (f"Match simulation “{name}” found no stable match",
                f"The couples' lists admit no stable outcome within the proposal bound. "
                f"Last attempt: {figures}")
    return f"Match simulation “{name}” is ready", figures
