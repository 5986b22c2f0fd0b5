"""Refit decisions: a stable held-out split, the not-worse rule, and one refit per time slot.

The store and registry are in-memory fakes with the real ones' contracts; the real ones run
against FerretDB in tests/e2e/test_outcomes.py.
"""

from __future__ import annotations

from typing import Any, cast

import pytest

from engine import ModelParams, shipped_params
from engine.learning import OutcomeReport
from services.matching.model_registry.refit_schedule import RefitSchedule
from services.matching.model_registry.refits import TooFewReports, held_out, refit_now, revisions
from services.matching.model_registry.registry import ActiveModel, Candidate, ModelRegistry
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.store import MatchingStore
from services.matching.settings import Settings
from smartpick.events.models import Program
from tests.unit.engine.builders import catalog
from tests.unit.engine.test_learning import PARAMS, harder, simulate
from tests.unit.engine.test_program_effects import planted_world

PROGRAMS = catalog(200, seed=5, specialties=("Internal Medicine",))
SETTINGS = Settings(refit_holdout_every=4, refit_min_holdout_reports=5, refit_min_new_reports=10)


def document(report_id: str, report: OutcomeReport) -> dict[str, Any]:
    return {"_id": report_id, "profile": report.profile.model_dump(mode="json"),
            "season_year": report.season_year, "matched": report.matched,
            "applications": [{"program_id": a.program_id, "invited": a.invited}
                             for a in report.applications]}


class FakeStore:
    """The outcome store and the catalog of the matching store in one."""

    def __init__(self, outcomes: list[dict[str, Any]]) -> None:
        self.documents = outcomes
        self.claimed: set[str] = set()

    async def outcomes(self) -> list[dict[str, Any]]:
        return self.documents

    async def outcome_count(self) -> int:
        return len(self.documents)

    async def revision_count(self) -> int:
        return revisions(self.documents)

    async def programs(self) -> list[Program]:
        return PROGRAMS

    async def claim(self, lock_id: str) -> bool:
        first = lock_id not in self.claimed
        self.claimed.add(lock_id)
        return first


class FakeRegistry:
    def __init__(self) -> None:
        self.active_version = 1
        self.stored: dict[int, Candidate] = {}
        self.published_fits: dict[int, tuple[ModelParams, int]] = {}

    async def active(self) -> ActiveModel:
        version = self.active_version
        return ActiveModel(version, self._params(version))

    async def record(self, candidate: Candidate) -> int:
        version = 2 + len(self.stored) + len(self.published_fits)
        self.stored[version] = candidate
        return version

    async def record_published(self, params: ModelParams, parent: int,
                               files: dict[str, str]) -> int:
        version = 2 + len(self.stored) + len(self.published_fits)
        self.published_fits[version] = (params, parent)
        return version

    async def published(self, version: int) -> ActiveModel:
        while version != 1 and version not in self.published_fits:
            version = self.stored[version].parent
        return ActiveModel(version, self._params(version))

    def _params(self, version: int) -> ModelParams:
        if version == 1:
            return shipped_params()
        if version in self.published_fits:
            return self.published_fits[version][0]
        return self.stored[version].decision.candidate

    async def activate(self, version: int, parent: int) -> bool:
        if self.active_version != parent:
            return False
        self.active_version = version
        return True

    async def history(self) -> list[dict[str, Any]]:
        return [{"version": v, "train_reports": c.train_reports,
                 "holdout_reports": c.holdout_reports, "revisions": c.revisions}
                for v, c in sorted(self.stored.items(), reverse=True)] + [
            {"version": 1}]


def documents(truth_train: ModelParams, truth_holdout: ModelParams, n: int) -> list[dict[str, Any]]:
    """Reports whose content depends on the side of the split their id falls on."""
    ids = [f"report-{i}" for i in range(n)]
    train = iter(simulate(truth_train, n, seed=11))
    holdout = iter(simulate(truth_holdout, n, seed=12))
    return [document(i, next(holdout) if held_out(i, 4) else next(train)) for i in ids]


