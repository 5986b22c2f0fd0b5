"""Benchmark: FerretDB and Python CPU per list notice, and the database commands each sends.

A list notice (RecommendationsReady → "your program list is ready") replaces the person's unread
one of its kind: the pointer, the notice, the inbox index, the old notice's delete, the ledger.
Each round tells every one of ``--people`` people about a new list, as the notifications
service's batch handler does (``lists_ready``, several people at once); the baseline in the same
run is a notice that replaces nothing (``NotificationsStore.add``: the notice and its index
entry). On a scratch database of the running FerretDB (`make up`'s, or the tests'); its CPU
comes from /proc (10 ms ticks), so other work on FerretDB during the run counts too. The outbox
relay does not run: what a notice stages for the live feed is counted, not its publishing.
From the repository root:
  .venv/bin/python benchmarks/notice_writes.py --ferretdb-pid "$(cat .local/infra/ferretdb.pid)"
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from functools import partial

from command_census import CommandCensus, printed
from pipeline_writes import ticks
from pymongo import AsyncMongoClient, monitoring

from services.notifications.notices.recommendations import lists_ready
from services.notifications.runtime import NotificationsRuntime
from services.notifications.settings import Settings
from smartpick.events import RecommendationsReady
from smartpick.publisher import envelope_for

CENSUS = CommandCensus()


async def measured(label: str, people: int, pid: int, databases: dict[str, str],
                   work: Callable[[], Awaitable[None]]) -> None:
    CENSUS.take()
    hz, started, own, before = os.sysconf("SC_CLK_TCK"), time.monotonic(), os.times(), ticks(pid)
    await work()
    ferretdb, now = (ticks(pid) - before) / hz, os.times()
    python = now.user + now.system - own.user - own.system
    tallies = CENSUS.take()
    commands = sum(t.commands for (db, _, _), t in tallies.items() if db in databases)
    print(f"  {label:44} {commands / people:5.1f} commands  ferretdb "
          f"{1000 * ferretdb / people:5.2f}  python {1000 * python / people:5.2f}  wall "
          f"{1000 * (time.monotonic() - started) / people:5.2f} ms per notice", flush=True)
    printed(tallies, people, databases)


async def main(args: argparse.Namespace) -> None:
    monitoring.register(CENSUS)  # before the runtime makes its client
    database = f"bench_notices_{uuid.uuid4().hex[:8]}"
    runtime = NotificationsRuntime(Settings(mongodb_url=args.mongodb, mongodb_database=database,
                                            jwt_secret=uuid.uuid4().hex * 2))
    await runtime.prepare()
    people = [f"bench-{uuid.uuid4().hex[:8]}" for _ in range(args.people)]
    print(f"{datetime.now(UTC).isoformat(timespec='seconds')}  load {os.getloadavg()}  "
          f"{args.people} people, {args.rounds} list notices each")

    async def lists(round_: int) -> None:
        events = [RecommendationsReady(applicant_id=p, eligible_count=300 + round_,
                                       excluded_count=40, computed_for=f"{p}|{round_}",
                                       reason="profile") for p in people]
        await lists_ready([(e, envelope_for(e, "/matching")) for e in events], runtime.dispatcher)

    async def plain(round_: int) -> None:
        await asyncio.gather(*(runtime.store.add(f"{p}-{round_}", p, "MENTORSHIP_MESSAGE", "t", "b")
                               for p in people))

    try:
        for round_ in range(args.rounds):
            await measured(f"list notice (round {round_ + 1})", args.people, args.ferretdb_pid,
                           {database: "notices"}, partial(lists, round_))
        await measured("baseline: a notice replacing nothing", args.people, args.ferretdb_pid,
                       {database: "notices"}, partial(plain, 0))
    finally:
        client: AsyncMongoClient[dict[str, object]] = AsyncMongoClient(args.mongodb)
        await client.drop_database(database)
        await client.close()
        await runtime.mongo.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mongodb", default="mongodb://127.0.0.1:27017/")
    parser.add_argument("--ferretdb-pid", type=int, required=True)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=4)
    asyncio.run(main(parser.parse_args()))
