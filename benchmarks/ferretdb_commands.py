"""Benchmark: FerretDB's own CPU per command (insert, find, update and delete by ``_id``).

Starts the FerretDB binary that `make up` builds on a scratch folder and port, once per way, in
turns (``--rounds``), and sends it the same commands from 8 concurrent clients: ``--documents``
inserts of a small document with a list of 10 subdocuments (like an inbox index entry list), then
as many finds by ``_id``, updates by ``_id`` and deletes by ``_id``. FerretDB's CPU comes from
/proc (10 ms ticks); the figures are medians over the rounds. The ways:

- **as built**: the binary as `make up` runs it;
- **Go's default collector** (GOGC=100), the baseline in the same run: what the binary did
  before our wrapper set its own target (deploy/local/ferretdb/main.go);
- with ``--baseline-binary PATH``, another build (for example one made from an older recipe).

From the repository root:
  .venv/bin/python benchmarks/ferretdb_commands.py [--baseline-binary PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pipeline_writes import ticks
from pymongo import AsyncMongoClient

from deploy.local.infra import FERRETDB_BIN, SQLITE_OPTIONS
from tests.ports import free_port

CLIENTS = 8
COMMANDS = ("insert", "find", "update", "delete")


@contextmanager
def server(binary: Path, env: dict[str, str]) -> Iterator[tuple[int, int]]:
    """A FerretDB on a scratch folder and a free port: its pid and port."""
    port = free_port()
    with tempfile.TemporaryDirectory() as data:
        process = subprocess.Popen(
            [str(binary), f"-sqlite-url=file:{data}/?{SQLITE_OPTIONS}",
             f"-listen-addr=127.0.0.1:{port}"],
            env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            yield process.pid, port
        finally:
            process.terminate()
            process.wait(30)


async def measure(pid: int, port: int, documents: int) -> dict[str, float]:
    """FerretDB's CPU microseconds per command of each kind."""
    client: AsyncMongoClient[dict[str, object]] = AsyncMongoClient(
        f"mongodb://127.0.0.1:{port}/")
    collection = client.bench.documents
    ids = [f"person-{n}/1" for n in range(documents)]
    hz = os.sysconf("SC_CLK_TCK")
    costs: dict[str, float] = {}

    async def each(command: str, work: Callable[[str], Awaitable[object]]) -> None:
        async def client_share(start: int) -> None:
            for i in ids[start::CLIENTS]:
                await work(i)
        before = ticks(pid)
        await asyncio.gather(*(client_share(n) for n in range(CLIENTS)))
        costs[command] = 1e6 * (ticks(pid) - before) / hz / documents

    try:
        await each("insert", lambda i: collection.insert_one({
            "_id": i, "version": 1, "entries": [{"_id": f"{i}-{n}", "read": False,
                                                 "kind": "RECOMMENDATIONS_READY"}
                                                for n in range(10)]}))
        await each("find", lambda i: collection.find_one({"_id": i}))
        await each("update", lambda i: collection.update_one({"_id": i},
                                                             {"$set": {"version": 2}}))
        await each("delete", lambda i: collection.delete_one({"_id": i}))
    finally:
        await client.close()
    return costs


def main(args: argparse.Namespace) -> None:
    ways: dict[str, tuple[Path, dict[str, str]]] = {
        "as built": (FERRETDB_BIN, {}),
        "Go's default collector (GOGC=100)": (FERRETDB_BIN, {"GOGC": "100"}),
    }
    if args.baseline_binary:
        ways["baseline binary"] = (Path(args.baseline_binary), {})
    print(f"{datetime.now(UTC).isoformat(timespec='seconds')}  load {os.getloadavg()}  "
          f"{args.documents} documents, {CLIENTS} clients, {args.rounds} rounds")
    results: dict[str, list[dict[str, float]]] = {way: [] for way in ways}
    for _ in range(args.rounds):
        for way, (binary, env) in ways.items():
            with server(binary, env) as (pid, port):
                results[way].append(asyncio.run(measure(pid, port, args.documents)))
    print(f"\nFerretDB CPU per command, µs (median of {args.rounds} rounds)")
    print(f"  {'way':36}" + "".join(f"{c:>9}" for c in COMMANDS))
    medians = {way: {c: statistics.median(r[c] for r in runs) for c in COMMANDS}
               for way, runs in results.items()}
    for way, costs in medians.items():
        print(f"  {way:36}" + "".join(f"{costs[c]:9.0f}" for c in COMMANDS))
    built = medians["as built"]
    for way, costs in medians.items():
        if way != "as built":
            print(f"  as built / {way}: " + ", ".join(
                f"{c} {built[c] / costs[c]:.2f}x" for c in COMMANDS))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline-binary", help="another FerretDB build to compare with")
    main(parser.parse_args())
