"""Event handlers that keep the outcomes applicants report (store.py), for the next refit
(refits.py)."""

from __future__ import annotations

from typing import Protocol

from services.matching.model_registry.store import OutcomeStore
from smartpick.events import CloudEvent, OutcomeDeleted, OutcomeReported


class OutcomeDependencies(Protocol):
    """What the outcome handlers use, of the service's ``Dependencies`` (fakes in tests)."""

    @property
    def outcomes(self) -> OutcomeStore: ...


async def outcome_reported(event: OutcomeReported, envelope: CloudEvent,
                           deps: OutcomeDependencies) -> None:
    await deps.outcomes.save_outcome(event)


async def outcome_deleted(event: OutcomeDeleted, envelope: CloudEvent,
                          deps: OutcomeDependencies) -> None:
    await deps.outcomes.delete_outcome(event)
