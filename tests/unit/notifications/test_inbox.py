"""The inbox worked out from stored state fields (in_app/inbox.py), with no database: badges,
filters, paging, snoozes coming back, and notices stored before inbox states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.notifications.in_app.inbox import Notice, NotificationState, listing

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
INBOX, UNREAD = NotificationState.INBOX, NotificationState.UNREAD
ARCHIVED, SNOOZED = NotificationState.ARCHIVED, NotificationState.SNOOZED


def stored(number: int, kind: str = "MENTORSHIP_MESSAGE", **state: Any) -> dict[str, Any]:
    """Notice ``number`` as stored now (later numbers are newer); ``state`` overrides."""
    return {"_id": f"n{number}", "kind": kind, "category": None,
            "created_at": NOW - timedelta(hours=100 - number), "read": False, "seen": False,
            "archived": False, "snoozed_until": None, **state}


def legacy(number: int, kind: str, read: bool) -> dict[str, Any]:
    """Stored before inbox states: no seen, archived, snoozed_until or category at all."""
    return {"_id": f"n{number}", "kind": kind, "read": read,
            "created_at": NOW - timedelta(hours=100 - number)}


def notices(*documents: dict[str, Any], now: datetime = NOW) -> list[Notice]:
    return [Notice.of(document, now) for document in documents]


def test_a_notice_stored_before_inbox_states_is_seen_if_read_in_the_inbox_and_categorised() -> None:
    unread, read = notices(legacy(1, "RECOMMENDATIONS_READY", False),
                           legacy(2, "MATCH_SIMULATION_COMPLETED", True))
    assert (unread.seen, unread.archived, unread.snoozed_until) == (False, False, None)
    assert (read.seen, read.category, unread.category) == (True, "ORGANIZATION",
                                                           "RECOMMENDATIONS")
    page = listing([unread, read], INBOX, None, 10, None)
    assert (page.ids, page.total, page.unread, page.unseen) == (["n2", "n1"], 2, 1, 1)


def test_the_badges_leave_out_archived_and_snoozed_notices_and_seen_is_apart_from_read() -> None:
    found = notices(stored(1), stored(2, seen=True), stored(3, read=True, seen=True),
                    stored(4, archived=True), stored(5, snoozed_until=NOW + timedelta(hours=1)))
    page = listing(found, INBOX, None, 10, None)
    assert (page.ids, page.total, page.unread, page.unseen) == (["n3", "n2", "n1"], 3, 2, 1)


def test_each_state_lists_its_own_notices_and_the_badges_stay_those_of_the_inbox() -> None:
    found = notices(stored(1), stored(2, read=True, seen=True), stored(3, archived=True),
                    stored(4, snoozed_until=NOW + timedelta(days=1)),
                    stored(5, archived=True, snoozed_until=NOW + timedelta(days=1)))
    shown = {state: listing(found, state, None, 10, None) for state in NotificationState}
    assert {state: page.ids for state, page in shown.items()} == {
        INBOX: ["n2", "n1"], UNREAD: ["n1"], ARCHIVED: ["n5", "n3"], SNOOZED: ["n4"]}
    assert {(page.unread, page.unseen) for page in shown.values()} == {(1, 1)}
    assert [page.total for page in shown.values()] == [2, 1, 2, 1]


def test_a_category_narrows_the_list_but_not_the_badges() -> None:
    found = notices(stored(1, "RECOMMENDATIONS_READY"), stored(2, "MENTOR_SUGGESTIONS"),
                    stored(3, "MENTORSHIP_ACCEPTED", category="MENTORSHIP"),
                    stored(4, "CALENDAR_EVENT_MOVED"))
    page = listing(found, INBOX, "MENTORSHIP", 10, None)
    assert (page.ids, page.total, page.unread, page.unseen) == (["n3", "n2"], 2, 4, 4)
    assert listing(found, INBOX, "ACCOUNT", 10, None).ids == []


def test_a_snooze_that_passed_comes_back_at_its_place_not_at_the_top() -> None:
    documents = [stored(1), stored(2, snoozed_until=NOW + timedelta(minutes=5)), stored(3)]
    while_snoozed = listing(notices(*documents), INBOX, None, 10, None)
    assert (while_snoozed.ids, while_snoozed.unread) == (["n3", "n1"], 2)
    later = notices(*documents, now=NOW + timedelta(minutes=6))
    back = listing(later, INBOX, None, 10, None)
    assert (back.ids, back.unread, back.unseen) == (["n3", "n2", "n1"], 3, 3)
    assert later[1].snoozed_until is None  # served as null once it passed
    assert listing(later, SNOOZED, None, 10, None).ids == []


def test_pages_after_a_cursor_skip_and_repeat_nothing() -> None:
    found = notices(*(stored(number) for number in range(1, 8)),
                    stored(8, archived=True))
    walked: list[str] = []
    after = None
    while True:
        page = listing(found, INBOX, None, 3, after)
        walked += page.ids
        assert page.total == 7
        if not page.has_next:
            break
        after = next(n.position for n in found if n.id == page.ids[-1])
    assert walked == [f"n{number}" for number in range(7, 0, -1)]


def test_notices_stored_in_the_same_millisecond_are_ordered_by_id() -> None:
    at = NOW - timedelta(hours=1)
    found = notices(stored(1, created_at=at), stored(2, created_at=at), stored(3, created_at=at))
    first = listing(found, INBOX, None, 2, None)
    rest = listing(found, INBOX, None, 2, (at, first.ids[-1]))
    assert (first.ids, rest.ids, first.has_next, rest.has_next) == (
        ["n3", "n2"], ["n1"], True, False)
