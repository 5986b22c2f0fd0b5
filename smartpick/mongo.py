"""MongoDB access shared by the services: one client per process, pings, and index set-up.

Only features that FerretDB 1.24 and MongoDB 7 both have are used: no transactions, no change
streams, no TTL indexes, and aggregation limited to $match/$group($sum)/$sort/$skip/$limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import AsyncMongoClient
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

Document = dict[str, Any]


def as_utc(value: datetime) -> datetime:
    """A stored time as an aware UTC datetime, whether or not the client was ``tz_aware``."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def stored_time(moment: datetime) -> datetime:
    """``moment`` to the millisecond, what MongoDB keeps: a time put in an event or an answer
    compares equal to the stored one, and a redelivered event's to what it stored before."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def stored_after(previous: datetime | None) -> datetime:
    """Now to the millisecond (what MongoDB keeps), or a millisecond after ``previous`` if that
    is not earlier: the time of a write that follows ``previous``. Read models keep the newest
    time and refuse an equal or older one, so a document's times must grow with its writes even
    when two come in one millisecond or the clock steps back."""
    now = stored_time(datetime.now(UTC))
    return now if previous is None else max(now, as_utc(previous) + timedelta(milliseconds=1))


def connect(url: str, max_pool_size: int = 8) -> AsyncMongoClient[Document]:
    # Short server selection: a readiness probe must answer quickly when the database is down.
    return AsyncMongoClient(url, serverSelectionTimeoutMS=3000, tz_aware=True,
                            maxPoolSize=max_pool_size)


async def database_answers(database: AsyncDatabase[Document]) -> bool:
    try:
        await database.command("ping")
    except Exception:
        return False
    return True


async def insert_once(collection: AsyncCollection[Document], document: Document) -> bool:
    """Insert ``document``; False if its ``_id`` exists already.

    A unique ``_id`` insert is the one write that decides between racing writers on MongoDB and on
    FerretDB alike (FerretDB runs findAndModify and conditional updates as read-then-write).
    """
    try:
        await collection.insert_one(document)
    except DuplicateKeyError:
        return False
    return True


async def claim_attempt(attempts: AsyncCollection[Document], owner_id: str, made: int,
                        claim_seconds: float, **fields: Any) -> int | None:
    """The number of the next attempt at ``owner_id`` (an email delivery, a webhook message) that
    this caller now owns, or None while another process owns one: each attempt is a unique
    insert of ``<owner_id>#<n>``, so two senders never both get one. A claim older than
    ``claim_seconds`` without an outcome belongs to a process that died, and the next number is
    claimed instead. ``made`` is how many attempts the owner records as made; ``fields`` are kept
    in the claim beside its time."""
    attempt = made + 1
    stale_before = datetime.now(UTC) - timedelta(seconds=claim_seconds)
    while True:
        claim_id = f"{owner_id}#{attempt}"
        if await insert_once(attempts, {"_id": claim_id, "attempt": attempt,
                                        "at": datetime.now(UTC), **fields}):
            return attempt
        claim = await attempts.find_one({"_id": claim_id})
        if claim is not None and as_utc(claim["at"]) > stale_before:
            return None
        attempt += 1


IDS_PER_QUERY = 1000
"""Ids in one ``$in`` query of ``find_by_ids`` at most: FerretDB (patched) answers lists up to
this length from its ``_id`` index."""


async def find_by_ids(collection: AsyncCollection[Document], ids: Sequence[Any],
                      projection: dict[str, int] | None = None) -> list[Document]:
    """Documents with these ``_id``s (in no particular order; missing ids are skipped), in one
    ``$in`` query per ``IDS_PER_QUERY`` ids.

    On MongoDB that is an index hit; so it is on our FerretDB 1.24, patched for it
    (deploy/local/ferretdb/id-index.patch): 31 ids among 5,000 documents cost it 1 ms of CPU,
    31 look-ups of one id 5 ms. Unpatched, it decoded every document of the collection.
    """
    found: list[Document] = []
    for start in range(0, len(ids), IDS_PER_QUERY):
        wanted = list(ids[start:start + IDS_PER_QUERY])
        found += await collection.find({"_id": {"$in": wanted}}, projection).to_list()
    return found
