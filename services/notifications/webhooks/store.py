"""MongoDB access of webhook messages, their delivery queue and their attempts.

``webhook_messages`` holds one document per event and endpoint, its ``_id`` the message's
``webhook-id`` (message.message_id): the unique insert that records it is the one decision that
it exists, so a redelivered event records nothing new. ``webhook_pending`` names the messages
not yet delivered or failed, with their endpoint and when they are due, so the worker reads a
small collection, never every message. Each attempt is claimed by inserting
``<message>#<n>`` into ``webhook_attempts``, as email attempts are (email/store.py): only the
claimant sends and writes the outcome, and a claim whose outcome never came (a process died
mid-send) goes stale, so the next number is claimed: the attempt is retried, not lost. The claim
document then records the attempt (time, status, excerpt, duration, error).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.webhooks.message import WebhookMessage
from services.notifications.webhooks.transport import DeliveryResult
from smartpick.mongo import Document, claim_attempt, find_by_ids, insert_once

PENDING = "pending"
DELIVERED = "delivered"
FAILED = "failed"


class MessagesStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def ensure_indexes(self) -> None:
        await self._db.webhook_messages.create_index([("endpoint_id", 1), ("created_at", -1)])

    async def record(self, message: WebhookMessage, endpoint: Document, event_type: str,
                     event_id: str) -> None:
        """Record the message unless it exists, and queue it while undelivered.

        Queueing is a second insert: a crash between the two leaves the event unhandled, and
        handling it again queues the recorded message (a second queue insert is a no-op)."""
        now = datetime.now(UTC)
        await insert_once(self._db.webhook_messages, {
            "_id": message.id, "endpoint_id": endpoint["_id"],
            "organization_id": endpoint["organization_id"], "event_type": event_type,
            "event_id": event_id, "body": message.body.decode(), "status": PENDING,
            "attempts": 0, "created_at": now})
        found = await self.message(message.id)
        if found is not None and found["status"] == PENDING:
            await self._queue(found["_id"], endpoint["_id"], now)

    async def _queue(self, message_id: str, endpoint_id: str, due_at: datetime) -> None:
        await insert_once(self._db.webhook_pending,
                          {"_id": message_id, "endpoint_id": endpoint_id, "due_at": due_at})

    async def message(self, message_id: str) -> Document | None:
        return await self._db.webhook_messages.find_one({"_id": message_id})

    async def pending(self) -> list[Document]:
        """Every queued message's entry (id, endpoint, due time), due or not."""
        return await self._db.webhook_pending.find({}).to_list()

    async def of_endpoint(self, endpoint_id: str, skip: int, limit: int) -> list[Document]:
        """A page of the endpoint's messages, newest first."""
        return await self._db.webhook_messages.find({"endpoint_id": endpoint_id}).sort(
            [("created_at", -1), ("_id", -1)]).skip(skip).limit(limit).to_list()

    async def count_of_endpoint(self, endpoint_id: str) -> int:
        return await self._db.webhook_messages.count_documents({"endpoint_id": endpoint_id})

    async def claim_attempt(self, message: Document, claim_seconds: float) -> int | None:
        """The attempt this caller now owns, or None while another owns one (see
        smartpick.mongo.claim_attempt)."""
        return await claim_attempt(self._db.webhook_attempts, message["_id"],
                                   int(message["attempts"]), claim_seconds,
                                   message_id=message["_id"])

    async def log_attempt(self, message_id: str, attempt: int, result: DeliveryResult) -> None:
        await self._db.webhook_attempts.update_one({"_id": f"{message_id}#{attempt}"}, {"$set": {
            "status": result.status, "ok": result.ok, "excerpt": result.excerpt,
            "duration_seconds": result.duration_seconds, "error": result.error,
            "finished_at": datetime.now(UTC)}})

    async def attempts(self, message: Document) -> list[Document]:
        """The message's attempts in order, the one in flight included."""
        ids = [f"{message['_id']}#{n}" for n in range(1, int(message["attempts"]) + 2)]
        return sorted(await find_by_ids(self._db.webhook_attempts, ids),
                      key=lambda attempt: int(attempt["attempt"]))

    async def delivered(self, message_id: str, attempt: int) -> None:
        await self._finish(message_id, {"status": DELIVERED, "attempts": attempt,
                                        "delivered_at": datetime.now(UTC)})

    async def failed(self, message_id: str, attempt: int, error: str) -> None:
        """Given up: no more attempts unless the organization replays or recovers it."""
        await self._finish(message_id, {"status": FAILED, "attempts": attempt,
                                        "last_error": error})

    async def retry_later(self, message_id: str, attempt: int, at: datetime,
                          error: str) -> None:
        await self._db.webhook_messages.update_one({"_id": message_id}, {"$set": {
            "attempts": attempt, "last_error": error}})
        await self._db.webhook_pending.update_one({"_id": message_id}, {"$set": {"due_at": at}})

    async def _finish(self, message_id: str, changes: dict[str, Any]) -> None:
        """Write the outcome, then drop the queue entry; a replay that came in between (its
        status written, its queue insert a no-op beside the entry still there) finds its
        message queued again here, where it was left pending with no entry, never sent, and
        refused by every later replay."""
        await self._db.webhook_messages.update_one({"_id": message_id}, {"$set": changes})
        await self.forget_queued(message_id)
        found = await self.message(message_id)
        if found is not None and found["status"] == PENDING:
            await self._queue(message_id, found["endpoint_id"], datetime.now(UTC))

    async def forget_queued(self, message_id: str) -> None:
        """Drop the queue entry of a message whose outcome is written (a crash came between)."""
        await self._db.webhook_pending.delete_one({"_id": message_id})

    async def send_again(self, message: Document) -> bool:
        """Queue a delivered or failed message once more (replay, recovery); False while it is
        still queued. Its attempts go on numbering from the last."""
        if message["status"] == PENDING:
            return False
        await self._db.webhook_messages.update_one({"_id": message["_id"]},
                                                   {"$set": {"status": PENDING}})
        await self._queue(message["_id"], message["endpoint_id"], datetime.now(UTC))
        return True

    async def failed_since(self, endpoint_id: str, since: datetime) -> list[Document]:
        return await self._db.webhook_messages.find({
            "endpoint_id": endpoint_id, "status": FAILED,
            "created_at": {"$gte": since}}).to_list()
