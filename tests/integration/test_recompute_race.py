"""Recomputing flagged applicants on the real MongoDB-protocol server: a recomputation that read
the profile before the applicant's newer profile event was handled never replaces the newer
result, and instances share the flagged applicants, each recomputed once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.matching.model_registry.registry import ModelCache, ModelRegistry
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.recompute import Recomputer
from services.matching.recommendations.store import MatchingStore
from smartpick.events.models import ApplicantProfile
from smartpick.outbox import FIELD, Outbox, OutboxRelay
from smartpick.publisher import Publisher
from tests.unit.engine.builders import catalog, profile

pytestmark = pytest.mark.integration


async def test_an_older_profile_never_replaces_recommendations_of_a_newer_one(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"recompute_{unique}"]
    relay = OutboxRelay([db.recommendations], Publisher("127.0.0.1:1", "/matching"))
    store, registry = MatchingStore(db, Outbox("/matching", relay)), ModelRegistry(db)
    recomputer = Recomputer(store, CatalogCache(store), registry, ModelCache(registry))
    for program in catalog(60, seed=5, specialties=("Internal Medicine",)):
        await store.save_program(program)
    then = datetime.now(UTC) - timedelta(minutes=1)
    older, newer = profile(step2_score=225), profile(step2_score=255)
    assert await store.save_applicant("a-1", older, then)
    await store.mark_all_stale("model:2")

    # The worker reads the flagged applicant (the older profile) and starts computing...
    (flagged,) = await store.claim_stale(10, timedelta(minutes=5))
    # ...meanwhile the applicant's newer profile event is handled in full...
    assert await store.save_applicant("a-1", newer, then + timedelta(seconds=30))
    assert await recomputer.recompute("a-1", newer, "event-2", then + timedelta(seconds=30),
                                      "profile")
    # ...and the worker's result, from the older profile, comes last: it is not stored.
    stale_profile = ApplicantProfile.model_validate(flagged["profile"])
    assert not await recomputer.recompute("a-1", stale_profile, flagged["stale"],
                                          flagged["profile_at"], "model")
    stored = await store.recommendations("a-1")
    assert stored is not None and stored["computed_for"] == "event-2"

    # An older profile event delivered late changes nothing either.
    assert not await store.save_applicant("a-1", older, then)
    assert await store.applicant("a-1") == newer
    # The same profile again (a redelivery) is stored and recomputed as before.
    assert await recomputer.recompute("a-1", newer, "event-2", then + timedelta(seconds=30),
                                      "profile")


def recomputer_for(db: Any) -> tuple[MatchingStore, Recomputer]:
    """One matching instance's store and worker (its relay never runs here)."""
    relay = OutboxRelay([db.recommendations], Publisher("127.0.0.1:1", "/matching"))
    store, registry = MatchingStore(db, Outbox("/matching", relay)), ModelRegistry(db)
    return store, Recomputer(store, CatalogCache(store), registry, ModelCache(registry))


async def test_instances_share_flagged_applicants_and_each_is_recomputed_once(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"recompute_{unique}"]
    instances = [recomputer_for(db) for _ in range(3)]
    store = instances[0][0]
    for program in catalog(40, seed=5, specialties=("Internal Medicine",)):
        await store.save_program(program)
    for n in range(12):
        assert await store.save_applicant(f"a-{n}", profile(step2_score=220 + n),
                                          datetime.now(UTC))
    assert await store.mark_all_stale("model:2") == 12

    async def drain(recomputer: Recomputer) -> int:
        done = 0
        while count := await recomputer.recompute_stale(batch=2):
            done += count
        return done

    done = await asyncio.gather(*(drain(recomputer) for _, recomputer in instances))
    assert sum(done) == 12 and all(done), done  # every instance took a share, none twice
    staged = await db.recommendations.find({}, {FIELD: 1}).to_list()
    assert len(staged) == 12 and all(len(doc[FIELD]) == 1 for doc in staged)
    assert await db.applicants.count_documents({"stale": {"$exists": True}}) == 0
    assert await db.recompute_claims.count_documents({}) == 0


async def test_a_claim_whose_holder_died_is_taken_over(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"recompute_{unique}"]
    store, _ = recomputer_for(db)
    for n in range(2):
        assert await store.save_applicant(f"a-{n}", profile(), datetime.now(UTC))
    await store.mark_all_stale("model:2")
    flagged = {d["_id"]: d["stale"] for d in await db.applicants.find({}).to_list()}
    long_ago = datetime.now(UTC) - timedelta(minutes=10)
    await db.recompute_claims.insert_many([
        {"_id": f"a-0|{flagged['a-0']}", "at": long_ago},   # its holder died
        {"_id": f"a-1|{flagged['a-1']}", "at": datetime.now(UTC)}])  # still being worked on
    claimed = await store.claim_stale(10, timedelta(minutes=5))
    assert [applicant["_id"] for applicant in claimed] == ["a-0"]
