"""Remembers which events a consumer group has handled, so a redelivered event is skipped.

Kafka delivers at least once; the inbox makes the common duplicate cheap to skip, and effects
with deterministic ids (``effect_id``) make the rare one that slips through (a crash between the
effect and ``record``) harmless. Entries carry a time so ``prune`` can bound the collection
(FerretDB has no TTL indexes).

Its size is not counted (on FerretDB a count scans the collection); Prometheus gets what this
process wrote and pruned instead (``INBOX_ENTRIES``), whose difference is the growth.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.asynchronous.collection import AsyncCollection

from smartpick.events import CloudEvent
from smartpick.metrics import INBOX_ENTRIES
from smartpick.mongo import insert_once


def effect_id(envelope: CloudEvent, *parts: str) -> str:
    """A stable id for an effect of ``envelope``: inserting it twice is a no-op, not a duplicate."""
    raw = "|".join((envelope.source, envelope.id, *parts))
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


class Inbox:
    def __init__(self, collection: AsyncCollection[dict[str, Any]], group_id: str) -> None:
        self._collection = collection
        self._group_id = group_id

    def _key(self, envelope: CloudEvent) -> str:
        return f"{self._group_id}|{envelope.source}|{envelope.id}"

    async def seen(self, envelope: CloudEvent) -> bool:
        return await self._collection.find_one({"_id": self._key(envelope)}, {"_id": 1}) is not None

    async def record(self, envelope: CloudEvent) -> None:
        # two deliveries may race; one record is enough
        if await insert_once(self._collection, {"_id": self._key(envelope),
                                                "type": envelope.type, "at": datetime.now(UTC)}):
            INBOX_ENTRIES.labels("recorded").inc()

    async def prune(self, older_than: timedelta) -> int:
        result = await self._collection.delete_many({"at": {"$lt": datetime.now(UTC) - older_than}})
        INBOX_ENTRIES.labels("pruned").inc(result.deleted_count)
        return result.deleted_count
