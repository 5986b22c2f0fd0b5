"""The message thread of a mentorship: what its two people write to each other.

Each message is its own document (``mentorship_messages``), inserted once with a server-made id
and never changed, so it has one writer and FerretDB's read-then-write updates never touch it.
Its ``MentorshipMessagePosted`` event is staged in the same insert (smartpick/outbox.py), so the
other side is told exactly when the message exists. The thread is read oldest first, like a
conversation; the request's message stays on the mentorship itself (``Mentorship.message``).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.rules import may_write
from services.matching.mentorship.store import HIDDEN
from smartpick.events.mentorships import MentorshipMessagePosted, MentorshipStatus
from smartpick.mongo import Document
from smartpick.outbox import Outbox

COLLECTION = "mentorship_messages"


class Messages:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox, lifecycle: Lifecycle) -> None:
        self._messages = db[COLLECTION]
        self._outbox = outbox
        self._lifecycle = lifecycle

    async def ensure_indexes(self) -> None:
        await self._messages.create_index([("mentorship_id", ASCENDING), ("at", ASCENDING),
                                           ("_id", ASCENDING)])

    async def send(self, mentorship_id: str, account_id: str, text: str) -> Document:
        """Add ``account_id``'s message; 404 for anyone but the two people, 409 unless the
        mentorship is ACTIVE or PAUSED."""
        mentorship, _ = await self._lifecycle.visible(mentorship_id, account_id)
        may_write(MentorshipStatus(mentorship["status"]), "send messages")
        message = {"_id": str(uuid.uuid4()), "mentorship_id": mentorship_id,
                   "sender_id": account_id, "text": text, "at": datetime.now(UTC)}
        event = MentorshipMessagePosted(
            mentorship_id=mentorship_id, message_id=message["_id"],
            mentee_id=mentorship["mentee_id"], mentor_id=mentorship["mentor_id"],
            sender_id=account_id, text=text, at=message["at"])
        await self._outbox.insert(self._messages, message, event)
        return message

    async def page(self, mentorship_id: str, account_id: str, skip: int,
                   limit: int) -> tuple[list[Document], int]:
        """The thread, oldest first, for one of its two people (404 for anyone else)."""
        await self._lifecycle.visible(mentorship_id, account_id)
        query = {"mentorship_id": mentorship_id}
        total = await self._messages.count_documents(query)
        found = await self._messages.find(query, HIDDEN).sort(
            [("at", ASCENDING), ("_id", ASCENDING)]).skip(skip).limit(limit).to_list()
        return found, total
