"""MongoDB access of the notifications service: each person's in-app notifications.

A notification's ``_id`` derives from the event that caused it, so the same event handled twice
inserts nothing the second time. Lists are newest first, paged by (created_at, _id). Each insert
stages a ``NotificationAdded`` in the same write (smartpick/outbox.py), so the live feed hears of
every stored notice exactly once: a second insert of the same ``_id`` fails, and stages nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import DESCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from smartpick.events import NotificationAdded
from smartpick.mongo import Document, as_utc
from smartpick.outbox import Outbox
from smartpick.paging import encode_cursor


@dataclass(frozen=True)
class Page:
    items: list[Document]
    total: int
    unread: int
    has_next: bool


class NotificationsStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox

    async def ensure_indexes(self) -> None:
        await self._db.notifications.create_index(
            [("recipient", 1), ("created_at", DESCENDING), ("_id", DESCENDING)])
        await self._db.notifications.create_index([("recipient", 1), ("read", 1)])

    async def add(self, notification_id: str, recipient: str, kind: str, title: str,
                  body: str, subject_id: str | None = None, *, live: bool = True) -> bool:
        """Insert once, with its ``NotificationAdded`` (pushed to open clients unless not
        ``live``); False when this notification exists already (a unique ``_id`` insert: the
        one write racing writers cannot both win)."""
        document = {"_id": notification_id, "recipient": recipient, "kind": kind, "title": title,
                    "body": body, "subject_id": subject_id, "read": False, "live": live,
                    "created_at": stored_time(datetime.now(UTC))}
        try:
            await self._outbox.insert(self._db.notifications, document, added(document))
        except DuplicateKeyError:
            return False
        return True

    async def mark_all_read(self, recipient: str) -> int:
        result = await self._db.notifications.update_many(
            {"recipient": recipient, "read": False}, {"$set": {"read": True}})
        return result.modified_count

    async def add_current(self, notification_id: str, recipient: str, kind: str, title: str,
                          body: str, at: datetime, *, live: bool = True) -> bool:
        """Add a notification that replaces ``recipient``'s current one of ``kind`` (deleted if
        still unread); False, and nothing added, when the current one is news newer than ``at``
        (an old event published again late).

        A pointer per recipient and kind names the current one, so this is a few writes by
        ``_id`` rather than a query over everyone's notifications (a scan on FerretDB). The
        recipient's events come through one partition: the pointer has one writer. Adding again
        what exists changes nothing but the pointer, which a crash may have left behind.
        """
        key = f"{recipient}|{kind}"
        previous = await self._db.latest.find_one({"_id": key})
        if previous is not None and as_utc(previous["at"]) > at:
            return False
        added = await self.add(notification_id, recipient, kind, title, body, live=live)
        await self._db.latest.replace_one(
            {"_id": key}, {"notification": notification_id, "at": at}, upsert=True)
        if previous is not None and previous["notification"] != notification_id:
            await self._db.notifications.delete_one(
                {"_id": previous["notification"], "read": False})
        return added

    async def page(self, recipient: str, first: int, after: tuple[datetime, str] | None) -> Page:
        mine: dict[str, Any] = {"recipient": recipient}
        total = await self._db.notifications.count_documents(mine)
        unread = await self._db.notifications.count_documents({**mine, "read": False})
        query = dict(mine)
        if after is not None:
            at, last_id = after
            query["$or"] = [{"created_at": {"$lt": at}},
                            {"created_at": at, "_id": {"$lt": last_id}}]
        cursor = self._db.notifications.find(query).sort(
            [("created_at", DESCENDING), ("_id", DESCENDING)]).limit(first + 1)
        items = await cursor.to_list()
        return Page(items[:first], total, unread, len(items) > first)

    async def unread(self, recipient: str) -> int:
        return await self._db.notifications.count_documents({"recipient": recipient, "read": False})

    async def mark_read(self, recipient: str, notification_id: str) -> Document | None:
        """Mark a notification of ``recipient`` read; None if they have no such notification."""
        found = await self._db.notifications.find_one_and_update(
            {"_id": notification_id, "recipient": recipient}, {"$set": {"read": True}},
            return_document=True)
        return found


def stored_time(moment: datetime) -> datetime:
    """``moment`` as the database keeps it (milliseconds), so the cursor an event carries is the
    cursor the stored notice has in a list."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def cursor_of(document: Document) -> str:
    """A notification's position in its recipient's list, newest first."""
    return encode_cursor(f"{as_utc(document['created_at']).isoformat()}|{document['_id']}")


def added(document: Document) -> NotificationAdded:
    """The event telling the live feed that ``document`` was stored."""
    return NotificationAdded(
        recipient_id=document["recipient"], notification_id=document["_id"],
        cursor=cursor_of(document), kind=document["kind"], title=document["title"],
        body=document["body"], subject_id=document["subject_id"],
        created_at=document["created_at"], read=document["read"],
        live=document.get("live", True))
