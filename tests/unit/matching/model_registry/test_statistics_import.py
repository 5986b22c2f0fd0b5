"""What an import of newer statistics does to the registry, with the fakes of test_refits.py and
the fit replaced by a fixed parameter set (the real fit and store run in
tests/integration/test_statistics_import.py)."""

from __future__ import annotations

from typing import Any, cast

import pytest

from engine import ModelParams
from services.matching.model_registry import statistics_import
from services.matching.model_registry.registry import ModelRegistry
from services.matching.model_registry.statistics_import import import_statistics, next_major
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.store import MatchingStore
from tests.shared_data import FEATURES_2026, OUTCOMES_2026, needs_statistics
from tests.unit.engine.test_learning import PARAMS, harder
from tests.unit.matching.model_registry.test_refits import (
    SETTINGS,
    FakeRegistry,
    FakeStore,
    documents,
)

NEXT_SEASON = harder(PARAMS, -0.5)


@pytest.fixture(autouse=True)
def fixed_fit(monkeypatch: pytest.MonkeyPatch) -> None:
    def fit(statistics: Any, version: str) -> tuple[ModelParams, Any]:
        return NEXT_SEASON.model_copy(update={"version": version}), None

    monkeypatch.setattr(statistics_import, "validated_fit", fit)


async def run_import(store: FakeStore, registry: FakeRegistry) -> statistics_import.Imported:
    return await import_statistics(
        cast(OutcomeStore, store), cast(MatchingStore, store), cast(ModelRegistry, registry),
        SETTINGS, OUTCOMES_2026, FEATURES_2026)


@needs_statistics
async def test_an_import_is_followed_by_a_refit_on_reports_that_starts_from_it() -> None:
    truth = harder(PARAMS, -1.0)
    store, registry = FakeStore(documents(truth, truth, 60)), FakeRegistry()
    imported = await run_import(store, registry)
    assert imported.activated and imported.version == 2 and imported.parent == 1
    assert imported.params_version == "2.0.0" and imported.refit_skipped is None
    refit = imported.refit
    assert refit is not None and refit.version == 3 and refit.parent == 2
    assert refit.params_version.startswith("2.0.0+outcomes.")  # the import is the prior
    assert refit.accepted and registry.active_version == 3  # reports say harder still
    assert (await registry.published(registry.active_version)).version == 2


@needs_statistics
async def test_without_enough_reports_the_import_alone_becomes_active() -> None:
    store, registry = FakeStore(documents(PARAMS, PARAMS, 8)), FakeRegistry()
    imported = await run_import(store, registry)
    assert imported.activated and imported.refit is None and registry.active_version == 2
    assert imported.refit_skipped is not None and "held-out reports" in imported.refit_skipped


@needs_statistics
async def test_an_import_that_loses_a_race_stays_inactive_and_refits_nothing() -> None:
    class Raced(FakeRegistry):
        async def activate(self, version: int, parent: int) -> bool:
            return False

    truth = harder(PARAMS, -1.0)
    registry = Raced()
    imported = await run_import(FakeStore(documents(truth, truth, 60)), registry)
    assert not imported.activated and imported.refit is None and registry.stored == {}


def test_the_default_name_is_the_next_major_version() -> None:
    assert next_major("1.0.0") == "2.0.0"
    assert next_major("12.3.1+outcomes.40") == "13.0.0"
    assert next_major("custom") == "custom.next"
