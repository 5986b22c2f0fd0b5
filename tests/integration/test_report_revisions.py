"""A season's outcome report updated later (the match result on Match Day) or deleted, on the real
MongoDB-protocol server: profiles stores each as the next revision, matching keeps the newest."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.matching.model_registry.store import OutcomeStore
from services.profiles.applicants.outcomes import OutcomeInput
from services.profiles.applicants.store import ApplicantsStore, NoSuchReport
from smartpick.events import OutcomeReported
from smartpick.events.models import ApplicationOutcome
from smartpick.outbox import FIELD, MARKERS, Outbox
from tests.unit.engine.builders import profile

pytestmark = pytest.mark.integration

INVITED = [ApplicationOutcome(program_id="P-1", invited=True),
           ApplicationOutcome(program_id="P-2", invited=False)]


async def test_a_season_reported_again_is_its_next_revision_with_the_first_profile(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"reports_{unique}"]
    store = ApplicantsStore(db, Outbox("/profiles", relay=None))
    applied_with, later = profile(step2_score=240), profile(step2_score=250)
    january, created = await store.save_outcome(
        "a-1", OutcomeInput(season_year=2026, applications=INVITED), applied_with)
    assert created and january.revision == 1 and january.matched is None
    match_day, created = await store.save_outcome(
        "a-1", OutcomeInput(season_year=2026, applications=INVITED, matched=True,
                            matched_program_id="P-1"), later)
    assert not created and match_day.revision == 2 and match_day.profile == applied_with
    assert match_day.report_id == january.report_id
    [kept] = await store.outcomes("a-1")
    assert (kept.revision, kept.matched, kept.profile) == (2, True, applied_with)
    stored = await db.outcomes.find_one({"_id": january.report_id})
    assert stored is not None
    assert [e["envelope"]["data"]["revision"] for e in stored[FIELD]] == [1, 2]  # both go out

    # a report stored before reports had revisions is updated as revision 2
    await db.outcomes.update_one({"_id": january.report_id}, {"$unset": {"revision": ""}})
    updated, _ = await store.save_outcome(
        "a-1", OutcomeInput(season_year=2026, applications=INVITED, matched=False), later)
    assert updated.revision == 2


async def first_report(mongo: AsyncMongoClient[dict[str, Any]], unique: str
                       ) -> tuple[OutcomeStore, ApplicantsStore, OutcomeReported]:
    """Matching's and profiles' stores, each with a database of its own, and a first report."""
    matching = OutcomeStore(mongo[f"matching_{unique}"])
    profiles = ApplicantsStore(mongo[f"profiles_{unique}"], Outbox("/profiles", relay=None))
    first, _ = await profiles.save_outcome(
        "a-1", OutcomeInput(season_year=2026, applications=INVITED), profile())
    return matching, profiles, first


async def test_matching_keeps_the_newest_revision_even_when_an_older_one_comes_late(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    matching, _, first = await first_report(mongo, unique)
    second = first.model_copy(update={"revision": 2, "matched": True,
                                      "matched_program_id": "P-1",
                                      "reported_at": datetime.now(UTC)})
    assert await matching.save_outcome(first)
    assert await matching.save_outcome(second)
    assert not await matching.save_outcome(first)  # late: the newer one stays
    assert not await matching.save_outcome(second)  # again: nothing changes
    [kept] = await matching.outcomes()
    assert (kept["revision"], kept["matched"]) == (2, True)
    assert await matching.outcome_count() == 1


async def test_a_deleted_report_is_erased_and_may_be_reported_again(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"reports_{unique}"]
    store = ApplicantsStore(db, Outbox("/profiles", relay=None))
    first, _ = await store.save_outcome(
        "a-1", OutcomeInput(season_year=2026, applications=INVITED), profile(step2_score=240))
    staged = await db.outcomes.find_one({"_id": first.report_id})
    assert staged is not None
    await db[MARKERS].insert_one({"_id": staged[FIELD][0]["envelope"]["id"]})  # it went out
    deleted = await store.delete_outcome("a-1", 2026)
    assert deleted.revision == 2 and deleted.report_id == first.report_id
    assert await store.outcomes("a-1") == []
    stored = await db.outcomes.find_one({"_id": first.report_id})
    assert stored is not None and stored["deleted"] is True
    assert not {"profile", "applications", "matched"} & set(stored)  # erased...
    assert [e["envelope"]["type"] for e in stored[FIELD]] == [  # ...with its published event
        "org.smartpick.profiles.outcome.deleted.v1"]
    with pytest.raises(NoSuchReport):
        await store.delete_outcome("a-1", 2026)

    again, created = await store.save_outcome(
        "a-1", OutcomeInput(season_year=2026, applications=INVITED, matched=False),
        profile(step2_score=250))
    assert created and again.revision == 3 and again.profile.step2_score == 250
    [listed] = await store.outcomes("a-1")
    assert listed.revision == 3 and listed.matched is False


async def test_matching_forgets_a_deleted_report_and_an_older_revision_cannot_revive_it(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    matching, profiles, first = await first_report(mongo, unique)
    deleted = await profiles.delete_outcome("a-1", 2026)
    assert await matching.save_outcome(first)
    assert await matching.delete_outcome(deleted)
    assert not await matching.save_outcome(first)  # late: stays deleted
    assert await matching.outcomes() == [] and await matching.outcome_count() == 0
    assert await matching.revision_count() == 0
    # deleted before matching ever saw the report: the report arriving afterwards stays out
    other = OutcomeStore(mongo[f"other_{unique}"])
    assert await other.delete_outcome(deleted)
    assert not await other.save_outcome(first)
    assert await other.outcomes() == []
