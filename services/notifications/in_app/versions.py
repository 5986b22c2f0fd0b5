"""Lists kept as versioned documents, each change the unique insert of the next version: a
compare-and-swap on FerretDB, where only unique inserts are atomic.

A list has many writers (for an inbox: the consumers adding notices from several partitions,
the person's own requests), so it is never updated in place: each change inserts the next
version, ``<key>#<n>``. Of two writers of the same version the second gets a duplicate key,
reads the winner's and applies its change again. ``inbox_heads`` keeps a recent version number
per list (written every ``HEAD_EVERY`` versions); readers look a few versions ahead of it, so a
head written late or lost costs a look-up, never an entry.

A version is deleted only once it is ``SUPERSEDED_FOR`` old, by a later writer (each version
lists the ones still kept), and a writer inserts only within ``WRITE_WITHIN`` of reading: were
version n deleted while a slow writer still held n - 1, that writer's insert of n would succeed
on stale entries and its change be lost.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from pymongo.asynchronous.database import AsyncDatabase

from smartpick.mongo import Document, as_utc, find_by_ids
from smartpick.recent import Recent
from smartpick.shared_writes import SharedWrites

AHEAD = 4
"""Versions looked up at once from the head: a head this far behind costs one more round."""
ROUNDS = 50
"""Rounds of look-ups, or of lost races, after which something else is wrong."""
HEAD_EVERY = AHEAD - 2
"""Versions between writes of the head: its lag stays under what one round looks at."""
WRITE_WITHIN = 60.0
"""Seconds from reading a version to inserting the next; later, the writer reads again."""
SUPERSEDED_FOR = timedelta(minutes=5)
"""How old a version is before a later writer deletes it: well beyond ``WRITE_WITHIN``."""
REMEMBERED = 50_000
"""Newest versions this process remembers (a hint: it skips reading the head)."""
WRITTEN_KEPT = 10_000
"""Lists whose version this process last wrote it keeps whole, to change it next without
reading it back (``guess``)..."""
WRITTEN_UP_TO = 20
"""...when that version has at most this many entries (a person's inbox bucket, nearly always):
the memory stays under about ``WRITTEN_KEPT`` x ``WRITTEN_UP_TO`` entries."""

R = TypeVar("R")
Entry = Document
"""One notice in an index: ``_id``, ``kind``, ``created_at``, ``category``, ``read``, ``seen``,
``archived``, ``snoozed_until`` (in_app/inbox.py reads it as a ``Notice``)."""
Change = Callable[[list[Entry]], tuple[list[Entry] | None, R]]
"""Entries → new entries (None: no change) and a result; pure, it may run more than once."""
Marks = dict[str, Any]
"""What a list's writers note beside its entries, carried from each version to the next (an
inbox's current notice of each kind: in_app/store.py)."""
MarkedChange = Callable[[list[Entry], Marks], tuple[tuple[list[Entry], Marks] | None, R]]
"""A ``Change`` that reads and may also change the marks: (entries, marks) → both new (None: no
change) and a result."""


@dataclass(frozen=True)
class Version:
    number: int
    """0 while the list has no version yet."""
    entries: list[Entry]
    kept: list[tuple[int, datetime]] = field(default_factory=list)
    """The versions not deleted yet, with when each was written, this one included."""
    marks: Marks = field(default_factory=dict)
    """What the list's writers noted beside its entries, as of this version."""


class Versioned:
    """Lists of entries, each changed by inserting its next version (the module's doc)."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._versions = db.inbox_versions
        self._inserts = SharedWrites(db.inbox_versions)
        """Versions inserted by concurrent changes of different lists, together."""
        self._heads = db.inbox_heads
        self._head_writes = SharedWrites(db.inbox_heads)
        self._newest: dict[str, int] = {}
        self._written: Recent[str, tuple[Version, datetime]] = Recent(WRITTEN_KEPT)
        """Versions this process inserted, with when: a version never changes once inserted."""

    async def latest(self, key: str, head: int | None = None) -> Version:
        """The newest version of list ``key`` (``head``: its head, if read already): one or
        two reads by ``_id``."""
        start = max(self._newest.get(key, 0), head or 0) if key in self._newest \
            or head is not None else None
        if start is None:
            found_head = await self._heads.find_one({"_id": key})
            start = 0 if found_head is None else int(found_head["version"])
        base = max(start, 1)
        for _ in range(ROUNDS):
            found = await find_by_ids(self._versions,
                                      [_key(key, n) for n in range(base, base + AHEAD)])
            if not found and start == 0:
                return Version(0, [])
            if found:
                newest = max(found, key=lambda version: int(version["version"]))
                if newest["version"] < base + AHEAD - 1:  # the one after it is not there
                    self._remember(key, int(newest["version"]))
                    return _version(newest)
                base = int(newest["version"])
            else:  # the head is further behind than AHEAD versions
                base += AHEAD
        raise RuntimeError(f"list {key} has no newest version in sight")

    async def change(self, key: str, change: Change[R], head: int | None = None) -> R:
        """Apply ``change`` (entries → new entries, or None for no change; and its result) to
        the newest version, as the next version; again on the newer one if another writer got
        there first. ``change`` must be pure: it may run more than once. ``head``: the list's
        head if read already (0: it has none). The marks go on unchanged."""
        def keeping_marks(entries: list[Entry],
                          marks: Marks) -> tuple[tuple[list[Entry], Marks] | None, R]:
            changed, result = change(entries)
            return (None if changed is None else (changed, marks)), result

        return await self.change_marked(key, keeping_marks, head)

    async def change_marked(self, key: str, change: MarkedChange[R],
                            head: int | None = None) -> R:
        """``change``, for a change of the entries, the marks or both."""
        guess = True
        for _ in range(ROUNDS):
            began = time.monotonic()
            current = await (self.guess(key, head) if guess else self.latest(key))
            guess = False
            changed, result = change(current.entries, current.marks)
            if changed is None:
                return result
            entries, marks = changed
            if time.monotonic() - began > WRITE_WITHIN:
                continue
            number, now = current.number + 1, datetime.now(UTC)
            old = [n for n, at in current.kept if at < now - SUPERSEDED_FOR]
            kept = [(n, at) for n, at in [*current.kept, (number, now)] if n not in old]
            if await self._inserts.insert({"_id": _key(key, number), "version": number,
                                           "entries": entries,
                                           "kept": [{"version": n, "at": at} for n, at in kept],
                                           "at": now, **({"marks": marks} if marks else {})}):
                self._remember(key, number)
                if len(entries) <= WRITTEN_UP_TO:
                    self._written.put(key, (Version(number, entries, kept, marks), now))
                # the head every few versions: a reader then finds the newest in one round
                heads = [self._head_writes.replace({"_id": key, "version": number})] \
                    if number % HEAD_EVERY == 1 else []
                await asyncio.gather(*heads, self._forget(key, old))
                return result
        raise RuntimeError(f"list {key} kept changing under this writer")

    async def guess(self, key: str, head: int | None = None) -> Version:
        """The version this process last saw, or the head's, read by one look-up (none when this
        process wrote it: versions never change): a writer tries the next on it, and reads the
        newest only if that insert finds it taken. A reader may take it as the newest where it
        checks again in its change (in_app/store.py's current notices). A guess older than half
        of ``SUPERSEDED_FOR`` is not trusted: the one after it could be deleted before this
        writer's insert, which would then succeed on stale entries."""
        number = self._newest.get(key, head)
        if number is None:
            return await self.latest(key)
        if number == 0:
            return Version(0, [])
        written = self._written.get(key)
        if written is not None and written[0].number == number \
                and written[1] >= datetime.now(UTC) - SUPERSEDED_FOR / 2:
            return written[0]
        found = await self._versions.find_one({"_id": _key(key, number)})
        if found is None or as_utc(found["at"]) < datetime.now(UTC) - SUPERSEDED_FOR / 2:
            return await self.latest(key)
        return _version(found)

    async def _forget(self, key: str, numbers: list[int]) -> None:
        """Delete superseded versions oldest first, so a version is never missing while an
        older one is still there to be read as the newest."""
        for number in sorted(numbers):
            await self._versions.delete_one({"_id": _key(key, number)})

    def _remember(self, key: str, number: int) -> None:
        if len(self._newest) >= REMEMBERED:
            self._newest.clear()
        self._newest[key] = max(number, self._newest.get(key, 0))


def _version(document: Document) -> Version:
    return Version(int(document["version"]), list(document["entries"]),
                   [(int(k["version"]), as_utc(k["at"])) for k in document.get("kept", [])],
                   dict(document.get("marks") or {}))


def _key(key: str, number: int) -> str:
    return f"{key}#{number}"