async def refit(store: FakeStore, registry: FakeRegistry) -> Any:
    return await refit_now(cast(OutcomeStore, store), cast(MatchingStore, store),
                           cast(ModelRegistry, registry), SETTINGS)


def test_the_split_is_stable_and_holds_out_about_one_in_n() -> None:
    ids = [f"id-{i}" for i in range(4000)]
    share = sum(held_out(i, 5) for i in ids) / len(ids)
    assert 0.18 < share < 0.22
    assert [held_out(i, 5) for i in ids] == [held_out(i, 5) for i in ids]


async def test_a_better_candidate_is_stored_and_activated() -> None:
    truth = harder(PARAMS, -1.0)
    store, registry = FakeStore(documents(truth, truth, 60)), FakeRegistry()
    result = await refit(store, registry)
    assert result.accepted and result.version == 2 and registry.active_version == 2
    assert result.holdout_loss_after < result.holdout_loss_before
    assert result.train_reports + result.holdout_reports == 60


async def test_a_worse_candidate_is_stored_but_never_activated() -> None:
    store = FakeStore(documents(harder(PARAMS, -1.5), PARAMS, 60))
    registry = FakeRegistry()
    result = await refit(store, registry)
    assert not result.accepted and result.active_version == 1 and registry.active_version == 1
    assert not registry.stored[2].decision.accepted  # kept with its figures for the report
    assert result.holdout_loss_after > result.holdout_loss_before


async def test_program_effects_confirmed_on_held_out_reports_are_kept_with_the_version() -> None:
    truth, _ = planted_world(3)
    store, registry = FakeStore(documents(truth, truth, 400)), FakeRegistry()
    result = await refit(store, registry)
    assert result.effects is not None and result.effects.kept
    assert result.effects.holdout_loss_with < result.effects.holdout_loss_without
    stored = registry.stored[result.version].decision
    assert stored.effects == result.effects
    assert len(stored.candidate.program_effects) == result.effects.programs > 100
    assert result.accepted and registry._params(registry.active_version) == stored.candidate


async def test_program_effects_contradicted_on_held_out_reports_are_left_out() -> None:
    truth, _ = planted_world(3)
    opposite = truth.model_copy(update={"program_effects": {
        p: e.model_copy(update={"logit": -e.logit}) for p, e in truth.program_effects.items()}})
    store, registry = FakeStore(documents(truth, opposite, 400)), FakeRegistry()
    result = await refit(store, registry)
    assert result.effects is not None and not result.effects.kept
    assert result.effects.holdout_loss_with > result.effects.holdout_loss_without
    assert registry.stored[result.version].decision.candidate.program_effects == {}


async def test_too_few_held_out_reports_refuse_a_refit_and_store_nothing() -> None:
    registry = FakeRegistry()
    with pytest.raises(TooFewReports, match="at least 5 held-out reports"):
        await refit(FakeStore(documents(PARAMS, PARAMS, 8)), registry)
    assert registry.stored == {}


async def test_the_schedule_refits_once_per_slot_and_only_after_enough_new_reports() -> None:
    truth = harder(PARAMS, -1.0)
    store, registry = FakeStore(documents(truth, truth, 60)), FakeRegistry()
    instances = [RefitSchedule(cast(OutcomeStore, store), cast(MatchingStore, store),
                               cast(ModelRegistry, registry), SETTINGS) for _ in range(2)]
    assert await instances[0].run_once() is not None
    assert await instances[1].run_once() is None  # nothing new since the refit
    store.documents = store.documents + documents(truth, truth, 80)[60:]
    registry_before = dict(registry.stored)
    assert await instances[1].due()
    assert await instances[1].run_once() is None  # this slot was claimed already
    assert registry.stored == registry_before
