"""Inbox states on real FerretDB: seen, archived and snoozed notices through the notifications
store, beside a notice stored before states existed, with no query on ``recipient`` (any other
filter than ``_id`` scans the collection there): the inbox index is read by ``_id``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient, monitoring
from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.in_app.inbox import NotificationState
from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.upgrade import index_stored
from smartpick.outbox import Outbox
from tests.servers import Servers

pytestmark = pytest.mark.integration
ANA, BO = "ana", "bo"


class RecipientQueries(monitoring.CommandListener):
    """Counts the commands that filter on ``recipient``: each scans on FerretDB."""

    def __init__(self) -> None:
        self.count = 0

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        query = event.command.get("filter") or event.command.get("query") or {}
        self.count += "recipient" in query and "_id" not in query

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass


@dataclass
class Inbox:
    store: NotificationsStore
    db: AsyncDatabase[dict[str, Any]]
    queries: RecipientQueries


@pytest.fixture
async def inbox(servers: Servers, unique: str) -> AsyncIterator[Inbox]:
    """The store as the service builds it (tz-aware client), over a database of this test."""
    queries = RecipientQueries()
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        servers.mongodb_url, tz_aware=True, event_listeners=[queries])
    db = client[f"t{unique}_notifications"]
    store = NotificationsStore(db, Outbox("/notifications", None))  # staged events stay
    await store.ensure_indexes()
    yield Inbox(store, db, queries)
    await client.drop_database(db.name)
    await client.close()


async def ids(store: NotificationsStore, state: NotificationState = NotificationState.INBOX,
              category: str | None = None) -> tuple[list[str], int, int, int]:
    page = await store.page(ANA, 20, None, state, category)
    return [d["_id"] for d in page.items], page.total, page.unread, page.unseen


async def test_seen_archived_and_snoozed_notices_beside_one_stored_before_states(
        inbox: Inbox) -> None:
    notices, queries = inbox.store, inbox.queries
    await inbox.db.notifications.insert_one({  # as stored before inbox states
        "_id": "old", "recipient": ANA, "kind": "MENTORSHIP_MESSAGE", "title": "t", "body": "b",
        "subject_id": None, "read": False, "created_at": datetime.now(UTC) - timedelta(days=1)})
    assert await index_stored(inbox.db, notices.index) == 1  # the upgrade's start-up
    for number, kind in enumerate(("RECOMMENDATIONS_READY", "MENTOR_SUGGESTIONS",
                                   "MATCH_SIMULATION_COMPLETED")):
        await notices.add(f"n{number}", ANA, kind, "t", "b")
        await asyncio.sleep(0.002)  # each its own millisecond: newest first is n2, n1, n0
    await notices.add("theirs", BO, "MENTORSHIP_MESSAGE", "t", "b")

    queries.count = 0
    assert await ids(notices) == (["n2", "n1", "n0", "old"], 4, 4, 4)
    assert await notices.badges(ANA) == (4, 4)
    assert queries.count == 0
    assert await ids(notices, category="MENTORSHIP") == (["n1", "old"], 2, 4, 4)

    assert await notices.mark_seen(ANA, ["n0", "old", "theirs", "unknown"]) == 2
    assert await ids(notices) == (["n2", "n1", "n0", "old"], 4, 4, 2)
    assert await notices.mark_seen(ANA, None) == 2
    assert (await notices.badges(ANA), await notices.badges(BO)) == ((4, 0), (1, 1))

    archived = await notices.archive(ANA, "n2", True)
    assert archived is not None and archived["archived"] is True
    assert await notices.archive(BO, "n2", True) is None  # not theirs: not found
    assert await ids(notices) == (["n1", "n0", "old"], 3, 3, 0)
    assert await ids(notices, NotificationState.ARCHIVED) == (["n2"], 1, 3, 0)

    until = datetime.now(UTC) + timedelta(seconds=2)
    snoozed = await notices.snooze(ANA, "n0", until)
    assert snoozed is not None and (snoozed["read"], snoozed["seen"]) == (False, False)
    assert await notices.snooze(BO, "n0", until) is None
    assert await ids(notices) == (["n1", "old"], 2, 2, 0)
    assert await ids(notices, NotificationState.SNOOZED) == (["n0"], 1, 2, 0)
    queries.count = 0
    assert await notices.mark_all_read(ANA) == 3  # n1, old and the archived n2; not n0
    assert await notices.mark_seen(ANA, None) == 0
    assert queries.count == 0
    assert await ids(notices, NotificationState.UNREAD) == ([], 0, 0, 0)

    await asyncio.sleep((until - datetime.now(UTC)).total_seconds() + 0.5)
    # back unread and unseen, at its place by created_at, not at the top
    assert await ids(notices) == (["n1", "n0", "old"], 3, 1, 1)
    assert await ids(notices, NotificationState.UNREAD) == (["n0"], 1, 1, 1)
    read = await notices.mark_read(ANA, "n0")
    assert read is not None and (read["read"], read["seen"]) == (True, True)
    back = await notices.archive(ANA, "n2", False)
    assert back is not None and back["archived"] is False
    assert await ids(notices) == (["n2", "n1", "n0", "old"], 4, 0, 0)
