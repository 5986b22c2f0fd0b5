"""Before its partitions are revoked, a consumer finishes the record it is handling, stops the
batch there and commits: the partition's next owner starts after it, never beside it."""

from __future__ import annotations

import asyncio

from aiokafka import TopicPartition

from smartpick.events import CloudEvent, OutcomeDeleted
from tests.unit.test_consumer import DeadLetters, consumer, deleted, record


async def test_a_rebalance_waits_for_the_record_being_handled_and_stops_the_batch_there() -> None:
    handling, release = asyncio.Event(), asyncio.Event()
    handled: list[str] = []

    async def slow(event: OutcomeDeleted, envelope: CloudEvent) -> None:
        handled.append(envelope.id)
        handling.set()
        await release.wait()

    found = consumer({OutcomeDeleted: [slow]}, DeadLetters())
    committed: list[dict[TopicPartition, int]] = []

    async def commit() -> None:
        committed.append(dict(found._done))
        found._done.clear()

    found.commit = commit  # type: ignore[method-assign]
    records = [found._parse(record(deleted(f"applicant-{n}"), n)) for n in range(3)]

    async def fetched_batch() -> None:  # as ``run`` handles what one poll returned
        async with found._handling:
            await found._handle_records(records)
            await found.commit()

    batch = asyncio.create_task(fetched_batch())
    await handling.wait()
    revoke = asyncio.create_task(found.settle_for_rebalance())
    await asyncio.sleep(0.05)
    assert not revoke.done()  # the revoke waits: the record is still being handled
    release.set()
    await asyncio.gather(batch, revoke)
    assert handled == ["e-0"]  # the other two are left to whoever owns the partition next
    assert committed == [{TopicPartition("profiles.applicants", 0): 1}, {}]
