"""Look-ups shared by concurrent callers (smartpick/shared_reads.py) on real FerretDB: callers at
the same time go in one ``$in`` query and each gets its own document, a lone one is a plain
``find_one``, and a read asked after a write sees it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pymongo import AsyncMongoClient
from pymongo.asynchronous.collection import AsyncCollection

from smartpick.shared_reads import SharedReads
from tests.integration.harness import CommandFilters
from tests.servers import Servers

pytestmark = pytest.mark.integration


@pytest.fixture
async def watched(servers: Servers, unique: str
                  ) -> AsyncIterator[tuple[AsyncCollection[dict[str, Any]], list[dict[str, Any]]]]:
    """The collection, and the filters of the reads and updates sent to it."""
    filters = CommandFilters()
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        servers.mongodb_url, event_listeners=[filters])
    collection = client[f"t{unique}_reads"].people
    await collection.insert_many([{"_id": f"p{n}", "n": n} for n in range(40)])
    yield collection, filters.seen.setdefault("people", [])
    await client.drop_database(f"t{unique}_reads")
    await client.close()


async def test_reads_at_the_same_time_share_one_query_and_each_gets_its_own(
        watched: tuple[AsyncCollection[dict[str, Any]], list[dict[str, Any]]]) -> None:
    collection, finds = watched
    reads = SharedReads(collection)
    wanted = [f"p{n}" for n in range(0, 40, 2)] + ["p4", "missing"]

    found = await asyncio.gather(*(reads.get(i) for i in wanted))

    assert found[:20] == [{"_id": f"p{n}", "n": n} for n in range(0, 40, 2)]
    assert found[20:] == [{"_id": "p4", "n": 4}, None]
    assert found[2] is not found[20]  # one id asked twice: each caller has its own copy
    assert len(finds) == 1
    assert finds[0] == {"_id": {"$in": [*wanted[:20], "missing"]}}


async def test_a_lone_read_is_a_plain_find_one_and_sees_the_write_before_it(
        watched: tuple[AsyncCollection[dict[str, Any]], list[dict[str, Any]]]) -> None:
    collection, finds = watched
    reads = SharedReads(collection, {"n": 1})
    assert await reads.get("p7") == {"_id": "p7", "n": 7}
    await collection.update_one({"_id": "p7"}, {"$set": {"n": 70}})
    assert await reads.get("p7") == {"_id": "p7", "n": 70}
    assert await reads.get("nobody") is None
    # the first read, the update, the read after it, the miss
    assert finds == [{"_id": "p7"}, {"_id": "p7"}, {"_id": "p7"}, {"_id": "nobody"}]


async def test_ids_asked_while_a_query_is_out_go_in_the_next_one(
        watched: tuple[AsyncCollection[dict[str, Any]], list[dict[str, Any]]]) -> None:
    collection, finds = watched
    reads = SharedReads(collection)
    first = asyncio.create_task(reads.get("p1"))
    await asyncio.sleep(0)  # on its way alone
    later = await asyncio.gather(reads.get("p2"), reads.get("p3"))
    assert await first == {"_id": "p1", "n": 1}
    assert list(later) == [{"_id": "p2", "n": 2}, {"_id": "p3", "n": 3}]
    assert finds == [{"_id": "p1"}, {"_id": {"$in": ["p2", "p3"]}}]


async def test_a_failure_reaches_every_caller_of_its_query(servers: Servers,
                                                           unique: str) -> None:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(servers.mongodb_url)
    reads = SharedReads(client[f"t{unique}_closed"].people)
    await client.close()
    outcomes = await asyncio.gather(*(reads.get(f"p{n}") for n in range(3)),
                                    return_exceptions=True)
    assert all(isinstance(outcome, Exception) for outcome in outcomes)
