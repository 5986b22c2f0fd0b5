"""The outbox relay: publishes the events stores staged in their documents (smartpick/outbox.py).

Writers hand it each entry they staged, which it publishes at once; a sweep finds whatever a
crash left staged. Each published event gets a marker (``outbox_published``), so a later sweep
does not send it again; a crash before the marker means it is sent again with the same id, which
consumers recognise.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.asynchronous.collection import AsyncCollection

from smartpick.events import CloudEvent
from smartpick.outbox import (
    FIELD,
    LOOKBACK,
    MARKERS,
    MARKERS_KEPT,
    STAGED_AT,
    mark_published,
    pending_entries,
    published_ids,
)
from smartpick.publisher import Publisher

log = logging.getLogger(__name__)
REMEMBERED = 200_000
"""Published event ids a relay remembers (``OutboxRelay._sent``): a quarter of an hour of
events at 200 a second, some 30 MB."""


class OutboxRelay:
    """Publishes staged events, first of the documents it is told about, then by a sweep.

    Writers wake it through their ``Outbox`` with the document they staged an event in, so the
    relay reads just that document by ``_id``; the sweep, at start-up (over ``lookback``) and
    then every ``sweep_seconds`` (over what changed since the last one), finds whatever a crash
    left staged.
    """

    def __init__(self, collections: Sequence[AsyncCollection[dict[str, Any]]],
                 publisher: Publisher, sweep_seconds: float = 30.0,
                 lookback: timedelta = LOOKBACK) -> None:
        self._collections = {collection.name: collection for collection in collections}
        self._publisher = publisher
        self._sweep_seconds = sweep_seconds
        self._lookback = lookback
        self._due: set[tuple[str, Any]] = set()
        self._fresh: list[tuple[str, dict[str, Any]]] = []
        self._sent: OrderedDict[str, None] = OrderedDict()
        """Ids this relay published lately: an entry it was handed that a sweep published in
        the meantime is not sent again."""
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()

    def notify(self, collection: AsyncCollection[dict[str, Any]], document_id: Any,
               entries: Sequence[dict[str, Any]] | None = None) -> None:
        """Publish ``document_id``'s staged events soon: the ``entries`` it was just given, as
        they are (nothing is read back: they were written and are not marked yet), or else
        whatever the document holds. A collection the relay does not sweep is a wiring mistake:
        refused at once rather than retried forever by ``run``."""
        if collection.name not in self._collections:
            raise ValueError(f"the outbox relay does not publish from {collection.name!r}")
        if entries is None:
            self._due.add((collection.name, document_id))
        else:
            self._fresh.extend((collection.name, entry) for entry in entries)
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    async def run(self) -> None:
        next_sweep, since = 0.0, datetime.now(UTC) - self._lookback
        loop = asyncio.get_running_loop()
        while True:
            self._wake.clear()
            due, self._due = self._due, set()
            fresh, self._fresh = self._fresh, []
            try:
                await self._publish_fresh(fresh)
                for name, document_id in sorted(due, key=repr):
                    collection = self._collections[name]
                    document = await collection.find_one({"_id": document_id}, {FIELD: 1})
                    await self._publish_documents(collection, [document] if document else [])
                if loop.time() >= next_sweep:
                    started = datetime.now(UTC)
                    await self.publish_pending(since)
                    await self._prune_markers()
                    # Overlap sweeps a little: a write's clock may lag the relay's.
                    since = started - timedelta(minutes=5)
                    next_sweep = loop.time() + self._sweep_seconds
            except Exception:
                log.exception("outbox relay pass failed; retrying at the next pass")
                self._due |= due
                self._fresh = fresh + self._fresh
                await asyncio.sleep(1.0)
            if self._stopping.is_set():
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(0.0, next_sweep - loop.time()))

    async def publish_pending(self, since: datetime | None = None) -> int:
        """Publish every unpublished staged event (of documents changed ``since``)."""
        published = 0
        for collection in self._collections.values():
            query = {STAGED_AT: {"$gte": since}} if since else {f"{FIELD}.0": {"$exists": True}}
            batch: list[dict[str, Any]] = []
            # One scan reads the documents with their outboxes; reading them one by one would
            # cost FerretDB a lookup each.
            async for document in collection.find(query, {FIELD: 1}):
                batch.append(document)
                if len(batch) == 200:
                    published += await self._publish_documents(collection, batch)
                    batch = []
            published += await self._publish_documents(collection, batch)
        return published

    async def _prune_markers(self) -> None:
        """Forget markers older than any sweep looks back (FerretDB has no TTL indexes)."""
        horizon = datetime.now(UTC) - MARKERS_KEPT
        for database in {c.database.name: c.database for c in self._collections.values()}.values():
            await database[MARKERS].delete_many({"at": {"$lt": horizon}})

    async def _publish_fresh(self, fresh: list[tuple[str, dict[str, Any]]]) -> None:
        """Send entries just staged, in the order they were staged, and mark them sent."""
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
            await mark_published(self._collections[name], entries)

    async def _publish_documents(self, collection: AsyncCollection[dict[str, Any]],
                                 documents: Sequence[dict[str, Any]]) -> int:
        """Send the unpublished events of ``documents`` (in order per document), mark them sent."""
        entries = [entry for doc in documents for entry in doc.get(FIELD, [])]
        if not entries:
            return 0
        # What this relay sent lately needs no marker look-up: on a running instance that is
        # nearly every entry a sweep finds, and looking thousands of ids up cost FerretDB a scan
        # of the markers per batch (benchmarks/RESULTS.md, issue 13).
        known = {entry["envelope"]["id"] for entry in entries} & self._sent.keys()
        unknown = [entry for entry in entries if entry["envelope"]["id"] not in known]
        sent = known | await published_ids(collection, unknown)
        fresh = [entry for doc in documents for entry in pending_entries(doc.get(FIELD, []), sent)]
        await self._publisher.send_many(
            [(entry["topic"], CloudEvent.model_validate(entry["envelope"])) for entry in fresh])
        self._remember(fresh)
        await mark_published(collection, fresh)
        return len(fresh)

    def _remember(self, entries: Sequence[dict[str, Any]]) -> None:
        for entry in entries:
            self._sent[entry["envelope"]["id"]] = None
        while len(self._sent) > REMEMBERED:
            self._sent.popitem(last=False)
