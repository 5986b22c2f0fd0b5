"""Transactional outbox without transactions: the change and its events in one document write.

A service stages an event inside the very document it changes (one update or insert, atomic on
MongoDB and FerretDB alike), after noting it in the small ``outbox_pending`` collection
(smartpick/pending.py), which is what the relay's sweep reads. The relay publishes staged events,
records each published event id in a small ``outbox_published`` collection, then drops the
pending entry; a crash before that record means the event is published again with the same
CloudEvents id, which consumers deduplicate.

Only a document's writer removes its published entries (``Outbox.stage``, ``drop_published``),
in one exact ``$pullAll`` once it holds ``TRIM_AFTER`` of them; the relay never writes the
documents it publishes from, since on FerretDB a second writer of a document overwrites the
first (deploy/local/README.md, "FerretDB").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pymongo import InsertOne, ReturnDocument, UpdateOne
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import BulkWriteError, DuplicateKeyError

from smartpick import pending
from smartpick.events import Event
from smartpick.mongo import find_by_ids
from smartpick.publisher import envelope_for
from smartpick.shared_writes import DUPLICATE_KEY, SharedWrites

if TYPE_CHECKING:
    from smartpick.relay import OutboxRelay

log = logging.getLogger(__name__)
FIELD = "_outbox"
STAGED_AT = "_outbox_at"
"""When a document last staged an event, as versions before the pending list wrote it: only the
relay's upgrade sweep reads it (``OutboxRelay.publish_left_by_earlier_versions``)."""
MARKERS = "outbox_published"
TRIM_AFTER = 20
"""Entries a document holds before its writer looks up which of them were published."""
TRIM_KNOWN_AFTER = 4
"""Entries a document holds before a writer that did not read it drops those this process's
relay published (no look-up; a writer that read it drops them in its own write). Each entry is
a whole event; on FerretDB every read and write of the document decodes them all: 1 against 20
entries cost 0.9 against 5.5 ms to read, 1.6 against 8.0 ms to update (benchmarks/RESULTS.md,
issue 13)."""
LOOKBACK = timedelta(days=2)
"""How far back the relay's upgrade sweep looks for events earlier versions staged."""
MARKERS_KEPT = LOOKBACK + timedelta(days=1)
"""How long a published event's marker is kept (FerretDB has no TTL indexes). An entry staged
before that is judged without its marker: see ``pending_entries`` and ``all_published``."""


@dataclass(frozen=True)
class StagedWrite:
    """One write of a bulk write and the event it stages (``Outbox.insert_op``, ``update_op``)."""

    operation: InsertOne[dict[str, Any]] | UpdateOne
    document_id: Any
    entry: dict[str, Any]
    outbox: list[dict[str, Any]] | None = None
    """The document's outbox once this write is done, where the writer knew it (``current_op``):
    what it passes as ``current`` next time instead of reading the document again."""


BULK_STATEMENTS = 50
"""Writes per ``bulk_write`` command. Unpatched FerretDB 1.24 (SQLite) keeps a connection of its
pool of 100 per database for each update statement until the command ends, so an ``update`` of
101 statements, or concurrent ones adding up past 100, hang that database for good (measured
2026-11-30: a catalog import of 500 changed programs hung the profiles database). The FerretDB
that `make up` and the tests build is patched (deploy/local/ferretdb/update-statements.patch);
this cap keeps a FerretDB built without the patch safe from one writer's commands, and costs
MongoDB nothing that matters."""


