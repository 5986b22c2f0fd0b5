"""Event handlers that keep matching's read model of applicants and programs, and recompute an
applicant's recommendations when their profile changes."""

from __future__ import annotations

from typing import Protocol

from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.recompute import Recomputer
from services.matching.recommendations.store import MatchingStore
from smartpick.events import ApplicantProfileUpdated, CloudEvent, ProgramUpserted


class RecommendationDependencies(Protocol):
    """What these handlers use, of the service's ``Dependencies`` (fakes in tests)."""

    @property
    def store(self) -> MatchingStore: ...
    @property
    def catalog(self) -> CatalogCache: ...
    @property
    def recomputer(self) -> Recomputer: ...


async def applicant_updated(event: ApplicantProfileUpdated, envelope: CloudEvent,
                            deps: RecommendationDependencies) -> None:
    if await deps.store.save_applicant(event.applicant_id, event.profile, envelope.time):
        await deps.recomputer.recompute(event.applicant_id, event.profile,
                                        f"{envelope.source}|{envelope.id}", envelope.time,
                                        "profile")


async def program_upserted(event: ProgramUpserted, envelope: CloudEvent,
                           deps: RecommendationDependencies) -> None:
    version = await deps.store.save_program(event.program)
    deps.catalog.changed(event.program, version)
    await deps.store.mark_stale(event.program.specialty)
