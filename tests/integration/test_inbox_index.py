"""The inbox on real FerretDB beside thousands of other people's notices: every read and write
of a person's inbox is by ``_id`` (their index, then the page's notices), never a query on
``recipient``, which FerretDB answers by scanning the whole collection."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.in_app.inbox import NotificationState
from services.notifications.in_app.index import BUCKETS, CAPACITY
from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.upgrade import DONE, INDEXED
from smartpick.mongo import find_by_ids
from smartpick.outbox import Outbox
from tests.integration.harness import CommandFilters
from tests.servers import Servers

pytestmark = pytest.mark.integration
ANA = "ana"
FILLER = 3000
"""Notices of 300 other people: a scan of them takes about a second on FerretDB."""
WATCHED = ("notifications", "inbox_versions", "inbox_heads")


@dataclass
class Inbox:
    store: NotificationsStore
    db: AsyncDatabase[dict[str, Any]]
    filters: CommandFilters


@pytest.fixture
async def inbox(servers: Servers, unique: str) -> AsyncIterator[Inbox]:
    """A store over a database holding ``FILLER`` notices of others, indexed already."""
    filters = CommandFilters()
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        servers.mongodb_url, tz_aware=True, event_listeners=[filters])
    db = client[f"t{unique}_notifications"]
    now = datetime.now(UTC)
    await db.notifications.insert_many([
        {"_id": f"other-{n}", "recipient": f"someone-{n % 300}", "kind": "MENTORSHIP_MESSAGE",
         "title": "t", "body": "b", "subject_id": None, "read": False, "created_at": now}
        for n in range(FILLER)])
    await db[DONE].insert_one({"_id": INDEXED, "at": now})
    yield Inbox(NotificationsStore(db, Outbox("/notifications", None)), db, filters)
    await client.drop_database(db.name)
    await client.close()


async def test_inbox_reads_are_id_reads_beside_thousands_of_others(
        inbox: Inbox) -> None:
    store, filters = inbox.store, inbox.filters
    for n in range(25):
        await store.add(f"n{n:02}", ANA, "RECOMMENDATIONS_READY" if n % 5 else
                        "MENTORSHIP_MESSAGE", "t", "b")
        await asyncio.sleep(0.002)  # each its own millisecond: newest first is n24 ... n00
    filters.seen.clear()

    first = await store.page(ANA, 10, None)
    assert ([d["_id"] for d in first.items], first.total, first.unread, first.unseen,
            first.has_next) == ([f"n{n:02}" for n in range(24, 14, -1)], 25, 25, 25, True)
    last = first.items[-1]
    rest = await store.page(ANA, 20, (last["created_at"], last["_id"]))
    assert [d["_id"] for d in rest.items] == [f"n{n:02}" for n in range(14, -1, -1)]
    mentorship = await store.page(ANA, 20, None, category="MENTORSHIP")
    assert [d["_id"] for d in mentorship.items] == ["n20", "n15", "n10", "n05", "n00"]

    assert await store.mark_read(ANA, "n24") is not None
    assert await store.mark_read(ANA, "other-1") is None  # someone else's: not found
    assert await store.mark_seen(ANA, ["n23", "other-2"]) == 1
    assert await store.archive(ANA, "n22", True) is not None
    assert await store.snooze(ANA, "n21", datetime.now(UTC) + timedelta(hours=1)) is not None
    assert await store.badges(ANA) == (22, 21)
    assert await store.mark_all_read(ANA) == 23  # the archived n22 too, not the snoozed n21
    assert await store.mark_seen(ANA, None) == 0
    unread = await store.page(ANA, 20, None, NotificationState.UNREAD)
    assert (unread.items, unread.total, unread.unread) == ([], 0, 0)
    snoozed = await store.page(ANA, 20, None, NotificationState.SNOOZED)
    assert [d["_id"] for d in snoozed.items] == ["n21"] and snoozed.items[0]["read"] is False

    assert filters.seen["notifications"] and filters.seen["inbox_versions"]
    assert filters.not_by_id(WATCHED) == []


async def test_notices_added_at_once_with_state_changes_are_all_indexed(inbox: Inbox) -> None:
    """Many writers of one person's index (consumers of several partitions, their requests):
    each change is the unique insert of the next version, so none is lost."""
    store = inbox.store
    await store.add("first", ANA, "MENTORSHIP_MESSAGE", "t", "b")
    await asyncio.gather(*(store.add(f"n{n}", ANA, "MENTORSHIP_MESSAGE", "t", "b")
                           for n in range(12)),
                         store.mark_read(ANA, "first"), store.archive(ANA, "first", True))
    page = await store.page(ANA, 20, None)
    assert sorted(d["_id"] for d in page.items) == sorted(f"n{n}" for n in range(12))
    archived = await store.page(ANA, 20, None, NotificationState.ARCHIVED)
    assert [(d["_id"], d["read"]) for d in archived.items] == [("first", True)]
    assert inbox.filters.not_by_id(WATCHED) == []


async def test_a_notice_stored_before_its_index_entry_is_indexed_when_handled_again(
        inbox: Inbox) -> None:
    """A crash between the notice's insert and its index change: the event comes again, the
    insert finds the notice, and the index gets the stored one's entry."""
    store = inbox.store
    await store.add("once", ANA, "MENTORSHIP_MESSAGE", "t", "b")
    await inbox.db.inbox_versions.delete_many({})
    await inbox.db.inbox_heads.delete_many({})
    fresh = NotificationsStore(inbox.db, Outbox("/notifications", None))
    assert await fresh.add("once", ANA, "MENTORSHIP_MESSAGE", "t", "b") is False
    assert [d["_id"] for d in (await fresh.page(ANA, 20, None)).items] == ["once"]



