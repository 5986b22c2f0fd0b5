"""MongoDB access of email deliveries: recorded once before any send, then marked sent.

``email_deliveries`` holds one document per email, its ``_id`` derived from the event that asked
for it: the unique insert that records it is the one decision that it is sent (FerretDB makes
only unique inserts atomic, deploy/local/README.md). ``email_pending`` names the deliveries not
yet sent or given up, so the sender's sweep reads a small collection, not every email ever sent.
Each attempt is claimed by inserting ``<delivery>#<attempt>`` into ``email_attempts``: of two
senders (two processes, or a sweep beside a wake-up) only the inserter sends, and only the
claimant writes the delivery afterwards, so each delivery document has one writer at a time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.email.message import Email
from smartpick.mongo import Document, claim_attempt, find_by_ids, insert_once

PENDING = "pending"
SENT = "sent"
GIVEN_UP = "given_up"


class DeliveriesStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def record(self, delivery_id: str, kind: str, email: Email,
                     not_before: datetime | None = None) -> None:
        """Record the delivery unless it exists, and queue it while unsent.

        Queueing is a second insert: a crash between the two leaves the event unhandled, and
        handling it again queues the recorded delivery (inserting the queue entry twice is a
        no-op, and a sent delivery is not queued again). ``not_before`` defers the first attempt
        (quiet hours)."""
        now = datetime.now(UTC)
        recorded = await insert_once(self._db.email_deliveries, {
            "_id": delivery_id, "kind": kind, "to": email.to, "subject": email.subject,
            "text": email.text, "html": email.html, "unsubscribe_url": email.unsubscribe_url,
            "status": PENDING, "attempts": 0, "next_attempt_at": max(now, not_before or now),
            "created_at": now})
        delivery = None if recorded else await self.delivery(delivery_id)
        if recorded or (delivery is not None and delivery["status"] == PENDING):
            await insert_once(self._db.email_pending, {"_id": delivery_id, "at": now})

    async def delivery(self, delivery_id: str) -> Document | None:
        return await self._db.email_deliveries.find_one({"_id": delivery_id})

    async def pending(self) -> list[Document]:
        """Every queued delivery, due or not."""
        ids = [entry["_id"] async for entry in self._db.email_pending.find({}, {"_id": 1})]
        return await find_by_ids(self._db.email_deliveries, ids)

    async def claim_attempt(self, delivery: Document, claim_seconds: float) -> int | None:
        """The attempt this caller now owns, or None while another sender owns one (see
        smartpick.mongo.claim_attempt)."""
        return await claim_attempt(self._db.email_attempts, delivery["_id"],
                                   int(delivery["attempts"]), claim_seconds)

    async def mark_sent(self, delivery_id: str, attempt: int) -> None:
        await self._db.email_deliveries.update_one({"_id": delivery_id}, {"$set": {
            "status": SENT, "attempts": attempt, "sent_at": datetime.now(UTC)}})
        await self._db.email_pending.delete_one({"_id": delivery_id})

    async def retry_later(self, delivery_id: str, attempt: int, at: datetime,
                          error: str) -> None:
        await self._db.email_deliveries.update_one({"_id": delivery_id}, {"$set": {
            "attempts": attempt, "next_attempt_at": at, "last_error": error}})

    async def give_up(self, delivery_id: str, attempt: int, error: str) -> None:
        await self._db.email_deliveries.update_one({"_id": delivery_id}, {"$set": {
            "status": GIVEN_UP, "attempts": attempt, "last_error": error}})
        await self._db.email_pending.delete_one({"_id": delivery_id})

    async def forget_queued(self, delivery_id: str) -> None:
        """Drop the queue entry of a delivery whose outcome is written (a crash came between)."""
        await self._db.email_pending.delete_one({"_id": delivery_id})
