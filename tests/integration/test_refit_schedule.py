"""The refit schedule on the real MongoDB-protocol server: of several instances checking at once,
one refits per time slot, and only once enough new reports arrived."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.matching.model_registry.refit_schedule import RefitSchedule
from services.matching.model_registry.registry import ModelRegistry
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.store import MatchingStore
from smartpick.events import OutcomeReported
from smartpick.events.models import ApplicantProfile, ApplicationOutcome
from smartpick.outbox import Outbox
from tests.unit.engine.test_learning import PARAMS, harder
from tests.unit.matching.model_registry.test_refits import PROGRAMS, SETTINGS, documents

pytestmark = pytest.mark.integration


def reported(document: dict[str, Any]) -> OutcomeReported:
    return OutcomeReported(
        report_id=document["_id"], applicant_id=f"applicant-{document['_id']}",
        season_year=document["season_year"],
        profile=ApplicantProfile.model_validate(document["profile"]),
        applications=[ApplicationOutcome(**a) for a in document["applications"]],
        matched=document["matched"], reported_at=datetime.now(UTC))


async def test_one_instance_refits_per_slot_once_enough_reports_arrived(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"schedule_{unique}"]
    store, registry = MatchingStore(db, Outbox("/matching", relay=None)), ModelRegistry(db)
    outcomes = OutcomeStore(db)
    await store.save_programs(list(PROGRAMS))
    truth = harder(PARAMS, -1.0)
    reports = [reported(d) for d in documents(truth, truth, 80)]
    for report in reports[:60]:
        assert await outcomes.save_outcome(report)
    settings = SETTINGS.model_copy(update={"refit_interval_hours": 10_000.0})  # one slot
    instances = [RefitSchedule(outcomes, store, registry, settings) for _ in range(3)]

    results = await asyncio.gather(*(instance.run_once() for instance in instances))
    [refit] = [r for r in results if r is not None]  # one instance won the slot
    assert refit.version == 2 and refit.accepted
    assert refit.train_reports + refit.holdout_reports == 60
    assert await registry.active_version() == 2
    assert not await instances[0].due()  # nothing new since
    assert (await registry.history())[0]["revisions"] == 60
    # the program effects' hold-out check is stored with the version, the effects (if kept)
    # in its parameters
    assert refit.effects is not None
    assert (await registry.history())[0]["program_effects_check"] == asdict(refit.effects)
    kept = refit.effects.programs if refit.effects.kept else 0
    assert len((await registry.params(2)).program_effects) == kept

    # Match Day: results added to 10 reports already seen count as 10 new ones
    for report in reports[:9]:
        assert await outcomes.save_outcome(report.model_copy(update={"revision": 2}))
    assert not await instances[0].due()  # 9 < refit_min_new_reports (10)
    assert await outcomes.save_outcome(reports[9].model_copy(update={"revision": 2}))
    assert await instances[0].due()
    assert await outcomes.revision_count() == 70 and await outcomes.outcome_count() == 60

    for report in reports[60:]:
        assert await outcomes.save_outcome(report)
    assert not await outcomes.save_outcome(reports[0])  # a repeated event counts once
    assert await instances[1].due()  # 20 new reports, at least refit_min_new_reports (10)
    assert await instances[1].run_once() is None  # but this slot was refitted already
    assert [v["version"] for v in await registry.history()] == [2, 1]
