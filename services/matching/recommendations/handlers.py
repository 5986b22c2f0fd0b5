"""Event handlers that keep matching's read model of applicants and programs, and recompute an
applicant's recommendations when their profile changes."""

from __future__ import annotations

from dataclasses import dataclass

from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.recompute import Recomputer
from services.matching.recommendations.store import MatchingStore
from smartpick.events import ApplicantProfileUpdated, CloudEvent, ProgramUpserted


@dataclass(frozen=True)
class Dependencies:
    """What matching's handlers use, bound once at start-up (fakes in tests)."""

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
