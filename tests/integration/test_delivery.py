"""Delivery guarantees of the shared Kafka layer and outbox, on the real servers."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from pymongo import AsyncMongoClient
from pymongo.asynchronous.collection import AsyncCollection

from services.profiles.catalog.store import CatalogStore
from smartpick import pending
from smartpick.consumer import EventConsumer
from smartpick.events import ApplicantProfileUpdated, CloudEvent, Event
from smartpick.events.envelope import from_kafka
from smartpick.events.models import Program
from smartpick.outbox import FIELD, MARKERS, MARKERS_KEPT, TRIM_AFTER, Outbox
from smartpick.pending import PENDING
from smartpick.publisher import Publisher, envelope_for
from smartpick.relay import OutboxRelay
from smartpick.service import ServiceRuntime
from smartpick.settings import ServiceSettings
from smartpick.shared_writes import SharedWrites
from smartpick.topics import ensure_topics
from tests.integration.harness import Platform, Recorder, profile_event, wait_until
from tests.kafka_progress import committed_offsets, wait_until_handled
from tests.servers import Servers

TOPIC = ApplicantProfileUpdated.topic
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
async def platform(
    servers: Servers, mongo: AsyncMongoClient[dict[str, Any]], unique: str
) -> AsyncIterator[Platform]:
    found = Platform(servers.kafka_bootstrap, mongo, f"t{unique}.")
    await ensure_topics(servers.kafka_bootstrap, prefix=found.prefix)
    yield found
    await mongo.drop_database(found.db.name)


@pytest.fixture
async def publisher(platform: Platform) -> AsyncIterator[Publisher]:
    started = platform.publisher()
    await started.start()
    yield started
    await started.stop()


async def running(consumer: EventConsumer) -> asyncio.Task[None]:
    await consumer.start()
    return asyncio.create_task(consumer.run())


async def stopped(consumer: EventConsumer, task: asyncio.Task[None]) -> None:
    consumer.stop()
    await asyncio.wait_for(task, 30)


async def read_all(bootstrap: str, topic: str, count: int) -> list[Any]:
    reader = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                              enable_auto_commit=False)
    await reader.start()
    records: list[Any] = []
    try:
        async with asyncio.timeout(30):
            while len(records) < count:
                batches = await reader.getmany(timeout_ms=500)
                records += [record for batch in batches.values() for record in batch]
    finally:
        await reader.stop()
    return records


async def test_topics_have_several_partitions_and_a_dead_letter_topic(
    platform: Platform, kafka_admin: AIOKafkaAdminClient
) -> None:
    topics = set(await kafka_admin.list_topics())
    assert {platform.prefix + TOPIC, platform.prefix + TOPIC + ".DLT"} <= topics
    described = await kafka_admin.describe_topics([platform.prefix + TOPIC])
    assert len(described[0]["partitions"]) == 6
    assert await ensure_topics(platform.bootstrap, prefix=platform.prefix) == []  # idempotent


async def test_same_event_published_twice_has_one_effect(
    platform: Platform, publisher: Publisher
) -> None:
    recorder = Recorder(platform.db)
    envelope = envelope_for(profile_event("a-1"), "/tests")
    await publisher.send(TOPIC, envelope)
    await publisher.send(TOPIC, envelope)
    await publisher.publish(profile_event("a-2"))
    consumer = platform.consumer(recorder.handlers(), publisher)
    task = await running(consumer)
    await wait_until_handled(platform.bootstrap, consumer.group_id, [platform.prefix + TOPIC])
    await stopped(consumer, task)
    assert await recorder.effects() == 2
    assert sorted(recorder.calls) == ["a-1", "a-2"]  # the inbox skipped the duplicate


async def test_outbox_relay_crash_before_or_after_publish_delivers_exactly_once(
    platform: Platform, publisher: Publisher
) -> None:
    profiles = platform.db.profiles
    for applicant in ("a-1", "a-2"):
        await Outbox("/tests", relay=None).stage(profiles, applicant, {"$set": {"step2": 240}},
                                                 profile_event(applicant), upsert=True)
    stored = await profiles.find_one({"_id": "a-1"})
    assert stored is not None and stored["step2"] == 240 and len(stored["_outbox"]) == 1

    class CrashAfterFirstSend(Publisher):
        """Dies right after Kafka acknowledged a record, before the relay could remove it."""

        async def send_many(self, events: list[tuple[str, CloudEvent]]) -> None:
            await super().send_many(events[:1])
            raise ConnectionAbortedError("relay killed after publishing")

    crashing = CrashAfterFirstSend(platform.bootstrap, "/tests", topic_prefix=platform.prefix)
    await crashing.start()
    with pytest.raises(ConnectionAbortedError):
        await OutboxRelay([profiles], crashing).publish_pending()
    await crashing.stop()
    markers = platform.db.outbox_published
    assert await markers.count_documents({}) == 0  # a-1 went out unmarked; a-2 never went out

    relay = OutboxRelay([profiles], publisher, sweep_seconds=0.2)
    relay_task = asyncio.create_task(relay.run())
    recorder = Recorder(platform.db)
    consumer = platform.consumer(recorder.handlers(), publisher)
    task = await running(consumer)
    await wait_until(lambda: _equals(markers.count_documents({}), 2))
    await wait_until(lambda: _equals(platform.db[PENDING].count_documents({}), 0))
    await wait_until_handled(platform.bootstrap, consumer.group_id, [platform.prefix + TOPIC])
    relay.stop()
    await relay_task
    await stopped(consumer, task)
    records = await read_all(platform.bootstrap, platform.prefix + TOPIC, 3)
    assert len(records) == 3  # a-1 went out twice with the same id...
    assert sorted(recorder.calls) == ["a-1", "a-2"]  # ...and was handled once
    assert await recorder.effects() == 2


async def test_quick_updates_of_one_document_keep_every_change_and_event(
    platform: Platform, publisher: Publisher
) -> None:
    """The relay publishes while the writer updates the same document: nothing is written back.

    When the relay removed published entries itself, FerretDB's read-then-write update let it
    write back an older copy: 2 to 3 of these 80 events were lost in each of 5 runs.
    """
    profiles = platform.db.profiles
    relay = OutboxRelay([profiles], publisher, sweep_seconds=0.2)
    outbox = Outbox("/tests", relay)  # each stage wakes the relay
    relay_task = asyncio.create_task(relay.run())
    saves = 4 * TRIM_AFTER
    for n in range(1, saves + 1):
        await outbox.stage(profiles, "a-1", {"$set": {"saves": n}}, profile_event("a-1", 200 + n),
                           upsert=True)
        await asyncio.sleep(0.005)
    markers = platform.db.outbox_published
    await wait_until(lambda: _equals(markers.count_documents({}), saves))
    relay.stop()
    await relay_task
    stored = await profiles.find_one({"_id": "a-1"})
    assert stored is not None and stored["saves"] == saves
    assert len(stored[FIELD]) < TRIM_AFTER  # the writer removed what was published
    records = await read_all(platform.bootstrap, platform.prefix + TOPIC, saves)
    scores = [from_kafka(r.key, r.value, r.headers).data["profile"]["step2_score"]
              for r in records]
    assert sorted(scores) == list(range(201, 201 + saves))  # each event once, none lost


async def test_garbage_goes_to_dead_letters_and_the_consumer_goes_on(
    platform: Platform, publisher: Publisher
) -> None:
    raw = AIOKafkaProducer(bootstrap_servers=platform.bootstrap)
    await raw.start()
    await raw.send_and_wait(platform.prefix + TOPIC, b"\x00garbage", key=b"a-1",
                            headers=[("x-origin", b"fuzzer")])
    await raw.stop()
    await publisher.publish(profile_event("a-2"))
    recorder = Recorder(platform.db)
    consumer = platform.consumer(recorder.handlers(), publisher)
    task = await running(consumer)
    await wait_until(lambda: _equals(recorder.effects(), 1))
    # Read the dead letter before stopping: the garbage may sit on a partition handled later.
    [dead] = await read_all(platform.bootstrap, platform.prefix + TOPIC + ".DLT", 1)
    await stopped(consumer, task)
    headers = dict(dead.headers)
    assert dead.value == b"\x00garbage" and dead.key == b"a-1"
    assert headers["x-origin"] == b"fuzzer"  # original headers kept
    assert b"missing header" in headers["kafka_dlt-exception-message"]
    assert headers["kafka_dlt-original-topic"] == (platform.prefix + TOPIC).encode()


async def test_failing_handler_is_retried_then_dead_lettered_without_blocking(
    platform: Platform, publisher: Publisher
) -> None:
    failures = {"flaky": 2}

    def fail(applicant_id: str) -> bool:
        if applicant_id == "poison":
            return True
        if failures.get(applicant_id, 0) > 0:
            failures[applicant_id] -= 1
            return True
        return False

    for applicant in ("poison", "flaky", "fine"):
        await publisher.publish(profile_event(applicant))
    recorder = Recorder(platform.db, fail=fail)
    consumer = platform.consumer(recorder.handlers(), publisher)
    task = await running(consumer)
    await wait_until(lambda: _equals(recorder.effects(), 2))
    [dead] = await read_all(platform.bootstrap, platform.prefix + TOPIC + ".DLT", 1)
    await stopped(consumer, task)
    assert recorder.calls.count("poison") == 3 and recorder.calls.count("flaky") == 3
    assert dict(dead.headers)["kafka_dlt-exception-fqcn"] == b"builtins.RuntimeError"


async def test_stopped_consumer_commits_what_it_handled(
    platform: Platform, publisher: Publisher
) -> None:
    for number in range(5):
        await publisher.publish(profile_event(f"a-{number}"))
    first = Recorder(platform.db)
    consumer = platform.consumer(first.handlers(), publisher, inbox=False)
    task = await running(consumer)
    await wait_until(lambda: _equals(first.effects(), 5))
    await stopped(consumer, task)
    await publisher.publish(profile_event("a-5"))
    second = Recorder(platform.db)
    consumer = platform.consumer(second.handlers(), publisher, inbox=False)
    task = await running(consumer)
    await wait_until(lambda: _equals(second.effects(), 6))
    await stopped(consumer, task)
    assert second.calls == ["a-5"]  # nothing handled before the stop came back


async def test_two_consumers_of_a_group_share_partitions_and_handle_each_event_once(
    platform: Platform, publisher: Publisher
) -> None:
    recorders = [Recorder(platform.db), Recorder(platform.db)]
    consumers = [platform.consumer(r.handlers(), publisher, inbox=False) for r in recorders]
    tasks = [await running(consumer) for consumer in consumers]

    async def balanced() -> bool:
        first, second = (consumer.assignment() for consumer in consumers)
        return bool(first) and bool(second) and not first & second and len(first | second) == 6

    await wait_until(balanced, within=60)
    for number in range(120):
        await publisher.publish(profile_event(f"a-{number}"))
    await wait_until_handled(platform.bootstrap, consumers[0].group_id, [platform.prefix + TOPIC])
    for consumer, task in zip(consumers, tasks, strict=True):
        await stopped(consumer, task)
    calls = recorders[0].calls + recorders[1].calls
    assert sorted(calls) == sorted(f"a-{number}" for number in range(120))
    assert recorders[0].calls and recorders[1].calls


async def test_a_consumer_giving_up_partitions_commits_what_it_handled_of_them(
    platform: Platform, publisher: Publisher
) -> None:
    """Records handled but not yet committed when a rebalance takes their partition away are
    committed on revoke, so the partition's new owner does not handle them again. The revoke
    waits for the record in hand (``settle_for_rebalance``): the held handler is released once
    the revoke has begun. The inbox is off: it would hide the repeat."""
    keys = [f"a-{number}" for number in range(60)]
    for key in keys:
        await publisher.publish(profile_event(key))
    partition_of = {record.key.decode(): record.partition for record in
                    await read_all(platform.bootstrap, platform.prefix + TOPIC, len(keys))}
    assert len(set(partition_of.values())) == 6  # every partition holds some of them
    first, held, release = Recorder(platform.db), asyncio.Event(), asyncio.Event()

    async def hold_the_last(event: Event, envelope: CloudEvent) -> None:
        if len(first.calls) == len(keys) - 1:  # the rest are handled, none committed yet
            held.set()
            await release.wait()
        await first.handle(event, envelope)

    group = [platform.prefix + TOPIC]
    owner = platform.consumer({ApplicantProfileUpdated: [hold_the_last]}, publisher, inbox=False)
    owner_task = await running(owner)
    await asyncio.wait_for(held.wait(), 30)
    assert await committed_offsets(platform.bootstrap, owner.group_id) == {}, \
        "the records came in more than one batch: part of them was committed before the rebalance"
    handled_before = set(first.calls)
    second = Recorder(platform.db)
    newcomer = platform.consumer(second.handlers(), publisher, inbox=False)
    newcomer_task = await running(newcomer)

    async def revoking() -> bool:
        return owner._revoking  # the owner is still inside its handler

    async def rebalanced() -> bool:
        return len(owner.assignment()) == len(newcomer.assignment()) == 3

    await wait_until(revoking, within=60)
    release.set()
    await wait_until(rebalanced, within=60)
    moved = {key for key in handled_before if partition_of[key] in
             {tp.partition for tp in newcomer.assignment()}}
    assert moved, "no handled record changed hands: the test would prove nothing"
    await wait_until_handled(platform.bootstrap, owner.group_id, group)
    await stopped(newcomer, newcomer_task)
    await stopped(owner, owner_task)
    assert sorted(set(second.calls) & moved) == []


async def _equals(count: Any, expected: int) -> bool:
    return bool(await count == expected)


async def test_consumer_killed_with_sigkill_loses_nothing_after_restart(
    platform: Platform, publisher: Publisher, servers: Servers, tmp_path: Path
) -> None:
    total = 300
    for number in range(total):
        await publisher.publish(profile_event(f"a-{number}"))
    recorder = Recorder(platform.db)

    held = tmp_path / "held"

    async def spawn(*hold: str) -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.integration.consumer_process",
            platform.bootstrap, servers.mongodb_url, platform.prefix, *hold, cwd=REPO)

    first = await spawn("150", str(held))  # holds its 150th record until killed

    async def holding() -> bool:
        return held.exists() or first.returncode is not None

    await wait_until(holding, within=60)
    first.kill()  # SIGKILL between consuming the 150th record and handling it
    assert await first.wait() == -signal.SIGKILL
    assert await recorder.effects() == 149
    second = await spawn()
    try:
        await wait_until_handled(platform.bootstrap, platform.prefix + "g",
                                 [platform.prefix + TOPIC], within=90)
    finally:
        second.terminate()
        await second.wait()
    applicants = await platform.db.effects.distinct("applicant")
    assert sorted(applicants) == sorted(f"a-{number}" for number in range(total))


async def test_a_program_changed_by_many_imports_keeps_a_short_outbox_and_every_event(
    platform: Platform, publisher: Publisher
) -> None:
    store = CatalogStore(platform.db, Outbox("/tests", relay=None))
    relay = OutboxRelay([platform.db.programs], publisher)
    changes = TRIM_AFTER + 5
    for n in range(changes):
        program = Program(id="P-1", name=f"Program {n}", specialty="Internal Medicine")
        change = await store.upsert_programs([program])
        assert (change.created, change.changed) == ((1, 0) if n == 0 else (0, 1))
        assert await relay.publish_pending() == 1
    stored = await platform.db.programs.find_one({"_id": "P-1"})
    assert stored is not None and stored["name"] == f"Program {changes - 1}"
    assert len(stored[FIELD]) < TRIM_AFTER  # the importer removed the published entries
    assert await platform.db.outbox_published.count_documents({}) == changes


async def _age(collection: AsyncCollection[dict[str, Any]], document_id: str,
               days: int, *, unsent: bool = False) -> None:
    """Make a document's staged entries look ``days`` old, their markers pruned long since;
    ``unsent``: as if never published (an outage), so still on the pending list."""
    stored = await collection.find_one({"_id": document_id})
    assert stored is not None
    when = datetime.now(UTC) - timedelta(days=days)
    entries = [{**e, "envelope": {**e["envelope"], "time": when.isoformat()}}
               for e in stored[FIELD]]
    await collection.update_one({"_id": document_id}, {"$set": {FIELD: entries}})
    ids = [entry["envelope"]["id"] for entry in entries]
    await collection.database[MARKERS].delete_many({"_id": {"$in": ids}})
    if unsent:
        await pending.note(collection, [(document_id, entry) for entry in entries], when,
                           SharedWrites(collection.database[PENDING]))


async def test_entries_older_than_their_markers_are_not_sent_again(
    platform: Platform, publisher: Publisher
) -> None:
    profiles = platform.db.profiles
    relay, outbox = OutboxRelay([profiles], publisher), Outbox("/tests", relay=None)
    for n in range(3):
        await outbox.stage(profiles, "a-1", {"$set": {"saves": n}}, profile_event("a-1"),
                           upsert=True)
    await outbox.stage(profiles, "a-2", {"$set": {"saves": 1}}, profile_event("a-2"),
                       upsert=True)
    assert await relay.publish_pending() == 4
    await _age(profiles, "a-1", MARKERS_KEPT.days + 1)
    await _age(profiles, "a-2", MARKERS_KEPT.days + 1, unsent=True)  # an outage
    relay = OutboxRelay([profiles], publisher)  # after a restart: it remembers nothing it sent

    await outbox.stage(profiles, "a-1", {"$set": {"saves": 3}}, profile_event("a-1", 250),
                       upsert=True)
    # a-1: only the new entry; the old ones went out days ago. a-2: its one entry is the latest
    # state, so it goes out even though it is old.
    assert await relay.publish_pending() == 2
    records = await read_all(platform.bootstrap, platform.prefix + TOPIC, 6)
    assert len(records) == 6

    for n in range(TRIM_AFTER):
        await outbox.stage(profiles, "a-1", {"$set": {"saves": 4 + n}}, profile_event("a-1"),
                           upsert=True)
    await _age(profiles, "a-1", MARKERS_KEPT.days + 1)
    await outbox.stage(profiles, "a-1", {"$set": {"saves": 99}}, profile_event("a-1"))
    stored = await profiles.find_one({"_id": "a-1"})
    assert stored is not None and stored["saves"] == 99
    assert len(stored[FIELD]) == 1  # the writer dropped what was old, kept its own new entry


async def test_a_service_forgets_inbox_entries_older_than_it_keeps_them(
    platform: Platform, servers: Servers
) -> None:
    settings = ServiceSettings(service_name="tests", mongodb_database=platform.db.name,
                               kafka_bootstrap_servers=servers.kafka_bootstrap,
                               mongodb_url=servers.mongodb_url, topic_prefix=platform.prefix,
                               inbox_keep_days=8)
    long_ago = datetime.now(UTC) - timedelta(days=9)
    await platform.db.inbox.insert_many([{"_id": "old", "at": long_ago},
                                         {"_id": "recent", "at": datetime.now(UTC)}])
    runtime = ServiceRuntime(settings)
    runtime.handlers = Recorder(platform.db).handlers()
    await runtime.start()
    try:
        await wait_until(lambda: _equals(platform.db.inbox.count_documents({}), 1))
    finally:
        await runtime.stop()
    assert await platform.db.inbox.find_one({"_id": "recent"}) is not None
