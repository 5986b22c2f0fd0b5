"""The outbox wakes its relay on every write that stages an event, and only then."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

import pytest
from pymongo.asynchronous.collection import AsyncCollection

from smartpick.outbox import FIELD, Outbox
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from tests.integration.harness import profile_event


@dataclass
class FakeCollection:
    """One collection in memory, answering the calls ``Outbox.stage`` makes."""

    name: str
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)

    async def update_one(self, query: dict[str, Any], update: dict[str, Any],
                         upsert: bool = False) -> SimpleNamespace:
        found = self.documents.get(query["_id"])
        if found is None and not upsert:
            return SimpleNamespace(matched_count=0, upserted_id=None)
        document = found or {"_id": query["_id"], FIELD: []}
        document.update(update["$set"])
        document[FIELD].append(update["$push"][FIELD])
        self.documents[query["_id"]] = document
        return SimpleNamespace(matched_count=int(found is not None),
                               upserted_id=None if found else query["_id"])

    async def find_one(self, query: dict[str, Any], projection: Any = None) -> Any:
        return self.documents.get(query["_id"])


class RecordingRelay(OutboxRelay):
    def __init__(self, collection: FakeCollection) -> None:
        super().__init__([cast(AsyncCollection[dict[str, Any]], collection)],
                         Publisher("127.0.0.1:1", "/tests"))
        self.woken: list[tuple[str, Any]] = []
        self.handed: list[dict[str, Any]] = []

    def notify(self, collection: AsyncCollection[dict[str, Any]], document_id: Any,
               entries: Sequence[dict[str, Any]] | None = None) -> None:
        super().notify(collection, document_id, entries)
        self.woken.append((collection.name, document_id))
        self.handed.extend(entries or [])


async def test_a_staged_write_wakes_the_relay_for_its_document() -> None:
    applicants = FakeCollection("applicants")
    relay = RecordingRelay(applicants)
    outbox = Outbox("/tests", relay)
    written = await outbox.stage(cast(AsyncCollection[dict[str, Any]], applicants), "a-1",
                                 {"$set": {"step2": 240}}, profile_event("a-1"), upsert=True)
    assert written and relay.woken == [("applicants", "a-1")]
    # the relay is handed the entry just written: it need not read the document back
    assert relay.handed == applicants.documents["a-1"][FIELD]


async def test_a_write_that_stored_nothing_wakes_nobody() -> None:
    applicants = FakeCollection("applicants")
    relay = RecordingRelay(applicants)
    written = await Outbox("/tests", relay).stage(
        cast(AsyncCollection[dict[str, Any]], applicants), "a-1", {"$set": {"step2": 240}},
        profile_event("a-1"))
    assert not written and relay.woken == []


async def test_waking_the_relay_for_a_collection_it_does_not_sweep_is_refused() -> None:
    relay = OutboxRelay([], Publisher("127.0.0.1:1", "/tests"))
    with pytest.raises(ValueError, match="applicants"):
        relay.notify(cast(AsyncCollection[dict[str, Any]], FakeCollection("applicants")), "a-1")
