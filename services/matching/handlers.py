"""Event handlers of the matching service and the one registry that maps events to them."""

from __future__ import annotations

from services.matching.catalog_cache import CatalogCache
from services.matching.recommendations import Recomputer
from services.matching.store import MatchingStore
from smartpick.consumer import Handlers
from smartpick.events import (
    ApplicantProfileUpdated,
    CloudEvent,
    Event,
    OutcomeDeleted,
    OutcomeReported,
    ProgramUpserted,
)


def build_handlers(store: MatchingStore, cache: CatalogCache, recomputer: Recomputer) -> Handlers:
    async def applicant_updated(event: Event, envelope: CloudEvent) -> None:
        assert isinstance(event, ApplicantProfileUpdated)
        if await store.save_applicant(event.applicant_id, event.profile, envelope.time):
            await recomputer.recompute(event.applicant_id, event.profile,
                                       f"{envelope.source}|{envelope.id}", envelope.time,
                                       "profile")

    async def program_upserted(event: Event, envelope: CloudEvent) -> None:
        assert isinstance(event, ProgramUpserted)
        version = await store.save_program(event.program)
        cache.changed(event.program, version)
        await store.mark_stale(event.program.specialty)

    async def outcome_reported(event: Event, envelope: CloudEvent) -> None:
        assert isinstance(event, OutcomeReported)
        await store.save_outcome(event)  # kept for the next refit (refits.py)

    async def outcome_deleted(event: Event, envelope: CloudEvent) -> None:
        assert isinstance(event, OutcomeDeleted)
        await store.delete_outcome(event)

    return {ApplicantProfileUpdated: [applicant_updated], OutcomeReported: [outcome_reported],
            OutcomeDeleted: [outcome_deleted], ProgramUpserted: [program_upserted]}
