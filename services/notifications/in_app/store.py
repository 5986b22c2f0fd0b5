"""MongoDB access of the notifications service: each person's in-app notifications.

A notification's ``_id`` derives from the event that caused it, so the same event handled twice
inserts nothing the second time. Lists are newest first, paged by (created_at, _id). Each insert
stages a ``NotificationAdded`` in the same write (smartpick/outbox.py), so the live feed hears of
every stored notice exactly once: a second insert of the same ``_id`` fails, and stages nothing.

Which notices a person has, and their states (read, seen, archived, snoozed), live in the
person's inbox index (in_app/index.py), read and written by ``_id``: no request and no added
notice filters on ``recipient``, which FerretDB answers by scanning everyone's notices. The
index is the one record of a notice's state; the notice document keeps its words, and the state
it was stored with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import DESCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.notifications.catalogue import category_of
from services.notifications.in_app.inbox import (
    Notice,
    NotificationState,
    Position,
    listing,
    unread_and_unseen,
)
from services.notifications.in_app.index import Current, InboxIndex, entry_of
from services.notifications.in_app.versions import Entry
from smartpick.events import NotificationAdded
from smartpick.keyed_lock import KeyedLock
from smartpick.mongo import Document, as_utc, find_by_ids, stored_after, stored_time
from smartpick.outbox import Outbox
from smartpick.paging import encode_cursor
from smartpick.recent import Recent
from smartpick.shared_writes import SharedWrites

Marking = Callable[[list[Entry]], tuple[list[Entry] | None, int]]
"""A change of many entries' states, and how many it changed."""


@dataclass(frozen=True)
class Page:
    items: list[Document]
    total: int
    unread: int
    unseen: int
    has_next: bool


STAMPS_REMEMBERED = 50_000
"""People whose last notice's time this process remembers (``_insert``)."""


class NotificationsStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox
        self.index = InboxIndex(db)
        self._deletes = SharedWrites(db.notifications)
        self._stamping = KeyedLock()
        self._stamped: Recent[str, datetime] = Recent(STAMPS_REMEMBERED)
        """Each person's last notice time stored here, so the next is later (``_insert``)."""

    async def ensure_indexes(self) -> None:
        await self._db.notifications.create_index(
            [("recipient", 1), ("created_at", DESCENDING), ("_id", DESCENDING)])

    async def add(self, notification_id: str, recipient: str, kind: str, title: str,
                  body: str, subject_id: str | None = None, *, live: bool = True,
                  event_id: str | None = None) -> bool:
        """Insert once, with its ``NotificationAdded`` (pushed to open clients unless not
        ``live``), and index it; False when this notification exists already (a unique
        ``_id`` insert: the one write racing writers cannot both win)."""
        stored, entry = await self._insert(notification_id, recipient, kind, title, body,
                                           subject_id, live, event_id)
        await self._index(recipient, entry, stored)
        return stored

    async def _index(self, recipient: str, entry: Entry, stored: bool) -> None:
        """Index a notice; one stored before (the event handled again) only if it is not yet."""
        if stored or all(e["_id"] != entry["_id"] for e in await self.index.entries(recipient)):
            await self.index.add(recipient, entry)

    async def add_current(self, notification_id: str, recipient: str, kind: str, title: str,
                          body: str, at: datetime, *, based_on: datetime | None = None,
                          live: bool = True, event_id: str | None = None) -> bool:
        """Add a notification that replaces ``recipient``'s unread ones of ``kind`` (deleted);
        False, and nothing added, when the current one is newer news: of a newer state
        (``based_on``, where both have one), or else of an event later than ``at`` (an old
        event published again late).

        The current notice of each kind is a mark in the person's index (in_app/index.py),
        read by ``_id`` with it (not read at all where this process wrote it last) and moved in
        the same new version of the index that adds the notice and drops the ones it replaces:
        no query over everyone's notifications (a scan on FerretDB), and no document of its
        own to read and write (two commands of the ten a list notice cost). The mark is checked
        before the notice is stored, and again in the index's change, so it never goes back.
        After a crash between the notice's insert and the index's change, the event handled
        again finds the notice stored and indexes it then. The new notice's entry drops every
        unread one of its kind, not only the one the mark named: after a crash the events
        handled again may skip one (superseded in its batch) whose notice was stored but never
        indexed.
        """
        at, based_on = stored_time(at), None if based_on is None else stored_time(based_on)
        layout = await self.index.layout(recipient)
        current = layout.marks.get(kind) or await self._db.latest.find_one(
            {"_id": f"{recipient}|{kind}"})  # a pointer kept before the marks were
        if current is not None and _newer(current, at, based_on):
            return False
        stored, entry = await self._insert(notification_id, recipient, kind, title, body, None,
                                           live, event_id)
        named = None if current is None else str(current["notification"])
        dropped = await self.index.add_replacing(
            recipient, entry, _replaced(notification_id, kind, named), layout, Current(
                kind, {"notification": notification_id, "at": at, "based_on": based_on},
                lambda mark: mark is not None and _newer(mark, at, based_on)), stored)
        if dropped is None:  # a newer one was marked meanwhile (a second writer)
            if stored:
                await self._delete([notification_id])
            return False
        await self._delete([gone for ids in dropped for gone in ids])
        return stored

    async def _delete(self, notification_ids: list[str]) -> None:
        """Delete notices no index lists any more, in one bulk write with those that other
        people's new notices replace at the same time."""
        await self._deletes.delete(notification_ids)

    async def _insert(self, notification_id: str, recipient: str, kind: str, title: str,
                      body: str, subject_id: str | None, live: bool,
                      event_id: str | None) -> tuple[bool, Entry]:
        """Whether this stored the notice, and its entry (the stored one's, when it was stored
        before: a crash may have come before it was indexed).

        A person's notices are timed and stored one at a time here, each a millisecond after
        the one before at least: their times are the order they were stored in. Timed as they
        came, a notice timed before another could be stored after it (a reminder beside a list
        notice), and a client catching up from the other's cursor would never be sent it
        (gateway/live_notifications.py)."""
        async with self._stamping.one_at_a_time(recipient):
            created_at = stored_after(self._stamped.get(recipient))
            document = {"_id": notification_id, "recipient": recipient, "kind": kind,
                        "title": title, "body": body, "subject_id": subject_id, "read": False,
                        "live": live, "event_id": event_id,
                        "created_at": created_at,
                        "category": category_of(kind), "seen": False, "archived": False,
                        "snoozed_until": None}
            try:
                await self._outbox.insert(self._db.notifications, document, added(document))
            except DuplicateKeyError:
                found = await self._db.notifications.find_one({"_id": notification_id})
                return False, entry_of(found or document)
            self._stamped.put(recipient, created_at)
        return True, entry_of(document)

    async def page(self, recipient: str, first: int, after: Position | None,
                   state: NotificationState = NotificationState.INBOX,
                   category: str | None = None) -> Page:
        """A page of ``recipient``'s notices shown in ``state`` and ``category``, with the
        list's total and the badges: the index, then the page's notices, by ``_id``."""
        entries = {e["_id"]: e for e in await self.index.entries(recipient)}
        found = listing(_notices(entries.values()), state, category, first, after)
        documents = {d["_id"]: d for d in await find_by_ids(self._db.notifications, found.ids)}
        # a notice replaced by add_current since the index was read is left out of this page
        items = [_as_indexed(documents[i], entries[i]) for i in found.ids if i in documents]
        return Page(items, found.total, found.unread, found.unseen, found.has_next)

    async def badges(self, recipient: str) -> tuple[int, int]:
        """How many notices in ``recipient``'s inbox are unread, and unseen."""
        return unread_and_unseen(_notices(await self.index.entries(recipient)))

    async def mark_read(self, recipient: str, notification_id: str) -> Document | None:
        """Mark a notification of ``recipient`` read, and so seen; None if they have no such
        notification. A snoozed one stays snoozed, and comes back read."""
        return await self._change(recipient, notification_id, {"read": True, "seen": True})

    async def mark_all_read(self, recipient: str) -> int:
        """Mark ``recipient``'s notices read, but for snoozed ones (they come back unread); how
        many were unread."""
        return sum(await self.index.change_each(recipient, _marking(
            lambda n: not n.read and n.snoozed_until is None, {"read": True, "seen": True})))

    async def mark_seen(self, recipient: str, ids: Sequence[str] | None) -> int:
        """Mark ``recipient``'s notices with these ``ids`` seen (all without ``ids``), but for
        snoozed ones; others' and unknown ids are skipped. How many were unseen."""
        chosen = None if ids is None else set(ids)
        return sum(await self.index.change_each(recipient, _marking(
            lambda n: not n.seen and n.snoozed_until is None
            and (chosen is None or n.id in chosen), {"seen": True})))

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

    async def _change(self, recipient: str, notification_id: str,
                      changes: dict[str, Any]) -> Document | None:
        """``changes`` to one notice's entry; the notice as it now is, or None when
        ``recipient`` has no such notice (someone else's is not found either)."""
        def change(entries: list[Entry]) -> tuple[list[Entry] | None, Entry | None]:
            for n, entry in enumerate(entries):
                if entry["_id"] == notification_id:
                    changed = {**entry, **changes}
                    return [*entries[:n], changed, *entries[n + 1:]], changed
            return None, None

        entry = await self.index.change_one(recipient, notification_id, change)
        if entry is None:
            return None
        document = await self._db.notifications.find_one({"_id": notification_id})
        return None if document is None else _as_indexed(document, entry)


