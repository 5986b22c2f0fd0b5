"""Event handlers that keep the outcomes applicants report, for the next refit (refits.py)."""

from __future__ import annotations

from services.matching.recommendations.handlers import Dependencies
from smartpick.events import CloudEvent, OutcomeDeleted, OutcomeReported


async def outcome_reported(event: OutcomeReported, envelope: CloudEvent,
                           deps: Dependencies) -> None:
    await deps.store.save_outcome(event)


async def outcome_deleted(event: OutcomeDeleted, envelope: CloudEvent,
                          deps: Dependencies) -> None:
    await deps.store.delete_outcome(event)
