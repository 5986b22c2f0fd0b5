"""The outbox notes each event as pending before staging it, and wakes its relay only when it
wrote; the relay's sweep reads the pending list and documents by ``_id``, never a scan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

import pytest
from pymongo import DeleteOne, InsertOne
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.errors import BulkWriteError, DuplicateKeyError

from smartpick import pending
from smartpick.events import CloudEvent
from smartpick.outbox import FIELD, MARKERS, TRIM_KNOWN_AFTER, Outbox
from smartpick.pending import ABANDONED_AFTER, PENDING, pending_id, settled
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from smartpick.shared_writes import SharedWrites
from tests.integration.harness import profile_event

Collection = AsyncCollection[dict[str, Any]]


@dataclass
class FakeDatabase:
    """Collections in memory and one log of the writes made to any of them, in order."""

    name: str = "tests"
    collections: dict[str, FakeCollection] = field(default_factory=dict)
    log: list[tuple[str, str]] = field(default_factory=list)

    def __getitem__(self, name: str) -> FakeCollection:
        return self.collections.setdefault(name, FakeCollection(name, self))


@dataclass
class FakeCollection:
    """One collection, answering the calls the outbox and the relay make, by ``_id`` only:
    ``find`` is refused but on the pending list, so a sweep that scans fails."""

    name: str
    database: FakeDatabase
    documents: dict[Any, dict[str, Any]] = field(default_factory=dict)

    async def insert_one(self, document: dict[str, Any]) -> None:
        if document["_id"] in self.documents:
            raise DuplicateKeyError("duplicate")
        self.database.log.append((self.name, "insert"))
        self.documents[document["_id"]] = dict(document)

    async def insert_many(self, documents: list[dict[str, Any]], ordered: bool = True) -> None:
        errors = []
        for n, document in enumerate(documents):
            try:
                await self.insert_one(document)
            except DuplicateKeyError:
                errors.append({"index": n, "code": 11000})
        if errors:
            raise BulkWriteError({"writeErrors": errors})

    async def update_one(self, query: dict[str, Any], update: dict[str, Any],
                         upsert: bool = False) -> SimpleNamespace:
        found = self.documents.get(query["_id"])
        if found is None and not upsert:
            return SimpleNamespace(matched_count=0, upserted_id=None)
        self.database.log.append((self.name, "update"))
        document = found or {"_id": query["_id"], FIELD: []}
        document.update(update.get("$set", {}))
        if "$push" in update:
            document[FIELD].append(update["$push"][FIELD])
        if "$pullAll" in update:
            document[FIELD] = [e for e in document[FIELD] if e not in update["$pullAll"][FIELD]]
        self.documents[query["_id"]] = document
        return SimpleNamespace(matched_count=int(found is not None),
                               upserted_id=None if found else query["_id"])

    async def find_one_and_update(self, query: dict[str, Any], update: dict[str, Any],
                                  upsert: bool = False, return_document: Any = None) -> Any:
        result = await self.update_one(query, update, upsert)
        return self.documents[query["_id"]] if result.matched_count or result.upserted_id \
            else None

    async def bulk_write(self, operations: Sequence[Any], ordered: bool = True) -> Any:
        inserted = matched = 0
        for operation in operations:
            if isinstance(operation, DeleteOne):
                self.database.log.append((self.name, "delete"))
                self.documents.pop(operation._filter["_id"], None)
            elif isinstance(operation, InsertOne):
                await self.insert_one(operation._doc)
                inserted += 1
            else:
                result = await self.update_one(operation._filter, operation._doc)
                matched += result.matched_count
        return SimpleNamespace(inserted_count=inserted, matched_count=matched, upserted_count=0)

    async def delete_many(self, query: dict[str, Any]) -> None:
        if set(query) == {"_id"}:  # a list of ids: an index hit
            for document_id in query["_id"]["$in"]:
                self.database.log.append((self.name, "delete"))
                self.documents.pop(document_id, None)
            return
        assert self.name == MARKERS  # their prune, a scan, is hourly

    async def find_one(self, query: dict[str, Any], projection: Any = None) -> Any:
        self.database.log.append((self.name, "read"))
        return self.documents.get(query["_id"])

    def find(self, query: dict[str, Any], projection: Any = None) -> SimpleNamespace:
        if set(query) == {"_id"}:  # a list of ids: each looked up in the index
            ids = query["_id"]["$in"]
            self.database.log.extend((self.name, "read") for _ in ids)

            async def by_ids() -> list[dict[str, Any]]:
                return [self.documents[i] for i in ids if i in self.documents]

            return SimpleNamespace(to_list=by_ids)
        assert self.name == PENDING, f"a scan of {self.name}"
        names = query["collection"]["$in"]

        async def to_list() -> list[dict[str, Any]]:
            return [d for d in self.documents.values() if d["collection"] in names]

        return SimpleNamespace(to_list=to_list)


class RecordingPublisher(Publisher):
    def __init__(self) -> None:
        super().__init__("127.0.0.1:1", "/tests")
        self.sent: list[str] = []

    async def send_many(self, events: list[tuple[str, CloudEvent]]) -> None:
        self.sent += [envelope.id for _, envelope in events]


class RecordingRelay(OutboxRelay):
    def __init__(self, collection: FakeCollection) -> None:
        # No upgrade sweep (``lookback`` 0): it scans, which these fakes refuse.
        super().__init__([cast(Collection, collection)], RecordingPublisher(),
                         lookback=timedelta(0))
        self.woken: list[tuple[str, Any]] = []
        self.handed: list[dict[str, Any]] = []

    def notify(self, collection: Collection, document_id: Any,
               entries: Sequence[dict[str, Any]]) -> None:
        super().notify(collection, document_id, entries)
        self.woken.append((collection.name, document_id))
        self.handed.extend(entries)


def applicants() -> FakeCollection:
    return FakeDatabase()["applicants"]


async def test_a_staged_write_notes_its_event_as_pending_then_wakes_the_relay() -> None:
    collection = applicants()
    relay = RecordingRelay(collection)
    written = await Outbox("/tests", relay).stage(cast(Collection, collection), "a-1",
                                                  {"$set": {"step2": 240}}, profile_event("a-1"),
                                                  upsert=True)
    assert written and relay.woken == [("applicants", "a-1")]
    # the relay is handed the entry just written: it need not read the document back
    [entry] = collection.documents["a-1"][FIELD]
    assert relay.handed == [entry]
    # noted before the document's write, so a crash in between leaves a pending entry
    assert collection.database.log[:2] == [(PENDING, "insert"), ("applicants", "update")]
    [noted] = collection.database[PENDING].documents.values()
    assert noted["_id"] == pending_id("applicants", entry["envelope"]["id"])
    assert (noted["collection"], noted["document"]) == ("applicants", "a-1")


async def test_a_write_that_stored_nothing_wakes_nobody_and_leaves_nothing_pending() -> None:
    collection = applicants()
    relay = RecordingRelay(collection)
    written = await Outbox("/tests", relay).stage(
        cast(Collection, collection), "a-1", {"$set": {"step2": 240}}, profile_event("a-1"))
    assert not written and relay.woken == []
    assert collection.database[PENDING].documents == {}


async def test_a_repeated_event_refused_keeps_the_first_attempts_pending_entry() -> None:
    """A handler run twice stages the same event id: the first run's pending entry covers what
    it staged, so the second run, refused, must not remove it."""
    collection = applicants()
    outbox = Outbox("/tests", relay=None)
    await outbox.stage(cast(Collection, collection), "a-1", {"$set": {"n": 1}},
                       profile_event("a-1"), "event-1", upsert=True)
    refused = await outbox.stage(cast(Collection, collection), "a-2", {"$set": {"n": 1}},
                                 profile_event("a-2"), "event-1")
    assert not refused
    assert list(collection.database[PENDING].documents) == [pending_id("applicants", "event-1")]


async def test_an_insert_of_an_existing_document_leaves_nothing_pending() -> None:
    collection = applicants()
    outbox = Outbox("/tests", relay=None)
    await outbox.insert(cast(Collection, collection), {"_id": "a-1"}, profile_event("a-1"))
    with pytest.raises(DuplicateKeyError):
        await outbox.insert(cast(Collection, collection), {"_id": "a-1"}, profile_event("a-1"))
    assert len(collection.database[PENDING].documents) == 1  # the first insert's, still unsent


async def test_a_bulk_write_notes_every_event_first_and_wakes_the_relay_if_all_were_written(
) -> None:
    collection = applicants()
    relay = RecordingRelay(collection)
    outbox = Outbox("/tests", relay)
    await outbox.bulk_write(cast(Collection, collection), [
        outbox.insert_op({"_id": "a-1"}, profile_event("a-1")),
        outbox.insert_op({"_id": "a-2"}, profile_event("a-2"))])
    assert collection.database.log[:3] == [(PENDING, "insert"), (PENDING, "insert"),
                                           ("applicants", "insert")]
    assert relay.woken == [("applicants", "a-1"), ("applicants", "a-2")]
    await outbox.bulk_write(cast(Collection, collection), [
        outbox.update_op("a-1", {"$set": {"n": 1}}, profile_event("a-1")),
        outbox.update_op("gone", {"$set": {"n": 1}}, profile_event("gone"))])
    assert len(relay.woken) == 2  # one update found no document: the sweep reads what was written
    assert len(collection.database[PENDING].documents) == 4


async def test_the_fresh_path_marks_then_forgets_the_pending_entry() -> None:
    collection = applicants()
    relay = RecordingRelay(collection)
    await Outbox("/tests", relay).stage(cast(Collection, collection), "a-1", {"$set": {"n": 1}},
                                        profile_event("a-1"), upsert=True)
    collection.database.log.clear()
    relay.stop()
    await relay.run()  # one pass: the handed entry, then a sweep that finds nothing pending
    assert collection.database.log[:2] == [(MARKERS, "insert"), (PENDING, "delete")]
    assert collection.database[PENDING].documents == {}
    assert cast(RecordingPublisher, relay._publisher).sent == [
        collection.documents["a-1"][FIELD][0]["envelope"]["id"]]


async def test_a_sweep_publishes_what_is_pending_once_and_keeps_writes_in_flight() -> None:
    collection = applicants()
    outbox = Outbox("/tests", relay=None)  # as if the writer died before its relay's pass
    await outbox.stage(cast(Collection, collection), "a-1", {"$set": {"n": 1}},
                       profile_event("a-1"), upsert=True)
    now = datetime.now(UTC)
    in_flight = outbox.entry(profile_event("a-2"))  # noted; its document not yet written
    abandoned = outbox.entry(profile_event("a-3"))  # noted long ago; its writer died
    notes = SharedWrites(cast(Collection, collection.database[PENDING]))
    await pending.note(cast(Collection, collection), [("a-2", in_flight)], now, notes)
    await pending.note(cast(Collection, collection), [("a-3", abandoned)],
                       now - ABANDONED_AFTER - timedelta(minutes=1), notes)
    relay = RecordingRelay(collection)
    assert await relay.publish_pending() == 1
    assert await relay.publish_pending() == 0  # sent once
    assert list(collection.database[PENDING].documents) == [
        pending_id("applicants", in_flight["envelope"]["id"])]


async def test_a_sweep_looks_up_the_marker_of_the_pending_event_only() -> None:
    """A document holds its published entries until its writer trims them: the sweep does not
    look their markers up, since they left the pending list once out."""
    collection = applicants()
    outbox = Outbox("/tests", relay=None)
    for n in range(5):
        await outbox.stage(cast(Collection, collection), "a-1", {"$set": {"n": n}},
                           profile_event("a-1", 200 + n), upsert=True)
    published, last = collection.documents["a-1"][FIELD][:4], collection.documents["a-1"][FIELD][4]
    await collection.database[MARKERS].insert_many(
        [{"_id": entry["envelope"]["id"]} for entry in published])
    await pending.forget(cast(Any, collection.database),
                         [pending_id("applicants", e["envelope"]["id"]) for e in published])
    collection.database.log.clear()
    relay = RecordingRelay(collection)
    assert await relay.publish_pending() == 1
    assert cast(RecordingPublisher, relay._publisher).sent == [last["envelope"]["id"]]
    assert collection.database.log.count((MARKERS, "read")) == 1


def test_settled_entries_are_those_held_sent_or_abandoned() -> None:
    now = datetime.now(UTC)
    old = now - ABANDONED_AFTER - timedelta(seconds=1)
    entries = [{"_id": name, "event": name, "at": at} for name, at in
               [("held", now), ("sent", now), ("in-flight", now), ("abandoned", old)]]
    assert settled(entries, staged={"held"}, sent={"sent"}, now=now) == [
        "held", "sent", "abandoned"]


async def test_waking_the_relay_for_a_collection_it_does_not_sweep_is_refused() -> None:
    relay = OutboxRelay([], Publisher("127.0.0.1:1", "/tests"))
    with pytest.raises(ValueError, match="applicants"):
        relay.notify(cast(Collection, applicants()), "a-1", [])


async def test_a_writer_drops_what_its_relay_published_without_looking_markers_up() -> None:
    """Every read and write of a document decodes its whole outbox on FerretDB: the writer keeps
    it short with what its own relay sent, and reads no marker for that."""
    collection = applicants()
    relay = RecordingRelay(collection)
    outbox, typed = Outbox("/tests", relay), cast(Collection, collection)
    for n in range(TRIM_KNOWN_AFTER - 1):
        await outbox.stage(typed, "a-1", {"$set": {"n": n}}, profile_event("a-1"), upsert=True)
        await relay.publish_notified()
    await outbox.stage(typed, "a-1", {"$set": {"n": 9}}, profile_event("a-1"), upsert=True)
    [left] = collection.documents["a-1"][FIELD]
    assert left["envelope"]["id"] not in relay.sent_of([left["envelope"]["id"]])
    # a writer that read the document (``current``) drops them in its own write
    await relay.publish_notified()
    for n in range(TRIM_KNOWN_AFTER - 1):
        current = dict(collection.documents["a-1"])
        await outbox.stage(typed, "a-1", {"$set": {"n": n}}, profile_event("a-1"),
                           current=current)
        await relay.publish_notified()
    assert len(collection.documents["a-1"][FIELD]) < TRIM_KNOWN_AFTER
    assert (MARKERS, "read") not in collection.database.log
