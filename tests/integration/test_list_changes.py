"""Matching's applicants and list changes on the real servers: an older profile never replaces
a newer one, and matching instances share a batch of catalog changes, each follower told once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from pymongo import AsyncMongoClient

from services.matching.model_registry.registry import ModelCache, ModelRegistry
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.changes import ChangeNotifier
from services.matching.recommendations.ranking import Rankings
from services.matching.recommendations.store import MatchingStore
from smartpick.events import RecommendationsReady
from smartpick.events.envelope import from_kafka
from smartpick.mongo import stored_time
from smartpick.outbox import FIELD, STAGED_AT, Outbox
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from smartpick.topics import ensure_topics
from tests.integration.harness import Platform
from tests.servers import Servers
from tests.unit.engine.builders import catalog, profile

pytestmark = pytest.mark.integration


def ready(applicant_id: str, cause: str) -> RecommendationsReady:
    return RecommendationsReady(applicant_id=applicant_id, eligible_count=1, excluded_count=0,
                                computed_for=cause)


async def test_an_older_profile_never_replaces_a_newer_one(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"changes_{unique}"]
    relay = OutboxRelay([db.applicants], Publisher("127.0.0.1:1", "/matching"))
    store = MatchingStore(db, Outbox("/matching", relay))
    then = datetime.now(UTC) - timedelta(minutes=1)
    older, newer = profile(step2_score=225), profile(step2_score=255)
    assert await store.save_applicant("a-1", older, then, ready("a-1", "e-1"), "x-1")
    assert await store.save_applicant("a-1", newer, then + timedelta(seconds=30),
                                      ready("a-1", "e-2"), "x-2")
    # An older profile event delivered late changes nothing, nor does the newer one again.
    assert not await store.save_applicant("a-1", older, then, ready("a-1", "e-1"), "x-1")
    assert not await store.save_applicant("a-1", newer, then + timedelta(seconds=30),
                                          ready("a-1", "e-2"), "x-2")
    # Another event of the same millisecond, later in the partition, is newer.
    assert await store.save_applicant("a-1", older, then + timedelta(seconds=30, microseconds=9),
                                      ready("a-1", "e-3"), "x-3")
    record = await db.applicants.find_one({"_id": "a-1"})
    assert record is not None and record["computed_for"] == "e-3"
    assert await store.applicant("a-1") == older
    assert [entry["envelope"]["id"] for entry in record[FIELD]] == ["x-1", "x-2", "x-3"]


async def test_a_profile_another_instance_kept_meanwhile_is_read_before_writing_over_it(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    """An instance writes an applicant from what it remembers of its own last write; when the
    partition went to another instance and came back, that memory is stale: the write finds
    another profile time, and the applicant is read and written again, never lost."""
    db = mongo[f"changes_{unique}"]
    relay = OutboxRelay([db.applicants], Publisher("127.0.0.1:1", "/matching"))
    first, second = (MatchingStore(db, Outbox("/matching", relay)) for _ in range(2))
    then = datetime.now(UTC) - timedelta(minutes=1)
    assert await first.save_applicant("a-1", profile(step2_score=225), then,
                                      ready("a-1", "e-1"), "x-1")
    assert await second.save_applicant("a-1", profile(step2_score=235),
                                       then + timedelta(seconds=10), ready("a-1", "e-2"), "x-2")
    # the first instance remembers e-1: a newer event is written all the same
    assert await first.save_applicant("a-1", profile(step2_score=245),
                                      then + timedelta(seconds=20), ready("a-1", "e-3"), "x-3")
    record = await db.applicants.find_one({"_id": "a-1"})
    assert record is not None and record["computed_for"] == "e-3"
    assert [entry["envelope"]["id"] for entry in record[FIELD]] == ["x-1", "x-2", "x-3"]
    # and an older one than the other instance kept still changes nothing
    assert await second.save_applicant("a-1", profile(step2_score=255),
                                       then + timedelta(seconds=30), ready("a-1", "e-4"), "x-4")
    assert not await first.save_applicant("a-1", profile(step2_score=215),
                                          then + timedelta(seconds=25), ready("a-1", "e-5"), "x-5")
    assert await first.applicant("a-1") == profile(step2_score=255)


@pytest.fixture
async def platform(
    servers: Servers, mongo: AsyncMongoClient[dict[str, Any]], unique: str
) -> AsyncIterator[Platform]:
    found = Platform(servers.kafka_bootstrap, mongo, f"t{unique}.")
    await ensure_topics(servers.kafka_bootstrap, prefix=found.prefix)
    yield found
    await mongo.drop_database(found.db.name)


async def test_instances_share_a_batch_of_changes_and_each_follower_is_told_once(
    platform: Platform,
) -> None:
    db, publisher = platform.db, platform.publisher()
    await publisher.start()
    try:
        def instance() -> tuple[MatchingStore, ChangeNotifier]:
            store, registry = MatchingStore(db, Outbox("/matching", None)), ModelRegistry(db)
            rankings = Rankings(CatalogCache(store), ModelCache(registry))
            return store, ChangeNotifier(store, registry, rankings, publisher, quiet=0)

        instances = [instance() for _ in range(3)]
        store = instances[0][0]
        await store.save_programs(catalog(40, seed=5, specialties=("Internal Medicine",)))
        pediatrics = [program.model_copy(update={"id": f"PED{n}"})
                      for n, program in enumerate(catalog(10, seed=6, specialties=("Pediatrics",)))]
        await store.save_programs(pediatrics)
        at = datetime.now(UTC)
        for n in range(12):
            wanted = ["Pediatrics"] if n < 4 else ["Internal Medicine"]
            assert await store.save_applicant(f"a-{n}", profile(specialties=wanted), at,
                                              ready(f"a-{n}", f"e-{n}"), f"x-{n}")
        assert await store.record_change("catalog:b1", ["Internal Medicine"], "catalog")
        assert not await store.record_change("catalog:b1", ["Internal Medicine"], "catalog")
        told = await asyncio.gather(*(notifier.notify_pending() for _, notifier in instances))
        assert sorted(told) == [0, 0, 8]  # one instance took the batch, the others left it
        assert await store.pending_changes() == []
        assert await db.claims.count_documents({}) == 0
    finally:
        await publisher.stop()

    consumer = AIOKafkaConsumer(platform.prefix + RecommendationsReady.topic,
                                bootstrap_servers=platform.bootstrap,
                                auto_offset_reset="earliest", group_id=platform.prefix + "read")
    await consumer.start()
    try:
        records = await consumer.getmany(timeout_ms=10_000)
        while sum(len(r) for r in records.values()) < 8:
            more = await consumer.getmany(timeout_ms=5_000)
            if not more:
                break
            for partition, found in more.items():
                records.setdefault(partition, []).extend(found)
    finally:
        await consumer.stop()
    events = [RecommendationsReady.model_validate(
        from_kafka(r.key, r.value, list(r.headers)).data)
        for found in records.values() for r in found]
    assert sorted(e.applicant_id for e in events) == sorted(f"a-{n}" for n in range(4, 12))
    assert {(e.reason, e.computed_for) for e in events} == {("catalog", "catalog:b1")}
    assert all(e.eligible_count + e.excluded_count == 40 for e in events)
    # the time of the profile the counts come from, as stored (to the millisecond)
    assert {e.profile_updated_at for e in events} == {stored_time(at)}


async def test_a_profile_s_list_event_carries_the_profile_s_time(platform: Platform) -> None:
    store = MatchingStore(platform.db, Outbox("/matching", None))
    await store.save_programs(catalog(5, seed=7, specialties=("Internal Medicine",)))
    rankings = Rankings(CatalogCache(store), ModelCache(ModelRegistry(platform.db)))
    saved = stored_time(datetime.now(UTC))
    [event] = await rankings.ready_many([("a-1", profile(), saved, "/profiles|e-1")])
    assert (event.reason, event.profile_updated_at) == ("profile", saved)


async def test_lists_stored_by_an_earlier_version_are_published_then_dropped(
    platform: Platform,
) -> None:
    db, publisher = platform.db, platform.publisher()
    outbox = Outbox("/matching", None)
    await db.recommendations.insert_one({  # as an earlier version stored it: no pending entry
        "_id": "a-1", "items": [{"program_id": "P"}] * 50,
        FIELD: [outbox.entry(ready("a-1", "old-event"))], STAGED_AT: datetime.now(UTC)})
    store = MatchingStore(db, outbox)
    await publisher.start()
    try:
        assert await store.retire_stored_lists(publisher) == 1
        assert await store.retire_stored_lists(publisher) == 0  # once only
    finally:
        await publisher.stop()
    assert "recommendations" not in await db.list_collection_names()
    consumer = AIOKafkaConsumer(platform.prefix + RecommendationsReady.topic,
                                bootstrap_servers=platform.bootstrap,
                                auto_offset_reset="earliest", group_id=platform.prefix + "old")
    await consumer.start()
    try:
        found = await consumer.getmany(timeout_ms=10_000)
    finally:
        await consumer.stop()
    [record] = [r for records in found.values() for r in records]
    event = from_kafka(record.key, record.value, list(record.headers))
    assert event.data["computed_for"] == "old-event"