def _newer(current: Document, at: datetime, based_on: datetime | None) -> bool:
    """Whether the current notice a mark (or an older pointer) names is newer news than one of
    an event at ``at`` about the state written at ``based_on``."""
    current_base = current.get("based_on")  # absent in pointers written before it was kept
    if current_base is not None and based_on is not None and as_utc(current_base) != based_on:
        return as_utc(current_base) > based_on
    return as_utc(current["at"]) > at


def _notices(entries: Iterable[Entry]) -> list[Notice]:
    now = datetime.now(UTC)
    return [Notice.of(entry, now) for entry in entries]


def _as_indexed(document: Document, entry: Entry) -> Document:
    """The notice's document with the state its index entry holds (the one kept current)."""
    return {**document, **{field: entry[field] for field in STATES}}


STATES = ("category", "read", "seen", "archived", "snoozed_until")
"""What the index holds of a notice beside its id and time."""


def _marking(chosen: Callable[[Notice], bool], changes: dict[str, Any]) -> Marking:
    """A change applying ``changes`` to the entries ``chosen`` picks, as they are now."""
    def change(entries: list[Entry]) -> tuple[list[Entry] | None, int]:
        now = datetime.now(UTC)
        picked = {e["_id"] for e in entries if chosen(Notice.of(e, now))}
        if not picked:
            return None, 0
        return [{**e, **changes} if e["_id"] in picked else e for e in entries], len(picked)
    return change


def _replaced(notification_id: str, kind: str,
              named: str | None) -> Callable[[list[Entry]], tuple[list[Entry] | None, list[str]]]:
    """A change dropping the unread entries of ``kind`` but ``notification_id`` (``named``
    too: the one the mark or pointer named, whose entry may predate kinds in entries); their
    ids."""
    def change(entries: list[Entry]) -> tuple[list[Entry] | None, list[str]]:
        dropped = [e["_id"] for e in entries if e["_id"] != notification_id and not e["read"]
                   and (e.get("kind") == kind or e["_id"] == named)]
        return ([e for e in entries if e["_id"] not in dropped] if dropped else None), dropped
    return change


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
        category=document.get("category") or category_of(document["kind"]),
        event_id=document.get("event_id"), live=document.get("live", True))
