"""Matching's event handlers called directly, as the consumer calls them, with fakes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from services.matching.handlers import HANDLERS, Dependencies
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.organization_members import OrganizationMembers
from services.matching.mentorship.suggestion_push import MentorSuggestions
from services.matching.model_registry.handlers import outcome_deleted, outcome_reported
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.handlers import (
    applicant_updated,
    applicants_updated,
    programs_upserted,
)
from services.matching.recommendations.ranking import Rankings, stable_id
from services.matching.recommendations.store import KeptProfile, MatchingStore
from smartpick.consumer import BatchHandler
from smartpick.events import (
    OutcomeDeleted,
    OutcomeReported,
    ProgramUpserted,
    RecommendationsReady,
)
from smartpick.events.models import Program
from smartpick.publisher import envelope_for
from tests.integration.harness import profile_event


@dataclass
class Fakes:
    calls: list[tuple[str, Any]] = field(default_factory=list)

    async def ready_many(self, profiles: list[tuple[str, Any, datetime, str]]
                         ) -> list[RecommendationsReady]:
        self.calls.append(("ready_many", [(a, cause) for a, _, _, cause in profiles]))
        return [RecommendationsReady(applicant_id=a, eligible_count=2, excluded_count=1,
                                     computed_for=cause) for a, _, _, cause in profiles]

    async def kept_applicants(self, applicant_ids: list[str]) -> dict[str, dict[str, Any]]:
        self.calls.append(("kept_applicants", applicant_ids))
        return {applicant_id: {"profile_at": None} for applicant_id in applicant_ids}

    async def profile_changed(self, applicant_id: str, profile: Any, profile_at: datetime,
                              kept: dict[str, Any]) -> bool:
        self.calls.append(("profile_changed", (applicant_id, kept)))
        return False

    async def save_applicants(self, profiles: list[KeptProfile]) -> list[bool]:
        self.calls.append(("save_applicants", [(p.applicant_id, p.event.computed_for, p.event_id,
                                                p.kept) for p in profiles]))
        return [True] * len(profiles)

    async def save_programs(self, programs: list[Program]) -> int:
        self.calls.append(("save_programs", [program.id for program in programs]))
        return 7

    def changed(self, programs: list[Program], writes: int) -> None:
        self.calls.append(("changed", ([program.id for program in programs], writes)))

    async def record_change(self, change_id: str, specialties: list[str] | None,
                            reason: str) -> bool:
        self.calls.append(("record_change", (change_id, specialties, reason)))
        return True

    async def save_outcome(self, event: OutcomeReported) -> bool:
        self.calls.append(("save_outcome", event.report_id))
        return True

    async def delete_outcome(self, event: OutcomeDeleted) -> bool:
        self.calls.append(("delete_outcome", event.report_id))
        return True


def deps(fakes: Fakes) -> Dependencies:
    return Dependencies(cast(MatchingStore, fakes), cast(CatalogCache, fakes),
                        cast(Rankings, fakes), cast(OutcomeStore, fakes),
                        cast(MentorDirectory, fakes), cast(Lifecycle, fakes),
                        cast(MentorSuggestions, fakes), cast(OrganizationMembers, fakes))


async def test_a_profile_is_kept_with_the_event_announcing_its_list_caused_by_it() -> None:
    fakes, event = Fakes(), profile_event("a-1")
    envelope = envelope_for(event, "/profiles", "event-1")
    await applicant_updated(event, envelope, deps(fakes))
    cause, kept = "/profiles|event-1", {"profile_at": None}
    # suggestions are weighed before the write, with the one read of the stored applicant
    assert fakes.calls == [("kept_applicants", ["a-1"]), ("ready_many", [("a-1", cause)]),
                           ("profile_changed", ("a-1", kept)),
                           ("save_applicants", [("a-1", cause, stable_id("a-1", cause), kept)])]


async def test_a_run_of_profiles_is_read_ranked_and_kept_at_once_an_applicant_once_a_round(
) -> None:
    fakes = Fakes()
    items = [(event, envelope_for(event, "/profiles", f"e-{n}"))
             for n, event in enumerate(profile_event(a) for a in ("a-1", "a-2", "a-1"))]
    await applicants_updated(items, deps(fakes))
    kept = {"profile_at": None}
    first = [("a-1", "/profiles|e-0"), ("a-2", "/profiles|e-1")]
    assert fakes.calls == [
        ("kept_applicants", ["a-1", "a-2"]), ("ready_many", first),
        ("profile_changed", ("a-1", kept)), ("profile_changed", ("a-2", kept)),
        ("save_applicants", [(a, cause, stable_id(a, cause), kept) for a, cause in first]),
        # the applicant's second event waits for the first to be written
        ("kept_applicants", ["a-1"]), ("ready_many", [("a-1", "/profiles|e-2")]),
        ("profile_changed", ("a-1", kept)),
        ("save_applicants", [("a-1", "/profiles|e-2", stable_id("a-1", "/profiles|e-2"),
                              kept)])]


async def test_a_run_of_programs_is_stored_at_once_and_their_specialties_recorded_once() -> None:
    fakes = Fakes()
    events = [ProgramUpserted(program=Program(id=f"P-{n}", name="P", specialty=specialty))
              for n, specialty in enumerate(["Pediatrics", "Internal Medicine", "Pediatrics"])]
    items = [(event, envelope_for(event, "/profiles", f"e-{n}")) for n, event in enumerate(events)]
    await programs_upserted(items, deps(fakes))
    assert fakes.calls == [
        ("save_programs", ["P-0", "P-1", "P-2"]), ("changed", (["P-0", "P-1", "P-2"], 7)),
        ("record_change", ("catalog:/profiles|e-0", ["Internal Medicine", "Pediatrics"],
                           "catalog"))]


async def test_reported_and_deleted_outcomes_go_to_the_outcome_store() -> None:
    fakes = Fakes()
    reported = OutcomeReported(report_id="r-1", applicant_id="a-1", season_year=2026,
                               profile=profile_event("a-1").profile, applications=[],
                               reported_at=datetime.now(UTC))
    deleted = OutcomeDeleted(report_id="r-1", applicant_id="a-1", season_year=2026, revision=2,
                             deleted_at=datetime.now(UTC))
    await outcome_reported(reported, envelope_for(reported, "/profiles"), deps(fakes))
    await outcome_deleted(deleted, envelope_for(deleted, "/profiles"), deps(fakes))
    assert fakes.calls == [("save_outcome", "r-1"), ("delete_outcome", "r-1")]


def test_the_registry_covers_every_event_matching_consumes() -> None:
    bound = HANDLERS.bind(deps(Fakes()))
    assert {ProgramUpserted, OutcomeReported, OutcomeDeleted} < set(bound)
    assert all(len(handlers) == 1 for handlers in bound.values())
    assert isinstance(bound[ProgramUpserted][0], BatchHandler)
