"""Each person's inbox index: the id, time, category and state of each of their notices, read
by ``_id``, so a page, its total and the badges need no query on ``recipient`` (on FerretDB a
scan of everyone's notices, seconds at ten thousand people).

The index is a run of buckets of up to ``CAPACITY`` notices, ``<recipient>/<b>``, each a
versioned list (versions.py): a change rewrites one bucket, so its cost does not grow with the
person's notices. New notices go to the last bucket; when it is full, to the next one. Buckets
are found from their heads (``inbox_heads``, ``_id`` look-ups a few at a time).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.catalogue import category_of
from services.notifications.in_app.versions import (
    ROUNDS,
    Change,
    Entry,
    MarkedChange,
    Marks,
    R,
    Versioned,
)
from smartpick.mongo import Document, as_utc, find_by_ids

CAPACITY = 100
"""Notices per bucket: what one change rewrites at most."""
LOOKED_UP = 4
"""Bucket heads looked up at once."""
REMEMBERED = 50_000
"""People whose last bucket this process remembers (a hint, checked on use)."""
BUCKETS = "buckets"
"""The mark in bucket 1 counting a person's buckets: raised before a bucket is made, so a
change of bucket 1 that finds it at 1 knows, with no look-up, that there is no other."""
MORE: Literal["more"] = "more"


@dataclass(frozen=True)
class Layout:
    """What ``add_replacing`` needs of a person's index, read once before the notice is stored:
    whether it has buckets past the first, bucket 1's head if read (None: this process knows
    its newest version), and the marks kept in bucket 1 (a person's current notice of each
    kind, in_app/store.py)."""

    more: bool
    head: int | None
    marks: Marks


@dataclass(frozen=True)
class Current:
    """A notice to keep as bucket 1's mark of its ``kind`` (in_app/store.py), unless the mark
    there is newer news (``superseded``)."""

    kind: str
    mark: Entry
    superseded: Callable[[Entry | None], bool]


class InboxIndex:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._lists = Versioned(db)
        self._heads = db.inbox_heads
        self._last: dict[str, int] = {}

    async def entries(self, recipient: str) -> list[Entry]:
        """Every entry of ``recipient``'s index (each notice once)."""
        buckets = await self._buckets(recipient)
        return list({e["_id"]: e for _, entries in reversed(buckets) for e in entries}.values())

    async def add(self, recipient: str, *added: Entry) -> None:
        """Index ``added`` in the last bucket (the next ones as they fill), but those indexed
        there already."""
        pending = list(added)
        heads = {} if recipient in self._last else await self._heads_of(recipient)
        number = self._last.get(recipient) or len(heads) or 1
        for _ in range(ROUNDS):
            pending = await self._lists.change(_key(recipient, number), _filling(pending),
                                               None if recipient in self._last
                                               else heads.get(number, 0))
            if not pending:
                self._remember(recipient, number)
                return
            number += 1
            await self._lists.change_marked(_key(recipient, 1), _counting(number))
        raise RuntimeError(f"no bucket of {recipient}'s inbox index took its notices")

    async def layout(self, recipient: str) -> Layout:
        """``recipient``'s index as ``add_replacing`` needs it. Where this process wrote bucket
        1's newest version, nothing is read: its marks, and its count of buckets, come from
        that version."""
        head: int | None = None  # bucket 1's, if not remembered
        if self._last.get(recipient) == 1:  # a bucket is made only when the one before is full
            first = await self._lists.guess(_key(recipient, 1))
            if BUCKETS in first.marks:  # checked again in the change: a guess may be stale
                return Layout(first.marks[BUCKETS] > 1, None, first.marks)
            more = await self._heads.find_one({"_id": _key(recipient, 2)}) is not None
        else:
            heads = await self._heads_of(recipient)
            more, head = bool(set(heads) - {1}), heads.get(1, 0)
            first = await self._lists.guess(_key(recipient, 1), head)
        return Layout(more, head, first.marks)

    async def add_replacing(self, recipient: str, entry: Entry, replace: Change[list[str]],
                            layout: Layout, current: Current,
                            stored: bool = True) -> list[list[str]] | None:
        """Index ``entry``, apply ``replace`` to every bucket (a change that drops entries and
        names them: the notices the new one replaces) and keep ``current``'s mark in bucket 1;
        what ``replace`` dropped, per bucket. None, and nothing changed, when the mark there is
        newer news: checked in the change itself, so a mark never goes back. ``stored``: False
        for a notice stored before (its event handled again), which may be indexed already.

        Where the person has one bucket (nearly everyone: it holds ``CAPACITY``) all three go
        into one new version of it, read once or not at all: a list notice cost 21 commands on
        FerretDB with ``add`` then ``change_each``, 2 more for a pointer document of its own
        and 1 to look for a second bucket (benchmarks/RESULTS.md). No reader ever sees the new
        notice beside the ones it replaces."""
        kind, mark, superseded = current.kind, current.mark, current.superseded
        if not layout.more:
            def both(entries: list[Entry], marks: Marks) -> tuple[
                    tuple[list[Entry], Marks] | None,
                    tuple[list[str], list[Entry]] | Literal["more"] | None]:
                if superseded(marks.get(kind)):
                    return None, None
                if marks.get(BUCKETS, 1) > 1:  # made since the layout was read
                    return None, MORE
                kept, dropped = replace(entries)
                filled, left = _filling([entry])(entries if kept is None else kept)
                changed = kept if filled is None else filled
                if changed is None and marks.get(kind) == mark:
                    return None, (dropped, left)
                return (entries if changed is None else changed,
                        {**marks, kind: mark, BUCKETS: marks.get(BUCKETS, 1)}), (dropped, left)

            outcome = await self._lists.change_marked(_key(recipient, 1), both, layout.head)
            if outcome is None:
                return None
            if outcome != MORE:
                dropped, left = outcome
                if left:  # bucket 1 is full: the entry goes to the next one
                    await self.add(recipient, *left)
                else:
                    self._remember(recipient, 1)
                return [dropped]

        def marking(entries: list[Entry],
                    marks: Marks) -> tuple[tuple[list[Entry], Marks] | None, bool]:
            if superseded(marks.get(kind)):
                return None, True
            return (None if marks.get(kind) == mark else (entries, {**marks, kind: mark})), False

        # the mark first: after a crash, an older event handled again is refused
        if await self._lists.change_marked(_key(recipient, 1), marking, layout.head):
            return None
        if stored or all(e["_id"] != entry["_id"] for e in await self.entries(recipient)):
            await self.add(recipient, entry)
        return await self.change_each(recipient, replace)

    async def change_one(self, recipient: str, notification_id: str,
                         change: Change[R]) -> R | None:
        """``change`` on the bucket that holds ``notification_id``; None when none does."""
        for number, entries in await self._buckets(recipient):
            if any(entry["_id"] == notification_id for entry in entries):
                return await self._lists.change(_key(recipient, number), change)
        return None

    async def change_each(self, recipient: str, change: Change[R]) -> list[R]:
        """``change`` on every bucket; its result on each."""
        buckets = await self._buckets(recipient)
        return list(await asyncio.gather(*(self._lists.change(_key(recipient, number), change)
                                           for number, _ in buckets)))

    async def _buckets(self, recipient: str) -> list[tuple[int, list[Entry]]]:
        heads = await self._heads_of(recipient)
        versions = await asyncio.gather(*(self._lists.latest(_key(recipient, number), head)
                                          for number, head in heads.items()))
        return [(number, version.entries) for number, version in zip(heads, versions, strict=True)]

    async def _heads_of(self, recipient: str) -> dict[int, int]:
        """Each bucket's number and head version, in order."""
        heads: dict[int, int] = {}
        first = 1
        while True:
            found = await find_by_ids(self._heads, [_key(recipient, n)
                                                    for n in range(first, first + LOOKED_UP)])
            heads |= {int(h["_id"].rsplit("/", 1)[1]): int(h["version"]) for h in found}
            if first + LOOKED_UP - 1 not in heads:
                return dict(sorted(heads.items()))
            first += LOOKED_UP

    def _remember(self, recipient: str, number: int) -> None:
        if len(self._last) >= REMEMBERED:
            self._last.clear()
        self._last[recipient] = number


