"""Transactional outbox without transactions: the change and its events in one document write.

A service stages an event inside the very document it changes (one update or insert, atomic on
MongoDB and FerretDB alike). The relay publishes staged events and records each published event
id in a small ``outbox_published`` collection; a crash before that record means the event is
published again with the same CloudEvents id, which consumers deduplicate.

Only a document's writer removes its published entries (``Outbox.stage``, ``drop_published``),
in one exact ``$pullAll`` once it holds ``TRIM_AFTER`` of them; the relay never writes the
documents it publishes from, since on FerretDB a second writer of a document overwrites the
first (deploy/local/README.md, "FerretDB").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import BulkWriteError, DuplicateKeyError

from smartpick.events import Event
from smartpick.mongo import find_by_ids
from smartpick.publisher import envelope_for

if TYPE_CHECKING:
    from smartpick.relay import OutboxRelay

log = logging.getLogger(__name__)
FIELD = "_outbox"
STAGED_AT = "_outbox_at"  # when the document last staged an event: bounds the relay's sweeps
MARKERS = "outbox_published"
TRIM_AFTER = 20
LOOKBACK = timedelta(days=2)
"""How far back the relay's start-up sweep looks for staged events."""
MARKERS_KEPT = LOOKBACK + timedelta(days=1)
"""How long a published event's marker is kept (FerretDB has no TTL indexes). An entry staged
before that is judged without its marker: see ``pending_entries`` and ``all_published``."""


