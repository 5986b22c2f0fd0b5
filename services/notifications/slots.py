"""Lists that only grow, kept as one document per entry so they are read by ``_id``.

``<list>#<n>`` holds the list's n-th value; a value is added by inserting the first free
number, and of two writers racing for a number the second finds it taken and takes the next
(a unique insert, the one atomic write on FerretDB). Numbers stay contiguous, so a reader looks
them up a few at a time until one is missing: no filter on another field, which FerretDB
answers by scanning the collection.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from pymongo.asynchronous.collection import AsyncCollection

from smartpick.mongo import Document, find_by_ids, insert_once

LOOKED_UP = 4
"""Numbers looked up at once: most lists are shorter."""


class Slots:
    def __init__(self, collection: AsyncCollection[Document]) -> None:
        self._collection = collection

    async def listed(self, key: str) -> list[str]:
        """The values of list ``key``, in the order they were added, each once."""
        slots: list[Document] = []
        while True:
            first = len(slots) + 1
            found = await find_by_ids(self._collection,
                                      [f"{key}#{n}" for n in range(first, first + LOOKED_UP)])
            slots += found
            if len(found) < LOOKED_UP:
                break
        ordered = sorted(slots, key=lambda slot: int(slot["_id"].rsplit("#", 1)[1]))
        return list(dict.fromkeys(str(slot["value"]) for slot in ordered))

    async def add(self, key: str, value: str, listed: list[str] | None = None) -> None:
        """Add ``value`` unless ``listed`` (the list as read, read here if not given) has it."""
        listed = await self.listed(key) if listed is None else listed
        if value in listed:
            return
        number = len(listed) + 1
        while not await insert_once(self._collection, {"_id": f"{key}#{number}",
                                                       "value": value,
                                                       "at": datetime.now(UTC)}):
            number += 1

    async def forget(self, key: str, count: int) -> None:
        """Delete list ``key`` of ``count`` values (what ``listed`` read), by ``_id``."""
        await asyncio.gather(*(self._collection.delete_one({"_id": f"{key}#{n}"})
                               for n in range(1, count + 1)))
