"""MongoDB access shared by the services: one client per process, pings, and index set-up.

Only features that FerretDB 1.24 and MongoDB 7 both have are used: no transactions, no change
streams, no TTL indexes, and aggregation limited to $match/$group($sum)/$sort/$skip/$limit.
"""

from __future__ import annotations

from typing import Any

from pymongo import AsyncMongoClient
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
