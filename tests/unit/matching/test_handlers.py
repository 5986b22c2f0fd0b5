"""Matching's event handlers called directly, as the consumer calls them, with fakes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from services.matching.handlers import HANDLERS, Dependencies
from services.matching.model_registry.handlers import outcome_deleted, outcome_reported
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.handlers import applicant_updated, program_upserted
from services.matching.recommendations.recompute import Recomputer
from services.matching.recommendations.store import MatchingStore
from smartpick.events import (
    OutcomeDeleted,
    OutcomeReported,
    ProgramUpserted,
)
from smartpick.events.models import Program
from smartpick.publisher import envelope_for
from tests.integration.harness import profile_event


@dataclass
class Fakes:
    newer: bool = True
    calls: list[tuple[str, Any]] = field(default_factory=list)

    async def save_applicant(self, applicant_id: str, profile: Any,
                             profile_at: datetime | None) -> bool:
        self.calls.append(("save_applicant", applicant_id))
        return self.newer

    async def recompute(self, applicant_id: str, profile: Any, cause: str,
                        profile_at: datetime | None, reason: str) -> bool:
        self.calls.append(("recompute", (applicant_id, cause, reason)))
        return True

    async def save_program(self, program: Program) -> int:
        self.calls.append(("save_program", program.id))
        return 7

    def changed(self, program: Program, version: int) -> None:
        self.calls.append(("changed", (program.id, version)))

    async def mark_stale(self, specialty: str) -> int:
        self.calls.append(("mark_stale", specialty))
        return 1

    async def save_outcome(self, event: OutcomeReported) -> bool:
        self.calls.append(("save_outcome", event.report_id))
        return True

    async def delete_outcome(self, event: OutcomeDeleted) -> bool:
        self.calls.append(("delete_outcome", event.report_id))
        return True


def deps(fakes: Fakes) -> Dependencies:
    return Dependencies(cast(MatchingStore, fakes), cast(CatalogCache, fakes),
                        cast(Recomputer, fakes), cast(OutcomeStore, fakes))


async def test_a_newer_profile_is_recomputed_for_at_once_caused_by_its_event() -> None:
    fakes, event = Fakes(), profile_event("a-1")
    envelope = envelope_for(event, "/profiles", "event-1")
    await applicant_updated(event, envelope, deps(fakes))
    assert fakes.calls == [("save_applicant", "a-1"),
                           ("recompute", ("a-1", "/profiles|event-1", "profile"))]


async def test_a_profile_older_than_the_stored_one_is_not_recomputed() -> None:
    fakes, event = Fakes(newer=False), profile_event("a-1")
    await applicant_updated(event, envelope_for(event, "/profiles"), deps(fakes))
    assert [name for name, _ in fakes.calls] == ["save_applicant"]


async def test_a_changed_program_updates_the_cache_and_flags_its_specialty() -> None:
    fakes = Fakes()
    event = ProgramUpserted(program=Program(id="P-1", name="P", specialty="Pediatrics"))
    await program_upserted(event, envelope_for(event, "/profiles"), deps(fakes))
    assert fakes.calls == [("save_program", "P-1"), ("changed", ("P-1", 7)),
                           ("mark_stale", "Pediatrics")]


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
