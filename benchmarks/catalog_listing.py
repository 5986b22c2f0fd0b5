"""Benchmark: a page of the program catalog on FerretDB, as listed before and as listed now.

Run against a running platform (`make up`, which seeds the 5,410-program demo catalog):
    .venv/bin/python benchmarks/catalog_listing.py [--runs 5]

Baseline, measured in the same run on the same database: what `GET /programs` did per page
before (`count_documents` plus an `_id`-sorted `find`, both full scans on FerretDB 1.24). Then
`GET /programs` of the running profiles service (answered by its in-memory CatalogView), for the
first page, a later page and a filtered page. The gateway waits 5 s for a service.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable

import httpx
from pymongo import ASCENDING, AsyncMongoClient

PROFILES = os.environ.get("PROFILES_URL", "http://127.0.0.1:8001")
MONGODB = os.environ.get("MONGODB_URL", "mongodb://127.0.0.1:27017/")


async def _median_ms(runs: int, step: Callable[[], Awaitable[object]]) -> float:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        await step()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds) * 1000


async def main(runs: int) -> None:
    client: AsyncMongoClient[dict[str, object]] = AsyncMongoClient(MONGODB)
    programs = client["smartpick_profiles"].programs

    async def old_page() -> None:
        await programs.count_documents({})
        await programs.find({}, {"_outbox": 0}).sort("_id", ASCENDING).limit(21).to_list()

    async with httpx.AsyncClient(timeout=60) as http:
        signed = await http.post(f"{PROFILES}/accounts", json={
            "email": f"bench-{uuid.uuid4().hex[:8]}@example.org", "password": "long enough 1"})
        headers = {"authorization": f"Bearer {signed.json()['token']}"}
        first = (await http.get(f"{PROFILES}/programs", params={"first": 20},
                                headers=headers)).json()
        print(f"load average {os.getloadavg()[0]:.2f}; catalog of {first['total']} programs")

        def page(params: dict[str, str]) -> Callable[[], Awaitable[object]]:
            async def get() -> None:
                response = await http.get(f"{PROFILES}/programs",
                                          params={"first": "20", **params}, headers=headers)
                response.raise_for_status()
            return get

        baseline = await _median_ms(runs, old_page)
        print(f"before: count + sorted find (store)      {baseline:8.1f} ms")
        pages: dict[str, dict[str, str]] = {
            "first page": {}, "later page": {"after": first["end_cursor"]},
            "specialty + state": {"specialty": "Internal Medicine", "state": "NY"}}
        for name, params in pages.items():
            now = await _median_ms(runs, page(params))
            print(f"now: GET /programs, {name:18} {now:8.1f} ms   {baseline / now:6.0f}x faster")
    await client.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    asyncio.run(main(parser.parse_args().runs))
