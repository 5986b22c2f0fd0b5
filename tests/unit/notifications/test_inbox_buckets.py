"""The pure changes of the inbox index: filling buckets, dropping a replaced notice."""

from __future__ import annotations

from services.notifications.in_app.index import CAPACITY, _filling
from services.notifications.in_app.store import _dropped_unless_read
from services.notifications.in_app.versions import Entry


def entry(notice_id: str, read: bool = False) -> Entry:
    return {"_id": notice_id, "read": read}


def test_a_bucket_takes_what_it_has_room_for_and_leaves_the_rest_for_the_next() -> None:
    almost_full = [entry(f"n{n}") for n in range(CAPACITY - 1)]
    entries, left = _filling([entry("a"), entry("b")])(almost_full)
    assert entries is not None and [e["_id"] for e in entries[-1:]] == ["a"]
    assert [e["_id"] for e in left] == ["b"]
    assert _filling([entry("b")])(entries) == (None, [entry("b")])  # full: no change


def test_a_notice_indexed_already_is_not_added_twice() -> None:
    assert _filling([entry("a")])([entry("a", read=True)]) == (None, [])


def test_a_replaced_notice_goes_unless_it_was_read() -> None:
    entries, kept = _dropped_unless_read("old")([entry("old"), entry("new")])
    assert (entries, kept) == ([entry("new")], False)
    assert _dropped_unless_read("old")([entry("old", read=True)]) == (None, True)
