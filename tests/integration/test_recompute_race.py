"""Recommendations on the real MongoDB-protocol server: a flagged applicant's recomputation that
read the profile before the applicant's newer profile event was handled never replaces the
newer result."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.matching.catalog_cache import CatalogCache
from services.matching.models import ModelCache, ModelRegistry
from services.matching.recommendations import Recomputer
from services.matching.store import MatchingStore
from smartpick.models import ApplicantProfile
from smartpick.outbox import OutboxRelay
from smartpick.publisher import Publisher
from tests.unit.engine.builders import catalog, profile

pytestmark = pytest.mark.integration


async def test_an_older_profile_never_replaces_recommendations_of_a_newer_one(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"recompute_{unique}"]
    store, registry = MatchingStore(db, "/matching"), ModelRegistry(db)
    relay = OutboxRelay([db.recommendations], Publisher("127.0.0.1:1", "/matching"))
    recomputer = Recomputer(store, CatalogCache(store), registry, ModelCache(registry), relay)
    for program in catalog(60, seed=5, specialties=("Internal Medicine",)):
        await store.save_program(program)
    then = datetime.now(UTC) - timedelta(minutes=1)
    older, newer = profile(step2_score=225), profile(step2_score=255)
    assert await store.save_applicant("a-1", older, then)
    await store.mark_all_stale("model:2")

    # The worker reads the flagged applicant (the older profile) and starts computing...
    (flagged,) = await store.stale_applicants(10)
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
