"""The outbox relay: publishes the events stores staged in their documents (smartpick/outbox.py).

Writers hand it each entry they staged, which it publishes at once; a sweep finds whatever a
crash left staged through the pending list (smartpick/pending.py), reading documents only by
``_id``. Each published event gets a marker (``outbox_published``), so a later sweep does not
send it again, and then loses its pending entry; a crash before the marker means it is sent
again with the same id, which consumers recognise.

Its backlog (``backlog``), for Prometheus, is what it knows without a query: the entries handed
to it and not yet sent, and those its last sweep left on the pending list.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase

from smartpick import pending
from smartpick.events import CloudEvent
from smartpick.mongo import Document, as_utc, find_by_ids, insert_once
from smartpick.outbox import (
    FIELD,
    LOOKBACK,
    MARKERS,
    MARKERS_KEPT,
    STAGED_AT,
    mark_published,
    marked,
    pending_entries,
)
from smartpick.publisher import Publisher
from smartpick.recent import Recent

log = logging.getLogger(__name__)
REMEMBERED = 200_000
"""Published event ids a relay remembers (``OutboxRelay._sent``): a quarter of an hour of
events at 200 a second, some 30 MB."""
UPGRADES = "outbox_upgrades"
"""When a relay of this version first swept each collection
(``OutboxRelay.publish_left_by_earlier_versions``)."""
PRUNE_EVERY = 3600.0
"""Seconds between prunes of the markers: each is a scan of them on FerretDB."""
SWEEP_BATCH = 200


class OutboxRelay:
    """Publishes staged events, first of the documents it is told about, then by a sweep.

    Writers wake it through their ``Outbox`` with the entries they staged, so the relay reads
    nothing back; the sweep, at start-up and then every ``sweep_seconds``, publishes what the
    pending list still names (``publish_pending``). For ``lookback`` after this version first
    ran, the start-up sweep also scans for what earlier versions left staged.
    """

    def __init__(self, collections: Sequence[AsyncCollection[dict[str, Any]]],
                 publisher: Publisher, sweep_seconds: float = 30.0,
                 lookback: timedelta = LOOKBACK) -> None:
        self._collections = {collection.name: collection for collection in collections}
        self._publisher = publisher
        self._sweep_seconds = sweep_seconds
        self._lookback = lookback
        self._fresh: list[tuple[str, dict[str, Any]]] = []
        self._sending: list[tuple[str, dict[str, Any]]] = []
        self._left: dict[str, datetime] = {}
        """The pending entries (id: when noted) the last sweep could not settle, oldest first,
        less those published since as handed."""
        self._sent: Recent[str, None] = Recent(REMEMBERED)
        """Ids this relay published lately: an entry it was handed that a sweep published in
        the meantime is not sent again."""
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()

    def notify(self, collection: AsyncCollection[dict[str, Any]], document_id: Any,
               entries: Sequence[dict[str, Any]]) -> None:
        """Publish the ``entries`` just staged in ``document_id`` soon, as they are (nothing is
        read back: they were written and are not marked yet). A collection the relay does not
        sweep is a wiring mistake: refused at once rather than retried forever by ``run``."""
        if collection.name not in self._collections:
            raise ValueError(f"the outbox relay does not publish from {collection.name!r}")
        self._fresh.extend((collection.name, entry) for entry in entries)
        self._wake.set()

    def sent_of(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` this relay published lately: a writer drops them from its document
        without looking their markers up."""
        return {i for i in ids if i in self._sent}

    async def publish_notified(self) -> None:
        """Publish what writers handed it so far, once: for a command that runs no ``run``."""
        fresh, self._fresh = self._fresh, []
        await self._publish_fresh(fresh)

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    def backlog(self) -> tuple[int, datetime | None]:
        """How many staged events are unsettled as far as this relay knows, and when the oldest
        of them was staged (None: none). No query: a gauge reads it at each scrape."""
        handed = self._sending or self._fresh  # staging order: the oldest comes first
        times = [datetime.fromisoformat(handed[0][1]["envelope"]["time"])] if handed else []
        times += list(self._left.values())[:1]
        count = len(self._sending) + len(self._fresh) + len(self._left)
        return count, min(times, default=None)

    async def run(self) -> None:
        next_sweep, next_prune, upgraded = 0.0, 0.0, False
        loop = asyncio.get_running_loop()
        while True:
            self._wake.clear()
            fresh, self._fresh = self._fresh, []
            try:
                await self._publish_fresh(fresh)
                if loop.time() >= next_sweep:
                    if not upgraded:
                        await self.publish_left_by_earlier_versions()
                        upgraded = True
                    await self.publish_pending()
                    next_sweep = loop.time() + self._sweep_seconds
                if loop.time() >= next_prune:
                    await self._prune_markers()
                    next_prune = loop.time() + PRUNE_EVERY
            except Exception:
                log.exception("outbox relay pass failed; retrying at the next pass")
                self._fresh = fresh + self._fresh
                await asyncio.sleep(1.0)
            if self._stopping.is_set():
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(0.0, next_sweep - loop.time()))

    async def publish_pending(self) -> int:
        """Publish every unpublished event the pending list names, then forget what is settled.

        Reads the pending list (small: what is in flight or was left by a crash) and the
        documents it names by ``_id``, ``SWEEP_BATCH`` at a time; never a collection's scan.
        """
        published = 0
        left: dict[str, datetime] = {}
        for database, names in self._databases():
            listed = await pending.listed(database, names)
            for name in names:
                mine = [entry for entry in listed if entry["collection"] == name]
                for start in range(0, len(mine), SWEEP_BATCH):
                    published += await self._publish_listed(self._collections[name],
                                                            mine[start:start + SWEEP_BATCH], left)
        self._left = dict(sorted(left.items(), key=lambda item: item[1]))
        return published

    async def _publish_listed(self, collection: AsyncCollection[dict[str, Any]],
                              listed: Sequence[Document], left: dict[str, datetime]) -> int:
        ids = list({repr(entry["document"]): entry["document"] for entry in listed}.values())
        documents = await find_by_ids(collection, ids, {FIELD: 1})
        named = {entry["event"] for entry in listed}
        published = await self._publish_documents(collection, documents, only=named)
        # Everything those documents hold is out now (or superseded: ``pending_entries``).
        staged = {pending.event_id_of(entry) for doc in documents for entry in doc.get(FIELD, [])}
        elsewhere = [entry["event"] for entry in listed if entry["event"] not in staged]
        sent = ({i for i in elsewhere if i in self._sent}
                | await marked(collection, [i for i in elsewhere if i not in self._sent]))
        now = datetime.now(UTC)
        done = pending.settled(listed, staged, sent, now)
        await pending.forget(collection.database, done)
        settled = set(done)
        left.update((entry["_id"], as_utc(entry["at"])) for entry in listed
                    if entry["_id"] not in settled)
        return published

    async def publish_left_by_earlier_versions(self) -> int:
        """Publish what relays before the pending list left staged, which it does not name: for
        ``lookback`` after a collection's first sweep by this version, each start-up scans it
        for documents staged over the last ``lookback``, as those relays did at start-up. That
        also covers instances of the earlier version still running during a rolling upgrade."""
        now, published = datetime.now(UTC), 0
        for collection in self._collections.values():
            upgrades = collection.database[UPGRADES]
            await insert_once(upgrades, {"_id": collection.name, "at": now})
            first = await upgrades.find_one({"_id": collection.name})
            if first is not None and now - as_utc(first["at"]) < self._lookback:
                published += await self.publish_scanned(collection, now - self._lookback)
        return published

    async def publish_scanned(self, collection: AsyncCollection[dict[str, Any]],
                              since: datetime | None = None) -> int:
        """Publish the unpublished events of every document of ``collection`` (that staged one
        ``since``, by ``_outbox_at``, as versions before the pending list wrote it): a scan of
        the whole collection on FerretDB, for upgrades only."""
        query = {STAGED_AT: {"$gte": since}} if since else {f"{FIELD}.0": {"$exists": True}}
        published = 0
        batch: list[dict[str, Any]] = []
        async for document in collection.find(query, {FIELD: 1}):
            batch.append(document)
            if len(batch) == SWEEP_BATCH:
                published += await self._publish_documents(collection, batch)
                batch = []
        return published + await self._publish_documents(collection, batch)

    def _databases(self) -> list[tuple[AsyncDatabase[Document], list[str]]]:
        by_name: dict[str, tuple[AsyncDatabase[Document], list[str]]] = {}
        for name, collection in self._collections.items():
            by_name.setdefault(collection.database.name, (collection.database, []))[1].append(name)
        return list(by_name.values())

    async def _prune_markers(self) -> None:
        """Forget markers older than ``MARKERS_KEPT`` (FerretDB has no TTL indexes)."""
        horizon = datetime.now(UTC) - MARKERS_KEPT
        for database, _ in self._databases():
            await database[MARKERS].delete_many({"at": {"$lt": horizon}})

    async def _publish_fresh(self, fresh: list[tuple[str, dict[str, Any]]]) -> None:
        """Send entries just staged, in the order they were staged, and mark them sent."""
        self._sending = fresh
        try:
            await self._publish_handed(fresh)
        finally:
            self._sending = []

    async def _publish_handed(self, fresh: list[tuple[str, dict[str, Any]]]) -> None:
        unsent = [entry for _, entry in fresh if entry["envelope"]["id"] not in self._sent]
        await self._publisher.send_many(
            [(entry["topic"], CloudEvent.model_validate(entry["envelope"])) for entry in unsent])
        self._remember(unsent)
        # Every entry handed over is marked, also one a sweep sent: marking again changes nothing,
        # and an entry whose marking failed is marked when this pass is retried.
        by_collection: dict[str, list[dict[str, Any]]] = {}
        for name, entry in fresh:
            by_collection.setdefault(name, []).append(entry)
        for name, entries in by_collection.items():
            collection = self._collections[name]
            await mark_published(collection, entries)
            settled = [pending.pending_id(name, pending.event_id_of(entry)) for entry in entries]
            await pending.forget(collection.database, settled)
            for pending_id in settled:
                self._left.pop(pending_id, None)

    async def _publish_documents(self, collection: AsyncCollection[dict[str, Any]],
                                 documents: Sequence[dict[str, Any]],
                                 only: set[str] | None = None) -> int:
        """Send the unpublished events of ``documents`` (in order per document), mark them sent.

        With ``only`` (the events the pending list names), the others are taken as sent: a
        document's older entries lost their pending entry once out, and looking each one's
        marker up would make a sweep cost as much as its documents' outboxes are long.
        """
        entries = [entry for doc in documents for entry in doc.get(FIELD, [])]
        ids = {pending.event_id_of(entry) for entry in entries}
        candidates = ids if only is None else ids & only
        # What this relay sent lately needs no marker look-up: on a running instance that is
        # nearly every entry a sweep finds, and looking thousands of ids up cost FerretDB a scan
        # of the markers per batch (benchmarks/RESULTS.md, issue 13).
        known = (ids - candidates) | {i for i in candidates if i in self._sent}
        sent = known | await marked(collection, sorted(candidates - known))
        fresh = [entry for doc in documents for entry in pending_entries(doc.get(FIELD, []), sent)]
        if not fresh:
            return 0
        await self._publisher.send_many(
            [(entry["topic"], CloudEvent.model_validate(entry["envelope"])) for entry in fresh])
        self._remember(fresh)
        await mark_published(collection, fresh)
        return len(fresh)

    def _remember(self, entries: Sequence[dict[str, Any]]) -> None:
        for entry in entries:
            self._sent.put(entry["envelope"]["id"], None)
