"""Pieces the integration tests share: a namespaced platform on the real servers, a recorder of
handled events and one of the filters a client sends."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pymongo import AsyncMongoClient, monitoring
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from smartpick.consumer import EventConsumer, Handlers, RetryPolicy
from smartpick.events import ApplicantProfileUpdated, CloudEvent, Event
from smartpick.events.models import ApplicantProfile, ApplicantType
from smartpick.inbox import Inbox, effect_id
from smartpick.mongo import IDS_PER_QUERY
from smartpick.publisher import Publisher


def profile_event(applicant_id: str, step2: int = 240) -> ApplicantProfileUpdated:
    profile = ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, graduation_year=2021,
                               step2_score=step2)
    return ApplicantProfileUpdated(applicant_id=applicant_id, profile=profile)


async def wait_until(check: Callable[[], Awaitable[bool]], within: float = 30.0) -> None:
    deadline = time.monotonic() + within
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {within} s")
        await asyncio.sleep(0.1)


@dataclass
class Recorder:
    """A handler whose effect is a document with a deterministic id, plus a count of calls."""

    db: AsyncDatabase[dict[str, Any]]
    calls: list[str] = field(default_factory=list)
    fail: Callable[[str], bool] = lambda applicant_id: False

    async def handle(self, event: Event, envelope: CloudEvent) -> None:
        assert isinstance(event, ApplicantProfileUpdated)
        self.calls.append(event.applicant_id)
        if self.fail(event.applicant_id):
            raise RuntimeError(f"cannot handle {event.applicant_id}")
        try:
            await self.db.effects.insert_one({"_id": effect_id(envelope),
                                              "applicant": event.applicant_id})
        except DuplicateKeyError:
            pass  # the effect of this event exists already

    async def effects(self) -> int:
        return await self.db.effects.count_documents({})

    def handlers(self) -> Handlers:
        return {ApplicantProfileUpdated: [self.handle]}


class CommandFilters(monitoring.CommandListener):
    """The filter of every read, update and delete a client sends, by collection: on FerretDB any
    filter but ``_id`` scans the whole collection, so the tests of stores that must not scan
    (the inbox, the outbox relay's sweep) check what their client sent."""

    def __init__(self) -> None:
        self.seen: dict[str, list[dict[str, Any]]] = {}
        self.read: dict[str, int] = {}
        """Reads sent, by collection."""

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        command = event.command
        if event.command_name in ("find", "count", "aggregate"):
            collection = command[event.command_name]
            self.read[collection] = self.read.get(collection, 0) + 1
            self.seen.setdefault(command[event.command_name], []).append(
                command.get("filter", command.get("query", {"pipeline": True})))
        elif event.command_name in ("update", "delete"):
            key = "updates" if event.command_name == "update" else "deletes"
            for statement in command.get(key, []):
                self.seen.setdefault(command[event.command_name], []).append(statement["q"])

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass

    def clear(self) -> None:
        self.seen.clear()
        self.read.clear()

    def not_by_id(self, collections: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
        """The filters sent to ``collections`` other than one ``_id`` or an ``$in`` of them:
        each a scan there (deploy/local/ferretdb/id-index.patch)."""
        return [(collection, query) for collection in collections
                for query in self.seen.get(collection, [])
                if set(query) != {"_id"} or not _ids(query["_id"])]


def _ids(selected: Any) -> bool:
    """One string ``_id``, or ``{$in: [...]}`` of them, as FerretDB takes from its index."""
    if isinstance(selected, str):
        return True
    listed = selected.get("$in") if isinstance(selected, dict) and set(selected) == {"$in"} \
        else None
    return isinstance(listed, list) and 0 < len(listed) <= IDS_PER_QUERY \
        and all(isinstance(i, str) for i in listed)


@dataclass
class Platform:
    """Everything one test needs, under its own topic prefix and database."""

    bootstrap: str
    mongo: AsyncMongoClient[dict[str, Any]]
    prefix: str

    @property
    def db(self) -> AsyncDatabase[dict[str, Any]]:
        return self.mongo[self.prefix.strip(".").replace(".", "_")]

    def publisher(self) -> Publisher:
        return Publisher(self.bootstrap, "/tests", topic_prefix=self.prefix)

    def consumer(self, handlers: Handlers, dead_letters: Publisher, *, group: str = "g",
                 inbox: bool = True, retry: RetryPolicy | None = None) -> EventConsumer:
        return EventConsumer(
            bootstrap_servers=self.bootstrap, group_id=self.prefix + group, handlers=handlers,
            dead_letters=dead_letters, topic_prefix=self.prefix,
            inbox=Inbox(self.db.inbox, self.prefix + group) if inbox else None,
            retry=retry or RetryPolicy(attempts=3, first_delay=0.05),
        )
