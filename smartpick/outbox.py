"""Transactional outbox without transactions: the change and its events in one document write.

A service stages events inside the very document it changes (one ``update_one``, atomic on
MongoDB and FerretDB alike); the relay publishes each staged event and only then removes it. A
crash before publishing leaves the event staged for the next pass; a crash after publishing but
before removal publishes it again with the same CloudEvents id, which consumers deduplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any

from pymongo.asynchronous.collection import AsyncCollection

from smartpick.events import CloudEvent, Event
from smartpick.publisher import Publisher, envelope_for

log = logging.getLogger(__name__)
FIELD = "_outbox"


def staged(update: dict[str, Any], source: str, *events: Event) -> dict[str, Any]:
    """``update`` plus a ``$push`` of ``events`` into the document's outbox, for one write."""
    entries = [
        {"topic": event.topic, "envelope": envelope_for(event, source).model_dump(mode="json")}
        for event in events
    ]
    return {**update, "$push": {FIELD: {"$each": entries}}}


class OutboxRelay:
    """Publishes staged events of some collections, woken after each write and by a poll."""

    def __init__(self, collections: Sequence[AsyncCollection[dict[str, Any]]],
                 publisher: Publisher, poll_seconds: float = 1.0) -> None:
        self._collections = collections
        self._publisher = publisher
        self._poll_seconds = poll_seconds
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    async def run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                await self.publish_pending()
            except Exception:
                log.exception("outbox relay pass failed; retrying at the next pass")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._poll_seconds)

    async def publish_pending(self) -> int:
        """Publish every staged event, oldest first within each document; return how many."""
        published = 0
        for collection in self._collections:
            async for document in collection.find({f"{FIELD}.0": {"$exists": True}},
                                                  {FIELD: 1}):
                for entry in document[FIELD]:
                    envelope = CloudEvent.model_validate(entry["envelope"])
                    await self._publisher.send(entry["topic"], envelope)
                    # Pop the head only if it is still this event (FerretDB's $pull cannot
                    # match on a field of an array element; this works on both servers).
                    await collection.update_one(
                        {"_id": document["_id"], f"{FIELD}.0.envelope.id": envelope.id},
                        {"$pop": {FIELD: -1}})
                    published += 1
        return published
