"""Benchmark: FerretDB CPU per profile update in the two stores of the pipeline's hot path.

The profiles service's save of an existing applicant (``ApplicantsStore.save_profile``) and
matching's keeping of the profile with its RecommendationsReady (``MatchingStore``), each with
the outbox relay publishing as in the services, on a scratch database and scratch topics of the
running servers (`make up`, or the tests'). Matching is measured one event at a time and in
consumer batches (``--batch``). FerretDB's CPU comes from /proc (10 ms ticks), so other work on
FerretDB during the run counts too; each step also lists the commands it sent per update
(benchmarks/command_census.py). From the repository root:
  .venv/bin/python benchmarks/pipeline_writes.py --mongodb mongodb://127.0.0.1:27017/
  --kafka 127.0.0.1:9092 --ferretdb-pid "$(cat .local/infra/ferretdb.pid)"
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from random import Random
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from command_census import CommandCensus, printed
from pipeline_load import changed_profile, random_profile, wait_for
from pymongo import AsyncMongoClient

from services.matching.recommendations.store import KeptProfile, MatchingStore
from services.profiles.applicants.store import ApplicantsStore
from smartpick.events import ApplicantProfileUpdated, RecommendationsReady
from smartpick.events.models import ApplicantProfile
from smartpick.outbox import Outbox
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay


def ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


CENSUS = CommandCensus()
DATABASES: dict[str, str] = {}
"""The scratch databases' names and the service each stands for, for the census."""


async def measured(label: str, count: int, pid: int, relay: OutboxRelay,
                   work: Callable[[], Awaitable[None]]) -> dict[str, Any]:
    """FerretDB's and this process's CPU milliseconds per item while ``work`` runs and the
    relay publishes what it staged, and the commands sent per item."""
    CENSUS.take()
    hz, started, own = os.sysconf("SC_CLK_TCK"), time.monotonic(), os.times()
    before = ticks(pid)
    await work()
    await wait_for(lambda: relay.backlog()[0] == 0, time.monotonic() + 120, 0.05)
    ferretdb = (ticks(pid) - before) / hz
    now = os.times()
    python = now.user + now.system - own.user - own.system
    found = {"label": label, "items": count,
             "ferretdb_cpu_ms": round(1000 * ferretdb / count, 2),
             "python_cpu_ms": round(1000 * python / count, 2),
             "wall_ms": round(1000 * (time.monotonic() - started) / count, 2)}
    print(f"  {label:58} ferretdb {found['ferretdb_cpu_ms']:6.2f}  python "
          f"{found['python_cpu_ms']:6.2f}  wall {found['wall_ms']:6.2f} ms per update",
          flush=True)
    found["commands"] = printed(CENSUS.take(), count, DATABASES)
    return found


async def in_parallel(job: Callable[[Any], Awaitable[Any]], items: Sequence[Any],
                      concurrency: int) -> None:
    gate = asyncio.Semaphore(concurrency)

    async def one(item: Any) -> None:
        async with gate:
            await job(item)

    await asyncio.gather(*(one(item) for item in items))


def ready(applicant_id: str, n: int) -> RecommendationsReady:
    return RecommendationsReady(applicant_id=applicant_id, eligible_count=300 + n,
                                excluded_count=40, computed_for=f"/bench|{applicant_id}|{n}",
                                reason="profile")


async def keep(matching: MatchingStore, profiles: dict[str, ApplicantProfile], n: int,
               part: list[str]) -> None:
    """Matching's work for one consumer batch of profile events: read, then one bulk write."""
    kept, at = await matching.kept_applicants(part), datetime.now(UTC)
    await matching.save_applicants([KeptProfile(i, profiles[i], at, ready(i, n), f"{i}|{n}",
                                                kept[i]) for i in part])


async def main(args: argparse.Namespace) -> None:
    rng, tag = Random(args.seed), uuid.uuid4().hex[:8]
    # as smartpick.mongo.connect, with the census listening
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        args.mongodb, tz_aware=True, maxPoolSize=args.concurrency + 4, event_listeners=[CENSUS])
    databases = [client[f"bench_writes_{tag}_{service}"] for service in ("profiles", "matching")]
    DATABASES.update({db.name: db.name.rsplit("_", 1)[1] for db in databases})
    prefix = f"bench.writes.{tag}."
    topics = [prefix + name for name in (ApplicantProfileUpdated.topic, RecommendationsReady.topic)]
    admin = AIOKafkaAdminClient(bootstrap_servers=args.kafka)
    await admin.start()
    await admin.create_topics([NewTopic(t, num_partitions=1, replication_factor=1)
                               for t in topics])
    publisher = Publisher(args.kafka, "/bench", topic_prefix=prefix)
    await publisher.start()
    # one relay and outbox per service, as each service has its own
    relays = [OutboxRelay([db.applicants], publisher) for db in databases]
    relaying = [asyncio.create_task(relay.run()) for relay in relays]
    profiles_store = ApplicantsStore(databases[0], Outbox("/bench", relays[0]))
    matching = MatchingStore(databases[1], Outbox("/bench", relays[1]))
    ids = [f"bench-{tag}-{n}" for n in range(args.applicants)]
    profiles: dict[str, ApplicantProfile] = {i: random_profile(rng) for i in ids}
    print(f"{datetime.now(UTC).isoformat(timespec='seconds')}  load {os.getloadavg()}  "
          f"{args.applicants} applicants, {args.rounds} updates each after the first")
    async def save(applicant_id: str) -> None:
        await profiles_store.save_profile(applicant_id, profiles[applicant_id])

    try:
        await in_parallel(save, ids, args.concurrency)
        for round_ in range(args.rounds):
            for i in ids:
                profiles[i] = changed_profile(profiles[i], rng)
            await measured(f"profiles: save of an existing profile (round {round_ + 1})",
                           len(ids), args.ferretdb_pid, relays[0],
                           partial(in_parallel, save, ids, args.concurrency))
        for n in range(2 * args.rounds + 1):  # the first round stores each applicant
            size = args.batch if n % 2 == 0 else 1
            parts = [ids[s:s + size] for s in range(0, len(ids), size)]
            await measured(f"matching: keep profile + event, batches of {size} (round {n})",
                           len(ids), args.ferretdb_pid, relays[1],
                           partial(in_parallel, partial(keep, matching, profiles, n), parts,
                                   1 if size > 1 else 4))
    finally:
        for relay in relays:
            relay.stop()
        await asyncio.gather(*relaying)
        await publisher.stop()
        await admin.delete_topics(topics)
        await admin.close()
        for db in databases:
            await client.drop_database(db.name)
        await client.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mongodb", default="mongodb://127.0.0.1:27017/")
    parser.add_argument("--kafka", default="127.0.0.1:9092")
    parser.add_argument("--ferretdb-pid", type=int, required=True)
    parser.add_argument("--applicants", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--batch", type=int, default=50, help="matching's consumer batch")
    parser.add_argument("--concurrency", type=int, default=16, help="profile saves at once")
    parser.add_argument("--seed", type=int, default=2026)
    asyncio.run(main(parser.parse_args()))