class Outbox:
    """Where a service's stores stage events; every write that stages one wakes the relay.

    Built once per process with the relay that publishes and handed to each store, so staging
    and waking are one call and no caller names a collection. ``relay=None`` wakes nothing:
    what is staged then goes out with a sweep (``OutboxRelay.publish_pending``). Every write
    notes its event in the pending list first (smartpick/pending.py), so a sweep finds it; the
    notes of concurrent writes, and concurrent inserts into one collection, go in one bulk
    write each (smartpick/shared_writes.py).
    """

    def __init__(self, source: str, relay: OutboxRelay | None) -> None:
        self.source = source
        self._relay = relay
        self._writes: dict[tuple[int, str], SharedWrites] = {}
        """Each collection's inserts (``insert``), shared by concurrent callers."""

    def entry(self, event: Event, event_id: str | None = None) -> dict[str, Any]:
        """One staged event, as stored in a document's outbox."""
        envelope = envelope_for(event, self.source, event_id)
        return {"topic": event.topic, "envelope": envelope.model_dump(mode="json")}

    def insert_op(self, document: dict[str, Any], event: Event) -> StagedWrite:
        """The insert of a new ``document`` carrying its creation event, for ``bulk_write``."""
        entry = self.entry(event)
        return StagedWrite(InsertOne({**document, FIELD: [entry]}), document["_id"], entry)

    def update_op(self, document_id: Any, update: dict[str, Any], event: Event) -> StagedWrite:
        """``update`` of one document plus a ``$push`` of ``event``, for ``bulk_write``."""
        entry = self.entry(event)
        return StagedWrite(UpdateOne({"_id": document_id}, self._with(update, entry)),
                           document_id, entry)

    async def current_op(self, collection: AsyncCollection[dict[str, Any]], document_id: Any,
                         update: dict[str, Any], event: Event, event_id: str | None,
                         current: dict[str, Any], unchanged: str | None = None) -> StagedWrite:
        """An upsert of one document by its one writer, which read it (``current``, ``{}`` for
        none, with its outbox) just before: for ``bulk_write``, like ``stage`` with ``current``
        (published entries dropped in the same write once the outbox is full).

        ``unchanged`` names a field of ``current`` the write also requires to be as read: a
        fence against a writer that is no longer the document's one writer and does not know
        it (paused past its consumer session while the partition's next owner wrote). Such a
        write matches nothing and changes nothing; ``bulk_write`` leaves its entry to the sweep,
        which finds it was never written.
        """
        entry = self.entry(event, event_id)
        staged = await self._trimmed(collection, update, entry, current)
        after = staged["$set"][FIELD] if FIELD in staged.get("$set", {}) else [
            *current.get(FIELD, []), entry]
        if unchanged is not None and current.get(unchanged) is not None:
            fenced = {"_id": document_id, unchanged: current[unchanged]}
            return StagedWrite(UpdateOne(fenced, staged), document_id, entry, after)
        return StagedWrite(UpdateOne({"_id": document_id}, staged, upsert=True), document_id,
                           entry, after)

    async def bulk_write(self, collection: AsyncCollection[dict[str, Any]],
                         writes: Sequence[StagedWrite], batch: int = BULK_STATEMENTS) -> int:
        """Apply ``writes`` in order, ``batch`` at a time, each batch's events noted first; how
        many found their document (or inserted or upserted it).

        A batch that wrote every document wakes the relay with its entries; one that did not
        (an update whose document is gone, a fenced one) leaves them to the sweep, which reads
        what was written, and one that wrote nothing drops the pending entries it noted.
        """
        total = 0
        for start in range(0, len(writes), batch):
            part = writes[start:start + batch]
            noted = await pending.note(collection, [(w.document_id, w.entry) for w in part],
                                       datetime.now(UTC),
                                       self._shared(collection.database[pending.PENDING]))
            result = await collection.bulk_write([w.operation for w in part], ordered=True)
            written = result.inserted_count + result.matched_count + result.upserted_count
            total += written
            if written == len(part):
                for write in part:
                    self._wake(collection, write.document_id, [write.entry])
            elif written == 0:
                await pending.forget(collection.database, noted)
        return total

    async def insert(self, collection: AsyncCollection[dict[str, Any]], document: dict[str, Any],
                     event: Event, *more: Event) -> None:
        """Insert ``document`` with its creation events (``DuplicateKeyError`` if it exists)."""
        entries = [self.entry(each) for each in (event, *more)]
        noted = await pending.note(collection, [(document["_id"], entry) for entry in entries],
                                   datetime.now(UTC),
                                   self._shared(collection.database[pending.PENDING]))
        if not await self._shared(collection).insert({**document, FIELD: entries}):
            await pending.forget(collection.database, noted)
            raise DuplicateKeyError(f"E11000 duplicate key: {collection.name} has a document "
                                    "with a unique key of this one", DUPLICATE_KEY)
        self._wake(collection, document["_id"], entries)

    def _shared(self, collection: AsyncCollection[dict[str, Any]]) -> SharedWrites:
        key = (id(collection.database), collection.name)
        if key not in self._writes:
            self._writes[key] = SharedWrites(collection)
        return self._writes[key]

    async def stage(self, collection: AsyncCollection[dict[str, Any]], document_id: Any,
                    update: dict[str, Any], event: Event, event_id: str | None = None,
                    *, upsert: bool = False, where: dict[str, Any] | None = None,
                    drop_all_published: bool = False,
                    current: dict[str, Any] | None = None) -> bool:
        """Apply ``update`` to one document and stage ``event`` in the same write.

        A write that may be repeated (an event handler run twice) passes a deterministic
        ``event_id``, so the repeated event is recognised downstream as the same one.

        False, and nothing written, when the document is absent (without ``upsert``) or does not
        meet the conditions ``where``. Otherwise the write answers with the document
        (``findAndModify``: FerretDB 1.24 refuses a projection there, so all of it), and the
        writer then drops from its outbox what this process published once it holds
        ``TRIM_KNOWN_AFTER`` entries, and what any process published once it holds
        ``TRIM_AFTER`` (all of it with ``drop_all_published``: an erasure). Small outboxes keep
        every read and write of the document cheap on FerretDB.

        A writer that read the document just before (its one writer, so nothing changed since)
        passes it as ``current``, with its outbox: the published entries are dropped in this
        same write (``_trimmed``).
        """
        entry = self.entry(event, event_id)
        asked, update = update, await self._trimmed(collection, update, entry, current)
        noted = await pending.note(collection, [(document_id, entry)], datetime.now(UTC),
                                   self._shared(collection.database[pending.PENDING]))
        selected = {"_id": document_id, **(where or {})}
        try:
            if current is None:  # the write answers with the document: nothing is read back
                written = await collection.find_one_and_update(
                    selected, update, upsert=upsert, return_document=ReturnDocument.AFTER)
            else:
                result = await collection.update_one(selected, update, upsert=upsert)
                written = current if result.matched_count or result.upserted_id else None
        except DuplicateKeyError:
            await pending.forget(collection.database, noted)
            if upsert and where is None:
                # another upsert of this id inserted it first (FerretDB does not retry an
                # upsert that lost that race, as MongoDB does): the update applies to it now
                return await self.stage(collection, document_id, asked, event, event_id,
                                        drop_all_published=drop_all_published)
            # the upsert found the document, which does not meet ``where``
            return False
        if written is None:
            await pending.forget(collection.database, noted)
            return False
        self._wake(collection, document_id, [entry])
        if current is None:
            held = written.get(FIELD, [])
            await drop_published(collection, [written],
                                 at_least=1 if drop_all_published else TRIM_KNOWN_AFTER,
                                 known=self.known_sent(held),
                                 look_up=drop_all_published or len(held) >= TRIM_AFTER)
        return True

    async def _trimmed(self, collection: AsyncCollection[dict[str, Any]],
                       update: dict[str, Any], entry: dict[str, Any],
                       current: dict[str, Any] | None) -> dict[str, Any]:
        """``update`` staging ``entry``; with the document as just read (``current``), the
        entries this process published are dropped in the same write, and all published ones
        (looked up) once it holds ``TRIM_AFTER``. Dropping in the writer's own write costs
        nothing more, and the shorter outbox makes every later read and write of the document
        cheaper on FerretDB (benchmarks/RESULTS.md, issue 13)."""
        held = [] if current is None else current.get(FIELD, [])
        known = self.known_sent(held)
        if len(held) + 1 >= TRIM_AFTER:
            sent = known | await published_ids(
                collection, [e for e in held if e["envelope"]["id"] not in known])
        elif known:
            sent = known
        else:
            return self._with(update, entry)
        kept = [*pending_entries(held, sent), entry]
        return {**update, "$set": {**update.get("$set", {}), FIELD: kept}}

    @staticmethod
    def _with(update: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
        # An empty ``$set`` (an erasure's write) is an error on MongoDB: leave it out.
        kept = {operator: value for operator, value in update.items() if value}
        return {**kept, "$push": {FIELD: entry}}

    def known_sent(self, entries: Sequence[dict[str, Any]]) -> set[str]:
        """The ids of those ``entries`` this process's relay has published (no look-up)."""
        if self._relay is None:
            return set()
        return self._relay.sent_of([pending.event_id_of(entry) for entry in entries])

    def _wake(self, collection: AsyncCollection[dict[str, Any]], document_id: Any,
              entries: list[dict[str, Any]]) -> None:
        if self._relay is not None:
            self._relay.notify(collection, document_id, entries)


async def drop_published(collection: AsyncCollection[dict[str, Any]],
                         documents: Sequence[dict[str, Any]], at_least: int = TRIM_AFTER,
                         known: set[str] | None = None, look_up: bool = True) -> int:
    """Remove the published entries of those ``documents`` (as read with their outbox) that hold
    ``at_least`` entries; the number of documents changed. Entries whose ids are ``known`` to be
    published need no marker; the others' markers are looked up unless ``look_up`` is false.

    Only a document's writer calls this, after its own write: a remover racing the writer would,
    on FerretDB, write back an older copy of the document. ``$pullAll`` takes out exactly the
    entries read, so an entry staged meanwhile stays.
    """
    full = [document for document in documents if len(document.get(FIELD, [])) >= at_least]
    if not full:
        return 0
    held = [entry for document in full for entry in document[FIELD]]
    sent = set(known or ())
    if look_up:
        sent |= await published_ids(collection, [e for e in held
                                                 if pending.event_id_of(e) not in sent])
    changed = 0
    for document in full:
        unsent = {entry["envelope"]["id"] for entry in pending_entries(document[FIELD], sent)}
        published = [entry for entry in document[FIELD] if entry["envelope"]["id"] not in unsent]
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
    longer than that; either way the later entry supersedes it,
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
    return await marked(collection, [pending.event_id_of(entry) for entry in entries])


async def marked(collection: AsyncCollection[dict[str, Any]], ids: Sequence[str]) -> set[str]:
    """Those event ``ids`` that have a marker (each looked up by ``_id``)."""
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