def _key(recipient: str, number: int) -> str:
    return f"{recipient}/{number}"


def _counting(buckets: int) -> MarkedChange[None]:
    """A change raising bucket 1's count of buckets to ``buckets``, if lower."""
    def change(entries: list[Entry], marks: Marks) -> tuple[tuple[list[Entry], Marks] | None,
                                                            None]:
        if marks.get(BUCKETS, 1) >= buckets:
            return None, None
        return (entries, {**marks, BUCKETS: buckets}), None
    return change


def _filling(pending: list[Entry]) -> Change[list[Entry]]:
    """A change adding what of ``pending`` a bucket has room for; what is left over."""
    def change(entries: list[Entry]) -> tuple[list[Entry] | None, list[Entry]]:
        known = {entry["_id"] for entry in entries}
        new = [entry for entry in pending if entry["_id"] not in known]
        room = max(CAPACITY - len(entries), 0)
        if not new or not room:
            return None, new
        return [*entries, *new[:room]], new[room:]
    return change


def entry_of(notice: Document) -> Entry:
    """A stored notice's entry; notices stored before inbox states have no ``seen``,
    ``archived``, ``snoozed_until`` or ``category``: not seen unless read, not archived, not
    snoozed, and the category of their kind. The kind is there for a notice that replaces the
    unread ones of its kind (NotificationsStore.add_current); entries indexed before it was
    have none."""
    read = bool(notice["read"])
    until = notice.get("snoozed_until")
    return {"_id": notice["_id"], "kind": notice["kind"],
            "created_at": as_utc(notice["created_at"]),
            "category": notice.get("category") or category_of(notice["kind"]), "read": read,
            "seen": bool(notice.get("seen", read)),
            "archived": bool(notice.get("archived", False)),
            "snoozed_until": as_utc(until) if until else None}

