"""The notice that a match simulation an organization asked for finished."""

from __future__ import annotations

from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.events import CloudEvent, MatchSimulationCompleted
from smartpick.inbox import effect_id


async def simulation_completed(event: MatchSimulationCompleted, envelope: CloudEvent,
                               dispatcher: Dispatcher) -> None:
    await dispatcher.send(Outgoing(
        id=effect_id(envelope, "in-app"), recipient=event.requested_by,
        kind="MATCH_SIMULATION_COMPLETED", subject_id=event.simulation_id,
        params={"name": event.name, "status": event.status, "error": event.error,
                "applicants": event.applicants, "matched": event.matched,
                "positions": event.positions, "unfilled": event.unfilled}))
