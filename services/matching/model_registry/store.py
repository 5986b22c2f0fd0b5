"""MongoDB access of the model registry's inputs: the outcomes applicants reported (their newest
revision each, or its tombstone), and the locks that let one instance refit per time slot. The
model versions themselves are in registry.py.

It stages no events, so it has no outbox.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from smartpick.events import OutcomeDeleted, OutcomeReported
from smartpick.mongo import Document, insert_once

KEPT: dict[str, Any] = {"deleted": {"$ne": True}}
"""Reported outcomes that count: not deleted by the applicant."""


class OutcomeStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def save_outcome(self, event: OutcomeReported) -> bool:
        """Keep a reported outcome, or its newer revision; False when this revision or a newer
        one is kept already (the event came again, or late)."""
        document = {**event.model_dump(mode="json"), "reported_at": event.reported_at,
                    "received_at": datetime.now(UTC)}
        document["_id"] = document.pop("report_id")
        return await self._keep_revision(document)

    async def delete_outcome(self, event: OutcomeDeleted) -> bool:
        """Erase a report, keeping its id and revision so that an older revision arriving late
        cannot bring it back; False when a newer revision is kept already."""
        return await self._keep_revision({"_id": event.report_id, "revision": event.revision,
                                          "deleted": True, "received_at": datetime.now(UTC)})

    async def _keep_revision(self, document: Document) -> bool:
        if await insert_once(self._db.outcomes, document):
            return True
        try:
            result = await self._db.outcomes.replace_one(
                {"_id": document["_id"], "revision": {"$not": {"$gte": document["revision"]}}},
                document, upsert=True)
        except DuplicateKeyError:
            return False  # the kept revision is this one or newer
        return result.modified_count + (result.upserted_id is not None) > 0

    async def outcomes(self) -> list[Document]:
        """Every reported outcome not deleted, for a refit or a report (one scan)."""
        return await self._db.outcomes.find(KEPT).to_list()

    async def outcome_count(self) -> int:
        return await self._db.outcomes.count_documents(KEPT)

    async def revision_count(self) -> int:
        """Reports counted with their updates, as ``refits.revisions`` counts them (a report
        stored before revisions counts once)."""
        cursor = await self._db.outcomes.aggregate(
            [{"$match": KEPT}, {"$group": {"_id": None, "revisions": {"$sum": "$revision"}}}])
        summed = await cursor.to_list()
        without = await self._db.outcomes.count_documents({**KEPT, "revision": None})
        return int(summed[0]["revisions"] if summed else 0) + without

    async def claim(self, lock_id: str) -> bool:
        """True for the one caller that claims ``lock_id`` first (an insert, never updated)."""
        return await insert_once(self._db.locks, {"_id": lock_id, "at": datetime.now(UTC)})
