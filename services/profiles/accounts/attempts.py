"""A limit on attempts per key (a client address, an account) and minute, shared by every
instance through the database.

Each attempt claims one of the minute's ``limit`` slots by inserting the document
``key|minute|slot``: only a unique insert is atomic on FerretDB (a shared counter updated with
``$inc`` lost increments there), so racing instances can never hand out a slot twice. Each
process remembers where it found the last free slot and which keys are full for the minute, so
an attempt usually costs one insert and a refused one costs none.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import HTTPException
from pymongo.asynchronous.collection import AsyncCollection

from smartpick.mongo import insert_once

MAX_REMEMBERED = 10_000
"""Keys whose next slot a process remembers; beyond, it forgets them all (they are only hints)."""


class AttemptLimiter:
    def __init__(self, collection: AsyncCollection[dict[str, Any]]) -> None:
        self._collection = collection
        self._next_slot: dict[str, int] = {}
        self._minute = -1

    async def allow(self, key: str, limit: int) -> bool:
        """Claim one of this minute's ``limit`` attempts for ``key``; False when none is left."""
        minute = int(time.time() // 60)
        if minute != self._minute or len(self._next_slot) > MAX_REMEMBERED:
            self._minute, self._next_slot = minute, {}
        slot = self._next_slot.get(key, 0)
        while slot < limit:
            claimed = await insert_once(self._collection, {
                "_id": f"{key}|{minute}|{slot}", "at": datetime.now(UTC)})
            slot += 1
            if claimed:
                self._next_slot[key] = slot
                return True
        self._next_slot[key] = limit  # full until the minute ends: no more inserts
        return False

    async def forget_older_than(self, age: timedelta) -> int:
        """Drop claims of past minutes (FerretDB has no TTL index to do it)."""
        cutoff = datetime.now(UTC) - age
        return (await self._collection.delete_many({"at": {"$lt": cutoff}})).deleted_count


async def limit(attempts: AttemptLimiter, key: str, per_minute: int, what: str) -> None:
    """Claim an attempt for ``key``, or refuse the request with 429 until the minute ends."""
    if not await attempts.allow(key, per_minute):
        raise HTTPException(429, f"too many {what}; wait a minute and try again",
                            headers={"Retry-After": str(61 - int(time.time()) % 60)})