async def test_a_list_notice_handled_again_after_kills_leaves_one_current_notice(
        inbox: Inbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two kill -9s of notifications while a list notice goes in: after its insert, then, with
    its event handled again, after the index's change but before the notice it replaced was
    deleted. An older event meanwhile is refused, the listing always has one list notice, and
    a later one replaces it; the event handled once more after that is refused."""
    store, kind = inbox.store, "RECOMMENDATIONS_READY"
    earlier = datetime.now(UTC)
    await store.add_current("list-1", ANA, kind, "t", "b", earlier)
    await store.add("message", ANA, "MENTORSHIP_MESSAGE", "t", "b")

    async def killed(*_: object) -> None:
        raise SystemExit("killed")

    with monkeypatch.context() as patched:
        patched.setattr(store.index, "add_replacing", killed)
        with pytest.raises(SystemExit):
            await store.add_current("list-2", ANA, kind, "t", "b",
                                    earlier + timedelta(seconds=1))
    restarted = NotificationsStore(inbox.db, Outbox("/notifications", None))
    assert sorted(d["_id"] for d in (await restarted.page(ANA, 20, None)).items) \
        == ["list-1", "message"]  # list-2 stored, not indexed
    assert await restarted.add_current("list-0", ANA, kind, "t", "b",
                                       earlier - timedelta(seconds=1)) is False
    with monkeypatch.context() as patched:
        patched.setattr(restarted, "_delete", killed)
        with pytest.raises(SystemExit):
            await restarted.add_current("list-2", ANA, kind, "t", "b",
                                        earlier + timedelta(seconds=1))
    assert sorted(d["_id"] for d in (await restarted.page(ANA, 20, None)).items) \
        == ["list-2", "message"]

    again = NotificationsStore(inbox.db, Outbox("/notifications", None))
    assert await again.add_current("list-3", ANA, kind, "t", "b",
                                   earlier + timedelta(seconds=2)) is True
    assert sorted(d["_id"] for d in (await again.page(ANA, 20, None)).items) \
        == ["list-3", "message"]
    assert await find_by_ids(inbox.db.notifications, ["list-0", "list-2"]) == []
    assert await again.add_current("list-2", ANA, kind, "t", "b",
                                   earlier + timedelta(seconds=1)) is False


async def test_a_current_notice_named_by_a_pointer_of_before_the_marks_is_kept_to(
        inbox: Inbox) -> None:
    """A person whose current list notice a pointer document names (as kept before the index
    held marks): an older event is refused, a newer one replaces it and its mark takes over."""
    store, kind = inbox.store, "RECOMMENDATIONS_READY"
    at = datetime.now(UTC)
    await store.add("list-1", ANA, kind, "t", "b")
    await inbox.db.latest.insert_one({"_id": f"{ANA}|{kind}", "notification": "list-1",
                                      "at": at, "based_on": None})

    assert await store.add_current("list-0", ANA, kind, "t", "b",
                                   at - timedelta(seconds=1)) is False
    assert await store.add_current("list-2", ANA, kind, "t", "b",
                                   at + timedelta(seconds=1)) is True
    assert [d["_id"] for d in (await store.page(ANA, 20, None)).items] == ["list-2"]
    await inbox.db.latest.delete_many({})
    assert await store.add_current("list-1", ANA, kind, "t", "b", at) is False


async def test_a_person_s_notices_are_timed_in_the_order_they_are_stored(
        inbox: Inbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reminder whose write is slow beside a list notice, and three notices in a row: each
    notice's time is later than that of every one stored before it, so a client catching up
    from the cursor of one is sent every notice stored after it."""
    store = inbox.store
    stored: list[str] = []
    insert = store._outbox.insert

    async def slow_first(collection: Any, document: dict[str, Any], *events: Any) -> None:
        if document["_id"] == "reminder":
            await asyncio.sleep(0.2)
        await insert(collection, document, *events)
        stored.append(document["_id"])

    monkeypatch.setattr(store._outbox, "insert", slow_first)
    await asyncio.gather(store.add("reminder", ANA, "CALENDAR_REMINDER", "t", "b"),
                         store.add_current("list", ANA, "RECOMMENDATIONS_READY", "t", "b",
                                           datetime.now(UTC)))
    for n in range(3):
        await store.add(f"message-{n}", ANA, "MENTORSHIP_MESSAGE", "t", "b")
    times = {d["_id"]: d["created_at"]
             for d in await find_by_ids(inbox.db.notifications, stored)}
    in_store_order = [times[notice] for notice in stored]
    assert in_store_order == sorted(set(in_store_order)), stored
    listed = [d["_id"] for d in (await store.page(ANA, 20, None)).items]
    assert listed[::-1] == stored  # newest first: the order of the cursors


async def test_a_list_notice_of_an_older_profile_never_replaces_one_of_a_newer(
        inbox: Inbox) -> None:
    """A catalog change's notice counted from the profile before a save, whose event is later
    than the save's, in either order: the save's notice stays. Of one profile, the later
    event's notice replaces."""
    store, kind = inbox.store, "RECOMMENDATIONS_READY"
    older, saved = datetime(2026, 12, 1, 1, 29, tzinfo=UTC), datetime(2026, 12, 1, 1, 30,
                                                                      tzinfo=UTC)
    listed, changed = saved + timedelta(seconds=1), saved + timedelta(seconds=2)

    assert await store.add_current("save", ANA, kind, "t", "b", listed, based_on=saved)
    assert not await store.add_current("change", ANA, kind, "t", "b", changed, based_on=older)
    assert [d["_id"] for d in (await store.page(ANA, 20, None)).items] == ["save"]

    bea = "bea"  # the other order
    assert await store.add_current("change-b", bea, kind, "t", "b", changed, based_on=older)
    assert await store.add_current("save-b", bea, kind, "t", "b", listed, based_on=saved)
    assert [d["_id"] for d in (await store.page(bea, 20, None)).items] == ["save-b"]
    assert await find_by_ids(inbox.db.notifications, ["change-b"]) == []

    later = changed + timedelta(seconds=1)
    assert await store.add_current("model-b", bea, kind, "t", "b", later, based_on=saved)
    assert not await store.add_current("save-b", bea, kind, "t", "b", listed, based_on=saved)
    assert [d["_id"] for d in (await store.page(bea, 20, None)).items] == ["model-b"]


async def test_a_list_notice_replaces_the_older_one_in_one_index_version_read_once(
        inbox: Inbox) -> None:
    """The new notice's entry, the drop of the one it replaces and the mark of the current one
    are one version of the person's one bucket: one insert, and never both notices listed. The
    version it follows is the one this process wrote: it is not read back, and its count of
    buckets says there is no other to look for."""
    store, db = inbox.store, inbox.db
    at = datetime.now(UTC)
    await store.add("message", ANA, "MENTORSHIP_MESSAGE", "t", "b")
    for n in range(2):
        await store.add_current(f"list-{n}", ANA, "RECOMMENDATIONS_READY", "t", "b",
                                at + timedelta(seconds=n))
    versions = await db.inbox_versions.count_documents({})
    inbox.filters.clear()

    assert await store.add_current("list-2", ANA, "RECOMMENDATIONS_READY", "t", "b",
                                   at + timedelta(seconds=2)) is True

    assert "inbox_versions" not in inbox.filters.seen
    assert inbox.filters.read == {}  # no version, head or pointer read
    assert await db.inbox_versions.count_documents({}) == versions + 1
    assert sorted(d["_id"] for d in (await store.page(ANA, 20, None)).items) \
        == ["list-2", "message"]
    assert await find_by_ids(db.notifications, ["list-0", "list-1"]) == []


async def test_processes_writing_one_bucket_in_turn_lose_no_notice(inbox: Inbox) -> None:
    """Each process starts its next change from the version it wrote last, finds the next
    version taken by the other, reads the newest and applies its change there."""
    first = inbox.store
    other = NotificationsStore(inbox.db, Outbox("/notifications", None))
    for n in range(3):
        await first.add(f"a{n}", ANA, "MENTORSHIP_MESSAGE", "t", "b")
        await other.add(f"b{n}", ANA, "MENTORSHIP_MESSAGE", "t", "b")
    inbox.filters.seen.clear()
    await first.add("a3", ANA, "MENTORSHIP_MESSAGE", "t", "b")
    assert inbox.filters.seen["inbox_versions"]  # the other wrote last: read again
    assert sorted(d["_id"] for d in (await other.page(ANA, 20, None)).items) \
        == ["a0", "a1", "a2", "a3", "b0", "b1", "b2"]


async def test_a_list_notice_drops_the_older_one_from_a_bucket_another_process_filled(
        inbox: Inbox) -> None:
    """One process remembers the person's index as one bucket while another fills it and
    starts the next: the first still finds the second bucket, and the older list notice in
    the first is dropped all the same."""
    first = inbox.store
    other = NotificationsStore(inbox.db, Outbox("/notifications", None))
    at = datetime.now(UTC)
    await first.add_current("list-1", ANA, "RECOMMENDATIONS_READY", "t", "b", at)
    for n in range(CAPACITY):
        await other.add(f"m{n:03}", ANA, "MENTORSHIP_MESSAGE", "t", "b")
    assert await inbox.db.inbox_heads.find_one({"_id": f"{ANA}/2"}) is not None
    # counted in bucket 1 before it was made: the first process's next change of bucket 1
    # finds it there, although what it knows of bucket 1 says one bucket
    assert (await other.index._lists.latest(f"{ANA}/1")).marks[BUCKETS] == 2

    assert await first.add_current("list-2", ANA, "RECOMMENDATIONS_READY", "t", "b",
                                   at + timedelta(seconds=1)) is True

    shown = [d["_id"] for d in (await other.page(ANA, CAPACITY + 5, None)).items]
    assert sorted(shown) == ["list-2", *(f"m{n:03}" for n in range(CAPACITY))]
    assert await find_by_ids(inbox.db.notifications, ["list-1"]) == []
