"""Each person's inbox index: the id and state of each of their notices in one document, read
by ``_id``, so a page, its total and the badges need no query on ``recipient`` (on FerretDB a
scan of everyone's notices, seconds at ten thousand people).

A person's index has many writers (the consumers adding their notices, their own requests
changing states) and FerretDB makes only unique inserts atomic, so the index is never updated in
place: each change inserts the next version, ``<recipient>#<n>``. Of two writers of the same
version the second gets a duplicate key, reads the winner's and applies its change again (a
compare-and-swap). ``inbox_heads`` keeps a recent version number per person; readers look a few
versions ahead of it, so a head written late or lost costs a look-up, never a notice.

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
from typing import TypeVar

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.catalogue import category_of
from smartpick.mongo import Document, as_utc, find_by_ids, insert_once

AHEAD = 4
"""Versions looked up at once from the head: a head this far behind costs one more round."""
ROUNDS = 50
"""Rounds of look-ups, or of lost races, after which something else is wrong."""
WRITE_WITHIN = 60.0
"""Seconds from reading a version to inserting the next; later, the writer reads again."""
SUPERSEDED_FOR = timedelta(minutes=5)
"""How old a version is before a later writer deletes it: well beyond ``WRITE_WITHIN``."""
REMEMBERED = 50_000
"""Newest versions this process remembers (a hint: it skips reading the head)."""

R = TypeVar("R")
Entry = Document
"""One notice in an index: ``_id``, ``created_at``, ``category``, ``read``, ``seen``,
``archived``, ``snoozed_until`` (in_app/inbox.py reads it as a ``Notice``)."""


@dataclass(frozen=True)
class Version:
    number: int
    """0 while the person has no index (no notice ever)."""
    entries: list[Entry]
    kept: list[tuple[int, datetime]] = field(default_factory=list)
    """The versions not deleted yet, with when each was written, this one included."""


class InboxIndex:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._versions = db.inbox_versions
        self._heads = db.inbox_heads
        self._newest: dict[str, int] = {}

    async def latest(self, recipient: str) -> Version:
        """The newest version of ``recipient``'s index: one or two reads by ``_id``."""
        start = self._newest.get(recipient)
        if start is None:
            head = await self._heads.find_one({"_id": recipient})
            start = 0 if head is None else int(head["version"])
        base = max(start, 1)
        for _ in range(ROUNDS):
            found = await find_by_ids(self._versions,
                                      [_key(recipient, n) for n in range(base, base + AHEAD)])
            if not found and start == 0:
                return Version(0, [])
            if found:
                newest = max(found, key=lambda version: int(version["version"]))
                if newest["version"] < base + AHEAD - 1:  # the one after it is not there
                    self._remember(recipient, int(newest["version"]))
                    return Version(int(newest["version"]), list(newest["entries"]),
                                   [(int(k["version"]), as_utc(k["at"]))
                                    for k in newest.get("kept", [])])
                base = int(newest["version"])
            else:  # the head is further behind than AHEAD versions
                base += AHEAD
        raise RuntimeError(f"the inbox index of {recipient} has no newest version in sight")

    async def change(self, recipient: str,
                        change: Callable[[list[Entry]], tuple[list[Entry] | None, R]]) -> R:
        """Apply ``change`` (entries → new entries, or None for no change; and its result) to
        the newest version, as the next version; again on the newer one if another writer got
        there first. ``change`` must be pure: it may run more than once."""
        for _ in range(ROUNDS):
            began = time.monotonic()
            current = await self.latest(recipient)
            entries, result = change(current.entries)
            if entries is None:
                return result
            if time.monotonic() - began > WRITE_WITHIN:
                continue
            number, now = current.number + 1, datetime.now(UTC)
            old = [n for n, at in current.kept if at < now - SUPERSEDED_FOR]
            kept = [{"version": n, "at": at} for n, at in [*current.kept, (number, now)]
                    if n not in old]
            if await insert_once(self._versions, {"_id": _key(recipient, number),
                                                  "version": number, "entries": entries,
                                                  "kept": kept, "at": now}):
                self._remember(recipient, number)
                await asyncio.gather(
                    self._heads.replace_one({"_id": recipient}, {"version": number}, upsert=True),
                    *(self._versions.delete_one({"_id": _key(recipient, n)}) for n in old))
                return result
        raise RuntimeError(f"the inbox index of {recipient} kept changing under this writer")

    def _remember(self, recipient: str, number: int) -> None:
        if len(self._newest) >= REMEMBERED:
            self._newest.clear()
        self._newest[recipient] = max(number, self._newest.get(recipient, 0))


def _key(recipient: str, number: int) -> str:
    return f"{recipient}#{number}"


def entry_of(notice: Document) -> Entry:
    """A stored notice's entry; notices stored before inbox states have no ``seen``,
    ``archived``, ``snoozed_until`` or ``category``: not seen unless read, not archived, not
    snoozed, and the category of their kind."""
    read = bool(notice["read"])
    until = notice.get("snoozed_until")
    return {"_id": notice["_id"], "created_at": as_utc(notice["created_at"]),
            "category": notice.get("category") or category_of(notice["kind"]), "read": read,
            "seen": bool(notice.get("seen", read)),
            "archived": bool(notice.get("archived", False)),
            "snoozed_until": as_utc(until) if until else None}


def with_entries(*added: Entry) -> Callable[[list[Entry]], tuple[list[Entry] | None, None]]:
    """A change adding the entries not indexed yet (those that are keep their state)."""
    def change(entries: list[Entry]) -> tuple[list[Entry] | None, None]:
        known = {entry["_id"] for entry in entries}
        new = [entry for entry in added if entry["_id"] not in known]
        return ([*entries, *new] if new else None), None
    return change
