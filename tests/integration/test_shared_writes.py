"""Writes shared by concurrent callers (smartpick/shared_writes.py) on real FerretDB: callers at
the same time go in few bulk writes, each learns its own outcome, and a lone one is a plain
command."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pymongo import AsyncMongoClient, monitoring
from pymongo.asynchronous.collection import AsyncCollection

from smartpick.shared_writes import SharedWrites
from tests.servers import Servers

pytestmark = pytest.mark.integration


class Commands(monitoring.CommandListener):
    def __init__(self) -> None:
        self.sent: list[str] = []
        self.deletes: list[list[dict[str, Any]]] = []
        """The statements of each delete command."""

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if event.command_name in ("insert", "update", "delete"):
            self.sent.append(event.command_name)
        if event.command_name == "delete":
            self.deletes.append(list(event.command["deletes"]))

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass


@pytest.fixture
async def watched(servers: Servers, unique: str
                  ) -> AsyncIterator[tuple[AsyncCollection[dict[str, Any]], Commands]]:
    commands = Commands()
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        servers.mongodb_url, event_listeners=[commands])
    yield client[f"t{unique}_shared"].things, commands
    await client.drop_database(f"t{unique}_shared")
    await client.close()


async def test_writes_at_the_same_time_share_bulk_writes_and_keep_their_outcomes(
        watched: tuple[AsyncCollection[dict[str, Any]], Commands]) -> None:
    collection, commands = watched
    await collection.insert_one({"_id": "taken"})
    writes = SharedWrites(collection)
    commands.sent.clear()

    inserted = await asyncio.gather(*(writes.insert({"_id": f"n{n}"}) for n in range(20)),
                                    writes.insert({"_id": "taken"}),
                                    writes.insert({"_id": "n3"}))

    assert inserted == [True] * 20 + [False, False]  # taken before, and taken by a neighbour
    assert len(commands.sent) <= 3  # the first alone, then the rest together
    assert await collection.count_documents({}) == 21

    commands.sent.clear()
    await asyncio.gather(*(writes.replace({"_id": f"n{n}", "v": 2}) for n in range(5)),
                         writes.replace({"_id": "new", "v": 2}))
    assert await collection.count_documents({"v": 2}) == 6
    assert len(commands.sent) <= 2

    commands.sent.clear()
    await asyncio.gather(*(writes.delete([f"n{n}", f"n{n + 10}"]) for n in range(10)),
                         writes.delete(["new"]))
    assert await collection.count_documents({}) == 1
    assert len(commands.sent) <= 3


async def test_the_deletes_of_a_bulk_write_are_one_statement_beside_its_inserts(
        watched: tuple[AsyncCollection[dict[str, Any]], Commands]) -> None:
    """Deletes go in one ``$in`` (an index hit on our FerretDB); the inserts beside them keep
    their own outcomes, a refused one included."""
    collection, commands = watched
    await collection.insert_many([{"_id": f"old{n}"} for n in range(6)])
    writes = SharedWrites(collection)
    first = asyncio.create_task(writes.insert({"_id": "first"}))
    await asyncio.sleep(0)  # on its way alone: the rest wait for the next bulk write
    commands.sent.clear()

    outcomes = await asyncio.gather(writes.insert({"_id": "old0"}),
                                    writes.delete(["old1", "old2"]),
                                    writes.insert({"_id": "new"}),
                                    writes.delete(["old3", "gone"]))

    assert await first is True
    assert list(outcomes) == [False, None, True, None]
    assert sorted(commands.sent) == ["delete", "insert", "insert"]  # the first alone
    assert [len(statements) for statements in commands.deletes] == [1]
    assert commands.deletes[0][0]["q"] == {"_id": {"$in": ["old1", "old2", "old3", "gone"]}}
    assert sorted(d["_id"] for d in await collection.find().to_list()) == [
        "first", "new", "old0", "old4", "old5"]


async def test_a_lone_write_is_one_plain_command(
        watched: tuple[AsyncCollection[dict[str, Any]], Commands]) -> None:
    collection, commands = watched
    writes = SharedWrites(collection)
    assert await writes.insert({"_id": "one"}) is True
    assert await writes.insert({"_id": "one"}) is False
    await writes.replace({"_id": "one", "v": 2})
    assert await collection.find_one({"_id": "one"}) == {"_id": "one", "v": 2}
    await writes.delete(["one"])
    assert commands.sent == ["insert", "insert", "update", "delete"]
    assert await collection.count_documents({}) == 0


async def test_a_cancelled_caller_s_write_still_goes_and_others_get_theirs(
        watched: tuple[AsyncCollection[dict[str, Any]], Commands]) -> None:
    collection, _ = watched
    writes = SharedWrites(collection)
    first = asyncio.create_task(writes.insert({"_id": "first"}))
    queued = asyncio.create_task(writes.insert({"_id": "queued"}))
    await asyncio.sleep(0)  # both queued: the first on its way, the other waiting for it
    queued.cancel()
    later = await writes.insert({"_id": "later"})
    assert await first is True and later is True
    with pytest.raises(asyncio.CancelledError):
        await queued
    assert sorted(d["_id"] for d in await collection.find().to_list()) == [
        "first", "later", "queued"]


async def test_a_failure_reaches_every_caller_of_its_bulk_write(servers: Servers,
                                                                unique: str) -> None:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(servers.mongodb_url)
    writes = SharedWrites(client[f"t{unique}_closed"].things)
    await client.close()
    outcomes = await asyncio.gather(*(writes.insert({"_id": f"n{n}"}) for n in range(3)),
                                    return_exceptions=True)
    assert all(isinstance(outcome, Exception) for outcome in outcomes)
