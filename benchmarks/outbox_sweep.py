"""Benchmark: one outbox relay sweep on FerretDB, as it scanned before and as it reads now.

Run against running servers (`make up`, or the test servers with their ports):
    .venv/bin/python benchmarks/outbox_sweep.py [--documents 10000] [--pending 20] [--rounds 5]

A scratch database gets ``--documents`` applicant-sized documents, each with one published
outbox entry. Each round stages ``--pending`` events (as a crash would leave them), then sweeps:
the baseline is the sweep before the pending list (``publish_scanned`` with the query it made,
``{_outbox_at: {$gte: now - 5 min}}``, a scan on FerretDB), measured in the same run on the same
data; then the sweep now (``publish_pending``: the pending list, documents by ``_id``). Both send
the same events to Kafka. Then the price of the pending list on the write path: a staging write
as before (one ``update_one``) against now (a pending insert, then the same update) and the
relay's delete of the entry. FerretDB's CPU is read from /proc when its pid file is given.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from pymongo import AsyncMongoClient
from pymongo.asynchronous.collection import AsyncCollection

from smartpick import pending
from smartpick.events import ApplicantProfileUpdated
from smartpick.events.models import ApplicantProfile, ApplicantType
from smartpick.outbox import FIELD, MARKERS, MARKERS_KEPT, STAGED_AT, Outbox, mark_published
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from smartpick.shared_writes import SharedWrites
from smartpick.topics import ensure_topics

MONGODB = os.environ.get("MONGODB_URL", "mongodb://127.0.0.1:27017/")
KAFKA = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
Collection = AsyncCollection[dict[str, Any]]


def event(applicant: str, step2: int = 240) -> ApplicantProfileUpdated:
    profile = ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, graduation_year=2021,
                               step2_score=step2, specialties=["Internal Medicine"] * 8)
    return ApplicantProfileUpdated(applicant_id=applicant, profile=profile)


class CpuClock:
    """Seconds of CPU a process has used, from /proc (nothing when no pid is known)."""

    def __init__(self, pid_file: Path | None) -> None:
        self.pid = int(pid_file.read_text()) if pid_file and pid_file.exists() else None

    def seconds(self) -> float:
        if self.pid is None:
            return 0.0
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def timed(cpu: CpuClock, step: Callable[[], Awaitable[object]]) -> tuple[float, float]:
    """Wall and FerretDB CPU milliseconds of one ``step``."""
    wall, used = time.perf_counter(), cpu.seconds()
    await step()
    return (time.perf_counter() - wall) * 1000, (cpu.seconds() - used) * 1000


async def seed(applicants: Collection, outbox: Outbox, count: int) -> None:
    """``count`` documents with one published entry each, staged long ago (by ``_outbox_at``)."""
    long_ago = datetime.now(UTC) - timedelta(days=1)
    for start in range(0, count, 1000):
        batch = []
        for n in range(start, min(start + 1000, count)):
            entry = outbox.entry(event(f"seed-{n}"))
            batch.append({"_id": f"seed-{n}", "profile": entry["envelope"]["data"],
                          FIELD: [entry], STAGED_AT: long_ago})
        await applicants.insert_many(batch)
        await mark_published(applicants, [document[FIELD][0] for document in batch])


async def stage(applicants: Collection, outbox: Outbox, count: int) -> None:
    """``count`` events staged through the outbox and left unpublished (as by a crash); with
    ``_outbox_at`` too, so the old sweep's query finds them as it found them then."""
    for n in range(count):
        await outbox.stage(applicants, f"seed-{n}", {"$set": {STAGED_AT: datetime.now(UTC)}},
                           event(f"seed-{n}", 200 + n % 60))


def row(name: str, values: list[tuple[float, float]],
        baseline: tuple[float, float] | None = None) -> tuple[float, float]:
    wall = statistics.median(v[0] for v in values)
    cpu = statistics.median(v[1] for v in values)
    ratio = ""
    if baseline:  # CPU is counted in clock ticks of 10 ms: none is below one
        ratio = (f"   {baseline[0] / wall:6.1f}x wall, " + (
            f"{baseline[1] / cpu:6.1f}x cpu" if cpu else "cpu below a clock tick"))
    print(f"  {name:48} wall {wall:8.2f} ms   ferretdb cpu {cpu:8.2f} ms{ratio}")
    return wall, cpu


