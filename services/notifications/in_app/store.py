"""MongoDB access of the notifications service: each person's in-app notifications.

A notification's ``_id`` derives from the event that caused it, so the same event handled twice
inserts nothing the second time. Lists are newest first, paged by (created_at, _id). Each insert
stages a ``NotificationAdded`` in the same write (smartpick/outbox.py), so the live feed hears of
every stored notice exactly once: a second insert of the same ``_id`` fails, and stages nothing.

After its insert a notice has one writer, its recipient's requests (and ``add_current``, which
deletes it while unread). Each request filters on ``recipient`` at most once: it reads the
state fields of the recipient's notices, works out the inbox in Python (in_app/inbox.py), then
reads and writes by ``_id`` only, the one look-up FerretDB answers from an index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import DESCENDING, UpdateOne
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.notifications.in_app.categories import category_of
from services.notifications.in_app.inbox import (
    STATE_FIELDS,
    Notice,
    NotificationState,
    Position,
    listing,
    unread_and_unseen,
)
from smartpick.events import NotificationAdded
from smartpick.mongo import Document, as_utc, find_by_ids
from smartpick.outbox import Outbox
from smartpick.paging import encode_cursor


@dataclass(frozen=True)
class Page:
    items: list[Document]
    total: int
    unread: int
    unseen: int
    has_next: bool


class NotificationsStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox

    async def ensure_indexes(self) -> None:
        await self._db.notifications.create_index(
            [("recipient", 1), ("created_at", DESCENDING), ("_id", DESCENDING)])

    async def add(self, notification_id: str, recipient: str, kind: str, title: str,
                  body: str, subject_id: str | None = None, *, live: bool = True) -> bool:
        """Insert once, with its ``NotificationAdded`` (pushed to open clients unless not
        ``live``); False when this notification exists already (a unique ``_id`` insert: the
        one write racing writers cannot both win)."""
        document = {"_id": notification_id, "recipient": recipient, "kind": kind, "title": title,
                    "body": body, "subject_id": subject_id, "read": False, "live": live,
                    "created_at": stored_time(datetime.now(UTC)), "category": category_of(kind),
                    "seen": False, "archived": False, "snoozed_until": None}
        try:
            await self._outbox.insert(self._db.notifications, document, added(document))
        except DuplicateKeyError:
            return False
        return True

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

    async def page(self, recipient: str, first: int, after: Position | None,
                   state: NotificationState = NotificationState.INBOX,
                   category: str | None = None) -> Page:
        """A page of ``recipient``'s notices shown in ``state`` and ``category``, with the
        list's total and the badges: one query on ``recipient``, then the page by ``_id``."""
        found = listing(await self._notices(recipient), state, category, first, after)
        documents = {d["_id"]: d for d in await find_by_ids(self._db.notifications, found.ids)}
        # a notice replaced by add_current since the first read is left out of this page
        items = [documents[i] for i in found.ids if i in documents]
        return Page(items, found.total, found.unread, found.unseen, found.has_next)

    async def badges(self, recipient: str) -> tuple[int, int]:
        """How many notices in ``recipient``'s inbox are unread, and unseen."""
        return unread_and_unseen(await self._notices(recipient))

    async def mark_read(self, recipient: str, notification_id: str) -> Document | None:
        """Mark a notification of ``recipient`` read, and so seen; None if they have no such
        notification. A snoozed one stays snoozed, and comes back read."""
        return await self._change(recipient, notification_id, {"read": True, "seen": True})

    async def mark_all_read(self, recipient: str) -> int:
        """Mark ``recipient``'s notices read, but for snoozed ones (they come back unread); how
        many were unread."""
        notices = [n for n in await self._notices(recipient) if n.snoozed_until is None]
        return await self._set([n.id for n in notices if not n.read],
                               {"read": True, "seen": True})

    async def mark_seen(self, recipient: str, ids: Sequence[str] | None) -> int:
        """Mark ``recipient``'s notices with these ``ids`` seen (all without ``ids``), but for
        snoozed ones; others' and unknown ids are skipped. How many were unseen."""
        now = datetime.now(UTC)
        if ids is None:
            notices = await self._notices(recipient, now)
        else:
            found = await find_by_ids(self._db.notifications, list(dict.fromkeys(ids)),
                                      {**STATE_FIELDS, "recipient": 1})
            notices = [Notice.of(d, now) for d in found if d["recipient"] == recipient]
        return await self._set([n.id for n in notices if not n.seen and n.snoozed_until is None],
                               {"seen": True})

    async def archive(self, recipient: str, notification_id: str,
                      archived: bool) -> Document | None:
        """Archive (or bring back) a notification of ``recipient``; archiving ends a snooze, so
        a notice is in one place: inbox, snoozed or archived."""
        changes: dict[str, Any] = {"archived": archived}
        if archived:
            changes["snoozed_until"] = None
        return await self._change(recipient, notification_id, changes)

    async def snooze(self, recipient: str, notification_id: str,
                     until: datetime) -> Document | None:
        """Hide a notification of ``recipient`` until ``until``; it then comes back unread and
        unseen, at its place by ``created_at`` (it does not jump to the top)."""
        return await self._change(recipient, notification_id, {
            "snoozed_until": stored_time(until), "archived": False, "read": False,
            "seen": False})

    async def _notices(self, recipient: str, now: datetime | None = None) -> list[Notice]:
        """The state of each of ``recipient``'s notices: the request's one query on recipient."""
        moment = now or datetime.now(UTC)
        states = await self._db.notifications.find({"recipient": recipient},
                                                   STATE_FIELDS).to_list()
        return [Notice.of(document, moment) for document in states]

    async def _change(self, recipient: str, notification_id: str,
                      changes: dict[str, Any]) -> Document | None:
        return await self._db.notifications.find_one_and_update(
            {"_id": notification_id, "recipient": recipient}, {"$set": changes},
            return_document=True)

    async def _set(self, ids: list[str], changes: dict[str, Any]) -> int:
        """``changes`` on each of ``ids``, in one round trip of writes by ``_id``."""
        if ids:
            await self._db.notifications.bulk_write(
                [UpdateOne({"_id": i}, {"$set": changes}) for i in ids], ordered=False)
        return len(ids)


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
