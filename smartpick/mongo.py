"""MongoDB access shared by the services: one client per process, pings, and index set-up.

Only features that FerretDB 1.24 and MongoDB 7 both have are used: no transactions, no change
streams, no TTL indexes, and aggregation limited to $match/$group($sum)/$sort/$skip/$limit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from pymongo import AsyncMongoClient
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase

Document = dict[str, Any]


def connect(url: str) -> AsyncMongoClient[Document]:
    # Short server selection: a readiness probe must answer quickly when the database is down.
    return AsyncMongoClient(url, serverSelectionTimeoutMS=3000, tz_aware=True)


async def database_answers(database: AsyncDatabase[Document]) -> bool:
    try:
        await database.command("ping")
    except Exception:
        return False
    return True


async def find_by_ids(collection: AsyncCollection[Document], ids: Sequence[Any],
                      projection: dict[str, int] | None = None) -> list[Document]:
    """Documents with these ``_id``s, one lookup each, at most 50 at a time in flight.

    On MongoDB each lookup is an index hit. FerretDB 1.24 (SQLite) reads without indexes: an
    ``_id``-only filter becomes an SQL scan that stops at the first match (about 40 ms in a
    5,400-document collection), while ``{"_id": {"$in": ...}}`` decodes every document in Go
    (about 1 s there), so for the few dozen ids a page or a batch needs, one lookup per id wins.
    """
    found: list[Document] = []
    for start in range(0, len(ids), 50):
        chunk = ids[start:start + 50]
        results = await asyncio.gather(
            *(collection.find_one({"_id": i}, projection) for i in chunk))
        found += [document for document in results if document is not None]
    return found
