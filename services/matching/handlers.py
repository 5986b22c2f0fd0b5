"""Event handlers of the matching service and the one registry that maps events to them."""

from __future__ import annotations

from dataclasses import dataclass

from services.matching.catalog_cache import CatalogCache
from services.matching.recommendations import Recomputer
from services.matching.store import MatchingStore
from smartpick.events import (
    ApplicantProfileUpdated,
    CloudEvent,
    OutcomeDeleted,
    OutcomeReported,
    ProgramUpserted,
)
from smartpick.registry import HandlerRegistry


@dataclass(frozen=True)
class Dependencies:
    """What the handlers use, bound once at start-up (fakes in tests)."""

    store: MatchingStore
    catalog: CatalogCache
    recomputer: Recomputer


async def applicant_updated(event: ApplicantProfileUpdated, envelope: CloudEvent,
                            deps: Dependencies) -> None:
    if await deps.store.save_applicant(event.applicant_id, event.profile, envelope.time):
        await deps.recomputer.recompute(event.applicant_id, event.profile,
                                        f"{envelope.source}|{envelope.id}", envelope.time,
                                        "profile")


async def program_upserted(event: ProgramUpserted, envelope: CloudEvent,
                           deps: Dependencies) -> None:
    version = await deps.store.save_program(event.program)
    deps.catalog.changed(event.program, version)
    await deps.store.mark_stale(event.program.specialty)


async def outcome_reported(event: OutcomeReported, envelope: CloudEvent,
                           deps: Dependencies) -> None:
    await deps.store.save_outcome(event)  # kept for the next refit (refits.py)


async def outcome_deleted(event: OutcomeDeleted, envelope: CloudEvent,
                          deps: Dependencies) -> None:
    await deps.store.delete_outcome(event)


HANDLERS = (HandlerRegistry[Dependencies]()
            .add(ApplicantProfileUpdated, applicant_updated)
            .add(OutcomeReported, outcome_reported)
            .add(OutcomeDeleted, outcome_deleted)
            .add(ProgramUpserted, program_upserted))
