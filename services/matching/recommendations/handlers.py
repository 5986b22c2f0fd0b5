"""Event handlers that keep matching's read model of applicants and programs, and announce an
applicant's new recommendations when their profile changes (computed when read: ranking.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from services.matching.mentorship.suggestion_push import MentorSuggestions
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.ranking import Rankings, stable_id
from services.matching.recommendations.store import KeptProfile, MatchingStore
from smartpick.events import ApplicantProfileUpdated, CloudEvent, ProgramUpserted
from smartpick.mongo import stored_time


class RecommendationDependencies(Protocol):
    """What these handlers use, of the service's ``Dependencies`` (fakes in tests)."""

    @property
    def store(self) -> MatchingStore: ...
    @property
    def catalog(self) -> CatalogCache: ...
    @property
    def rankings(self) -> Rankings: ...
    @property
    def suggestions(self) -> MentorSuggestions: ...


async def applicant_updated(event: ApplicantProfileUpdated, envelope: CloudEvent,
                            deps: RecommendationDependencies) -> None:
    """Keep the profile and stage the event announcing its recommendations, in one write.

    Before that write, mentor suggestions are pushed if the profile changed what mentors are
    matched on (mentorship/suggestion_push.py): a crash in between finds the change again on
    redelivery. Both compare with the one read of the stored applicant.
    """
    await _keep_profiles([(event, envelope)], deps)


async def applicants_updated(events: Sequence[tuple[ApplicantProfileUpdated, CloudEvent]],
                             deps: RecommendationDependencies) -> None:
    """A run of profile events (the last of each applicant: the consumer drops the others),
    without the consumer's inbox: ``save_applicants`` recognises one it kept already. The run
    costs one look-up per applicant, one check of catalog and model, and one bulk write, as
    each event alone would (``applicant_updated``); an applicant twice in a run (a retried
    batch) goes in the next round, after the first is written."""
    rounds: list[dict[str, tuple[ApplicantProfileUpdated, CloudEvent]]] = []
    for event, envelope in events:
        free = next((r for r in rounds[-1:] if event.applicant_id not in r), None)
        if free is None:
            rounds.append(free := {})
        free[event.applicant_id] = (event, envelope)
    for run in rounds:
        await _keep_profiles(list(run.values()), deps)


async def _keep_profiles(events: Sequence[tuple[ApplicantProfileUpdated, CloudEvent]],
                         deps: RecommendationDependencies) -> None:
    causes = [f"{envelope.source}|{envelope.id}" for _, envelope in events]
    times = [stored_time(event.updated_at or envelope.time) for event, envelope in events]
    kept = await deps.store.kept_applicants([event.applicant_id for event, _ in events])
    readies = await deps.rankings.ready_many(
        [(event.applicant_id, event.profile, at, cause)
         for (event, _), at, cause in zip(events, times, causes, strict=True)])
    for (event, _), at in zip(events, times, strict=True):
        await deps.suggestions.profile_changed(event.applicant_id, event.profile, at,
                                               kept[event.applicant_id])
    await deps.store.save_applicants([
        KeptProfile(event.applicant_id, event.profile, at, ready,
                    stable_id(event.applicant_id, cause), kept[event.applicant_id])
        for (event, _), at, cause, ready in zip(events, times, causes, readies, strict=True)])


async def programs_upserted(events: Sequence[tuple[ProgramUpserted, CloudEvent]],
                            deps: RecommendationDependencies) -> None:
    """Store a run of catalog events in bulk, and record once that their specialties' followers
    are to be told (recommendations/changes.py). Storing a program again changes nothing, so a
    redelivered batch is harmless."""
    programs = [event.program for event, _ in events]
    writes = await deps.store.save_programs(programs)
    deps.catalog.changed(programs, writes)
    first = events[0][1]
    await deps.store.record_change(f"catalog:{first.source}|{first.id}",
                                   sorted({program.specialty for program in programs}), "catalog")