async def main(documents: int, staged: int, rounds: int, writes: int,
               pid_file: Path | None) -> None:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(MONGODB, tz_aware=True)
    prefix = f"bench{uuid.uuid4().hex[:6]}."
    db = client[prefix.strip(".")]
    applicants = db.applicants
    cpu = CpuClock(pid_file)
    await ensure_topics(KAFKA, prefix)
    publisher = Publisher(KAFKA, "/bench", topic_prefix=prefix)
    await publisher.start()
    outbox = Outbox("/bench", relay=None)
    try:
        started = time.perf_counter()
        await seed(applicants, outbox, documents)
        print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average "
              f"{os.getloadavg()[0]:.2f}, {os.cpu_count()} cores; seeded {documents} documents "
              f"in {time.perf_counter() - started:.1f} s; {staged} events pending per sweep")
        await stage(applicants, outbox, staged)  # the first send fetches metadata
        await OutboxRelay([applicants], publisher).publish_pending()
        before, now, idle_before, idle_now = [], [], [], []
        for _ in range(rounds):
            idle_relay = OutboxRelay([applicants], publisher)  # nothing staged: the usual sweep
            since = datetime.now(UTC) - timedelta(minutes=5)
            idle_before.append(await timed(cpu, partial(idle_relay.publish_scanned, applicants,
                                                        since)))
            idle_now.append(await timed(cpu, idle_relay.publish_pending))
            old_relay = OutboxRelay([applicants], publisher)  # remembers nothing: as restarted
            await stage(applicants, outbox, staged)
            since = datetime.now(UTC) - timedelta(minutes=5)
            before.append(await timed(cpu, partial(old_relay.publish_scanned, applicants, since)))
            await old_relay.publish_pending()  # what it sent leaves the pending list, untimed
            new_relay = OutboxRelay([applicants], publisher)
            await stage(applicants, outbox, staged)
            now.append(await timed(cpu, new_relay.publish_pending))
        horizon = datetime.now(UTC) - MARKERS_KEPT
        prunes = [await timed(cpu, partial(db[MARKERS].delete_many, {"at": {"$lt": horizon}}))
                  for _ in range(rounds)]
        print(f"prune of the {await db[MARKERS].estimated_document_count()} markers (a scan), "
              f"once per sweep before, hourly now; median of {rounds}")
        row("prune (delete_many on at)", prunes)
        print(f"sweep with nothing staged (every 30 s on a quiet service), median of {rounds}")
        baseline = row("before: scan on _outbox_at (publish_scanned)", idle_before)
        row("now: pending list (publish_pending)", idle_now, baseline)
        print(f"sweep with {staged} events staged and unpublished, median of {rounds}")
        baseline = row("before: scan on _outbox_at (publish_scanned)", before)
        row("now: pending list + _id reads (publish_pending)", now, baseline)

        # CPU is counted in clock ticks (10 ms): the write path is timed by blocks of writes.
        names = [f"seed-{n % documents}" for n in range(writes)]

        async def old_writes() -> None:
            for name in names:
                await applicants.update_one({"_id": name}, {
                    "$set": {STAGED_AT: datetime.now(UTC)},
                    "$push": {FIELD: outbox.entry(event(name))}})

        async def new_writes() -> None:
            for name in names:  # nothing read back (``current``), as matching's writes do
                await outbox.stage(applicants, name, {"$set": {"n": 1}}, event(name),
                                   current={FIELD: []})

        async def notes() -> None:
            now, shared = datetime.now(UTC), SharedWrites(db[pending.PENDING])
            for name in names:
                await pending.note(applicants, [(name, outbox.entry(event(name)))], now, shared)

        async def deletes(ids: list[str]) -> None:
            for one in ids:
                await pending.forget(db, [one])

        blocks: dict[str, list[tuple[float, float]]] = {
            "old": [], "new": [], "note": [], "delete": []}
        for n in range(rounds):  # each first in turn: documents grow by an entry per block
            for key, writes_of in (("old", old_writes), ("new", new_writes))[::1 - 2 * (n % 2)]:
                blocks[key].append(await timed(cpu, writes_of))
            blocks["note"].append(await timed(cpu, notes))
            ids = [entry["_id"] for entry in await pending.listed(db, ["applicants"])]
            await pending.forget(db, ids[writes:])
            blocks["delete"].append(await timed(cpu, partial(deletes, ids[:writes])))
        print(f"write path, per write (median of {rounds} blocks of {writes})")
        per = {key: [(w / writes, c / writes) for w, c in values] for key, values in blocks.items()}
        old = row("before: staging update_one", per["old"])
        new = row("now: pending insert + staging update_one", per["new"])
        row("  of which the pending insert alone", per["note"])
        delete = row("now, relay: delete of the pending entry", per["delete"])
        print(f"  extra per staged event: {new[0] - old[0] + delete[0]:.2f} ms wall, "
              f"{new[1] - old[1] + delete[1]:.2f} ms ferretdb cpu")
        print(f"markers {await db[MARKERS].estimated_document_count()}")
    finally:
        await publisher.stop()
        await client.drop_database(db.name)
        await client.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--pending", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--writes", type=int, default=100)
    parser.add_argument("--ferretdb-pid-file", type=Path, default=Path(".local/infra/ferretdb.pid"))
    arguments = parser.parse_args()
    asyncio.run(main(arguments.documents, arguments.pending, arguments.rounds, arguments.writes,
                     arguments.ferretdb_pid_file))
