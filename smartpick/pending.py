"""The outbox's pending list: what the relay's sweep reads instead of scanning collections.

Each staged event gets a small entry in ``outbox_pending`` (``_id`` "<collection>|<event id>")
before the write that stages it, and loses it once the relay has published and marked it. A
crash therefore leaves either a pending entry or nothing staged, and the sweep reads this
collection (only what is in flight or was left by a crash) and the documents it names, by
``_id``: on FerretDB any other filter scans a whole collection (deploy/local/README.md).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase

from smartpick.mongo import IDS_PER_QUERY, Document, as_utc
from smartpick.shared_writes import SharedWrites

PENDING = "outbox_pending"
ABANDONED_AFTER = timedelta(hours=1)
"""A pending entry whose event its document does not hold, this long after it was written,
belongs to a write that never happened (its writer died, or the write was refused): it goes.
Younger, it may belong to a write still on its way, which the sweep must not race."""


def pending_id(collection_name: str, event_id: str) -> str:
    return f"{collection_name}|{event_id}"


def event_id_of(entry: dict[str, Any]) -> str:
    """The CloudEvents id of one staged outbox entry."""
    event_id: str = entry["envelope"]["id"]
    return event_id


async def note(collection: AsyncCollection[Document], staged: Sequence[tuple[Any, Document]],
               at: datetime, shared: SharedWrites) -> list[str]:
    """Record ``staged`` (document id, outbox entry) as pending, before the write that stages
    them; the ids this call inserted. An entry there already (the same event id staged again,
    by a handler run twice) is not this caller's to remove if its write fails. ``shared``: the
    pending list's writes, shared with concurrent callers: a batch's entries go in one insert,
    with those of other writes in flight."""
    entries = [{"_id": pending_id(collection.name, event_id_of(entry)),
                "collection": collection.name, "document": document_id,
                "event": event_id_of(entry), "at": at} for document_id, entry in staged]
    if len(entries) == 1:  # the common case, without a task of its own
        inserted = [await shared.insert(entries[0])]
    else:
        inserted = await asyncio.gather(*(shared.insert(entry) for entry in entries))
    return [entry["_id"] for entry, new in zip(entries, inserted, strict=True) if new]


async def forget(database: AsyncDatabase[Document], ids: Sequence[str]) -> None:
    """Remove pending entries, in one ``$in`` delete per ``IDS_PER_QUERY`` of them (an index
    hit, also on FerretDB: deploy/local/ferretdb/id-index.patch)."""
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = list(ids[start:start + IDS_PER_QUERY])
        await database[PENDING].delete_many({"_id": {"$in": chunk}})


async def listed(database: AsyncDatabase[Document], names: Iterable[str]) -> list[Document]:
    """The pending entries of those collections, oldest first (one scan of a small collection)."""
    found = await database[PENDING].find({"collection": {"$in": list(names)}}).to_list()
    return sorted(found, key=lambda entry: as_utc(entry["at"]))


def settled(entries: Sequence[Document], staged: set[str], sent: set[str],
            now: datetime) -> list[str]:
    """The ids of the pending ``entries`` with nothing left to do, once the relay published
    what their documents hold (``staged``: the event ids those documents hold; ``sent``: those
    of the others that were published): held or sent, or abandoned (``ABANDONED_AFTER``)."""
    horizon = now - ABANDONED_AFTER
    return [entry["_id"] for entry in entries
            if entry["event"] in staged or entry["event"] in sent
            or as_utc(entry["at"]) < horizon]