class Outbox:
    """Where a service's stores stage events; every write that stages one wakes the relay.

    Built once per process with the relay that publishes and handed to each store, so staging
    and waking are one call and no caller names a collection. ``relay=None`` where no relay runs
    (a command that publishes with one sweep of its own, ``OutboxRelay.publish_pending``).
    Bulk writes built with ``staged`` and ``staged_document`` wake nothing: their writers publish
    them with a sweep, since reading thousands of documents one by one costs FerretDB a scan each.
    """

    def __init__(self, source: str, relay: OutboxRelay | None) -> None:
        self.source = source
        self._relay = relay

    def entry(self, event: Event, event_id: str | None = None) -> dict[str, Any]:
        """One staged event, as stored in a document's outbox."""
        envelope = envelope_for(event, self.source, event_id)
        return {"topic": event.topic, "envelope": envelope.model_dump(mode="json")}

    def staged(self, update: dict[str, Any], event: Event,
               event_id: str | None = None) -> dict[str, Any]:
        """``update`` plus a ``$push`` of ``event`` into the document's outbox, for one write.

        A write that may be repeated (an event handler run twice) passes a deterministic
        ``event_id``, so the repeated event is recognised downstream as the same one.
        """
        return self._with(update, self.entry(event, event_id))

    def staged_document(self, document: dict[str, Any], event: Event,
                        *more: Event) -> dict[str, Any]:
        """A new ``document`` carrying its creation events, for one insert."""
        return {**document, FIELD: [self.entry(each) for each in (event, *more)],
                STAGED_AT: datetime.now(UTC)}

    async def insert(self, collection: AsyncCollection[dict[str, Any]], document: dict[str, Any],
                     event: Event, *more: Event) -> None:
        """Insert ``document`` with its creation events (``DuplicateKeyError`` if it exists)."""
        staged = self.staged_document(document, event, *more)
        await collection.insert_one(staged)
        self._wake(collection, document["_id"], staged[FIELD])

    async def stage(self, collection: AsyncCollection[dict[str, Any]], document_id: Any,
                    update: dict[str, Any], event: Event, event_id: str | None = None,
                    *, upsert: bool = False, where: dict[str, Any] | None = None,
                    drop_all_published: bool = False,
                    current: dict[str, Any] | None = None) -> bool:
        """Apply ``update`` to one document and stage ``event`` in the same write.

        False, and nothing written, when the document is absent (without ``upsert``) or does not
        meet the conditions ``where``. Then the writer drops what was published from the
        document's outbox (all of it with ``drop_all_published``: an erasure), reading the
        outbox back; FerretDB 1.24 refuses a projection in ``findAndModify``.

        A writer that read the document just before (its one writer, so nothing changed since)
        passes it as ``current``, with its outbox: nothing is read back, and published entries
        are dropped in this same write once the outbox is full (``TRIM_AFTER``).
        """
        entry = self.entry(event, event_id)
        if current is not None:
            held = current.get(FIELD, [])
            if len(held) + 1 >= TRIM_AFTER:
                sent = await published_ids(collection, held)
                kept = [*pending_entries(held, sent), entry]
                update = {**update, "$set": {**update.get("$set", {}), FIELD: kept,
                                             STAGED_AT: datetime.now(UTC)}}
            else:
                update = self._with(update, entry)
        else:
            update = self._with(update, entry)
        try:
            result = await collection.update_one({"_id": document_id, **(where or {})}, update,
                                                 upsert=upsert)
        except DuplicateKeyError:
            return False  # the upsert found the document, which does not meet ``where``
        if result.matched_count == 0 and result.upserted_id is None:
            return False
        self._wake(collection, document_id, [entry])
        if current is None:
            document = await collection.find_one({"_id": document_id}, {FIELD: 1})
            await drop_published(collection, [document] if document else [],
                                 at_least=1 if drop_all_published else TRIM_AFTER)
        return True

    @staticmethod
    def _with(update: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
        settings = {**update.get("$set", {}), STAGED_AT: datetime.now(UTC)}
        return {**update, "$set": settings, "$push": {FIELD: entry}}

    def _wake(self, collection: AsyncCollection[dict[str, Any]], document_id: Any,
              entries: list[dict[str, Any]]) -> None:
        if self._relay is not None:
            self._relay.notify(collection, document_id, entries)


async def drop_published(collection: AsyncCollection[dict[str, Any]],
                         documents: Sequence[dict[str, Any]], at_least: int = TRIM_AFTER) -> int:
    """Remove the published entries of those ``documents`` (as read with their outbox) that hold
    ``at_least`` entries; the number of documents changed.

    Only a document's writer calls this, after its own write: a remover racing the writer would,
    on FerretDB, write back an older copy of the document. ``$pullAll`` takes out exactly the
    entries read, so an entry staged meanwhile stays.
    """
    full = [document for document in documents if len(document.get(FIELD, [])) >= at_least]
    if not full:
        return 0
    held = [entry for document in full for entry in document[FIELD]]
    sent = await published_ids(collection, held)
    changed = 0
    for document in full:
        pending = {entry["envelope"]["id"] for entry in pending_entries(document[FIELD], sent)}
        published = [entry for entry in document[FIELD] if entry["envelope"]["id"] not in pending]
        if published:
            await collection.update_one({"_id": document["_id"]},
                                        {"$pullAll": {FIELD: published}})
            changed += 1
    return changed


def _staged_at(entry: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(entry["envelope"]["time"])


def pending_entries(entries: Sequence[dict[str, Any]], sent: set[str]) -> list[dict[str, Any]]:
    """The entries of one document still to publish: those without a marker, except an entry
    staged before the markers' horizon that a later entry of the document follows.

    Such an entry went out long ago and its marker was pruned, or it was left unsent by an outage
    that outlived the start-up sweep's lookback; either way the later entry supersedes it,
    because documents that stage several events stage snapshots of themselves. Without this
    rule the next write of a document re-sent every old entry it still held.
    """
    horizon = datetime.now(UTC) - MARKERS_KEPT
    last = len(entries) - 1
    return [entry for n, entry in enumerate(entries) if entry["envelope"]["id"] not in sent
            and (n == last or _staged_at(entry) >= horizon)]


async def published_ids(collection: AsyncCollection[dict[str, Any]],
                  entries: Sequence[dict[str, Any]]) -> set[str]:
    """The ids of those ``entries`` that have a marker."""
    ids = [entry["envelope"]["id"] for entry in entries]
    found = await find_by_ids(collection.database[MARKERS], ids, {"_id": 1})
    return {marker["_id"] for marker in found}


async def all_published(collection: AsyncCollection[dict[str, Any]], document_id: Any) -> bool:
    """Whether every event ``document_id`` staged has gone out: only then may it be deleted.

    An entry staged before the markers' horizon counts as out: its marker is pruned by then.
    """
    document = await collection.find_one({"_id": document_id}, {FIELD: 1})
    entries = (document or {}).get(FIELD, [])
    sent = await published_ids(collection, entries)
    horizon = datetime.now(UTC) - MARKERS_KEPT
    return all(entry["envelope"]["id"] in sent or _staged_at(entry) < horizon
               for entry in entries)


async def mark_published(collection: AsyncCollection[dict[str, Any]],
                entries: Sequence[dict[str, Any]]) -> None:
    """Record that ``entries`` were published (one bulk insert)."""
    if not entries:
        return
    now = datetime.now(UTC)
    try:
        await collection.database[MARKERS].insert_many(
            [{"_id": entry["envelope"]["id"], "at": now} for entry in entries], ordered=False)
    except BulkWriteError as error:
        if any(e.get("code") != 11000 for e in error.details.get("writeErrors", [])):
            raise  # only "another relay marked it first" is expected here
