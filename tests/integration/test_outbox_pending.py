"""The outbox relay's sweep after a crash, on the real servers: it reads the pending list and
documents by ``_id``, never a scan of the collection they live in."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from pymongo import AsyncMongoClient

from smartpick.events import ApplicantProfileUpdated
from smartpick.events.envelope import from_kafka
from smartpick.outbox import FIELD, LOOKBACK, MARKERS, STAGED_AT, Outbox
from smartpick.pending import PENDING
from smartpick.publisher import Publisher
from smartpick.relay import UPGRADES, OutboxRelay
from smartpick.topics import ensure_topics
from tests.integration.harness import CommandFilters, Platform, profile_event, wait_until
from tests.servers import Servers

TOPIC = ApplicantProfileUpdated.topic
REPO = Path(__file__).resolve().parents[2]
FILLER = 3000


@pytest.fixture
async def platform(
    servers: Servers, mongo: AsyncMongoClient[dict[str, Any]], unique: str
) -> AsyncIterator[Platform]:
    found = Platform(servers.kafka_bootstrap, mongo, f"t{unique}.")
    await ensure_topics(servers.kafka_bootstrap, prefix=found.prefix)
    yield found
    await mongo.drop_database(found.db.name)


async def records_of(bootstrap: str, topic: str) -> list[Any]:
    """Every record of ``topic`` so far (reads until a second passes with nothing new)."""
    reader = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                              enable_auto_commit=False)
    await reader.start()
    records: list[Any] = []
    try:
        while batches := await reader.getmany(timeout_ms=1000):
            records += [record for batch in batches.values() for record in batch]
    finally:
        await reader.stop()
    return records


async def test_a_relay_killed_after_staging_leaves_a_pending_entry_sent_once_on_restart(
    platform: Platform, servers: Servers, tmp_path: Path
) -> None:
    db = platform.db
    # A large collection, already published: the sweep must not read it.
    await db.profiles.insert_many([{"_id": f"filler-{n}", "step2": 200, FIELD: []}
                                   for n in range(FILLER)])
    # This version has run longer than the look-back: no upgrade sweep (a scan) at start-up.
    await db[UPGRADES].insert_one({"_id": "profiles", "at": datetime.now(UTC) - 2 * LOOKBACK})
    held = tmp_path / "held"
    writer = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.integration.relay_process", platform.bootstrap,
        servers.mongodb_url, platform.prefix, "a-1", str(held), cwd=REPO)

    async def holding() -> bool:
        return held.exists() or writer.returncode is not None

    await wait_until(holding, within=60)
    writer.kill()  # SIGKILL after the write staged the event, before the relay published it
    assert await writer.wait() == -signal.SIGKILL
    event_id = held.read_text()
    stored = await db.profiles.find_one({"_id": "a-1"})
    assert stored is not None and stored["step2"] == 250
    assert [entry["envelope"]["id"] for entry in stored[FIELD]] == [event_id]
    assert await db[PENDING].count_documents({}) == 1
    assert await db[MARKERS].count_documents({}) == 0

    filters = CommandFilters()
    watched: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        servers.mongodb_url, event_listeners=[filters])
    publisher = Publisher(platform.bootstrap, "/tests", topic_prefix=platform.prefix)
    await publisher.start()
    relay = OutboxRelay([watched[db.name].profiles], publisher, sweep_seconds=0.2)
    task = asyncio.create_task(relay.run())
    try:
        await wait_until(lambda: _equals(db[PENDING].count_documents({}), 0))
        await asyncio.sleep(1.0)  # a few more sweeps: nothing is sent again
    finally:
        relay.stop()
        await task
        await publisher.stop()
        await watched.close()

    records = await records_of(platform.bootstrap, platform.prefix + TOPIC)
    assert [from_kafka(r.key, r.value, r.headers).id for r in records] == [event_id]
    assert await db[MARKERS].find_one({"_id": event_id}) is not None
    # The documents were read by ``_id`` only; the pending list is what was scanned.
    assert filters.seen["profiles"] and filters.not_by_id(["profiles"]) == []
    assert filters.seen[PENDING]


async def test_the_sweep_reads_only_what_is_pending_however_large_the_collection(
    platform: Platform, servers: Servers
) -> None:
    """What each sweep sends, beside the old sweep (a query on ``_outbox_at``): that one scans the
    collection, this one reads the pending list and documents by ``_id``. What each costs is
    timed by benchmarks/outbox_sweep.py, not here: a ratio of two timings is a coin toss on a
    busy machine."""
    db = platform.db
    now = datetime.now(UTC)
    await db.profiles.insert_many([{"_id": f"filler-{n}", FIELD: [], STAGED_AT: now}
                                   for n in range(FILLER)])
    publisher = Publisher(platform.bootstrap, "/tests", topic_prefix=platform.prefix)
    await publisher.start()
    pending, scanned = CommandFilters(), CommandFilters()
    clients: list[AsyncMongoClient[dict[str, Any]]] = [
        AsyncMongoClient(servers.mongodb_url, event_listeners=[filters])
        for filters in (pending, scanned)]
    try:
        outbox = Outbox("/tests", relay=None)
        for applicant in ("a-0", "a-1"):
            await outbox.stage(db.profiles, applicant, {"$set": {"n": 1}},
                               profile_event(applicant), upsert=True)
        relay = OutboxRelay([clients[0][db.name].profiles], publisher)
        assert await relay.publish_pending() == 2
        profiles = clients[1][db.name].profiles
        assert await relay.publish_scanned(profiles, now - timedelta(minutes=5)) == 0
    finally:
        await publisher.stop()
        for client in clients:
            await client.close()
    assert pending.seen["profiles"] and pending.not_by_id(["profiles"]) == []
    assert pending.seen[PENDING]
    assert scanned.not_by_id(["profiles"]), "the old sweep's query is the scan this one avoids"


async def _equals(count: Any, expected: int) -> bool:
    return bool(await count == expected)


async def test_events_an_earlier_version_left_staged_go_out_once_for_the_look_back_only(
    platform: Platform
) -> None:
    """Documents staged before the pending list have no pending entry: for ``LOOKBACK`` after
    this version first swept their collection, each start-up scans for them as before."""
    db, outbox = platform.db, Outbox("/tests", relay=None)

    async def staged_as_before(applicant: str) -> str:
        entry = outbox.entry(profile_event(applicant))
        await db.profiles.insert_one({"_id": applicant, FIELD: [entry],
                                      STAGED_AT: datetime.now(UTC)})
        return str(entry["envelope"]["id"])

    async def one_start(publisher: Publisher) -> None:
        relay = OutboxRelay([db.profiles], publisher)
        relay.stop()  # one pass: the start-up sweep
        await relay.run()

    first = await staged_as_before("old-1")
    publisher = Publisher(platform.bootstrap, "/tests", topic_prefix=platform.prefix)
    await publisher.start()
    try:
        await one_start(publisher)  # the upgrade: its first start
        await one_start(publisher)  # a restart within the look-back: scans, sends nothing again
        assert await db[MARKERS].find_one({"_id": first}) is not None
        await db[UPGRADES].update_one({"_id": "profiles"},
                                      {"$set": {"at": datetime.now(UTC) - 2 * LOOKBACK}})
        late = await staged_as_before("old-2")
        await one_start(publisher)  # long after the upgrade: no scan
    finally:
        await publisher.stop()
    assert await db[MARKERS].find_one({"_id": late}) is None
    records = await records_of(platform.bootstrap, platform.prefix + TOPIC)
    assert [from_kafka(r.key, r.value, r.headers).id for r in records] == [first]
