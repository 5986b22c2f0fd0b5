"""The pure changes of the inbox index: filling buckets, dropping a replaced notice."""

from __future__ import annotations

from services.notifications.in_app.index import CAPACITY, _filling
from services.notifications.in_app.store import _replaced
from services.notifications.in_app.versions import Entry


def entry(notice_id: str, read: bool = False, kind: str | None = "LIST") -> Entry:
    return {"_id": notice_id, "read": read, "kind": kind}


def test_a_bucket_takes_what_it_has_room_for_and_leaves_the_rest_for_the_next() -> None:
    almost_full = [entry(f"n{n}") for n in range(CAPACITY - 1)]
    entries, left = _filling([entry("a"), entry("b")])(almost_full)
    assert entries is not None and [e["_id"] for e in entries[-1:]] == ["a"]
    assert [e["_id"] for e in left] == ["b"]
    assert _filling([entry("b")])(entries) == (None, [entry("b")])  # full: no change


def test_a_notice_indexed_already_is_not_added_twice() -> None:
    assert _filling([entry("a")])([entry("a", read=True)]) == (None, [])


def test_a_new_notice_of_a_kind_drops_the_unread_ones_of_it() -> None:
    entries = [entry("old"), entry("older"), entry("read", read=True),
               entry("other", kind="MESSAGE"), entry("new")]
    kept, dropped = _replaced("new", "LIST", None)(entries)
    assert kept is not None and [e["_id"] for e in kept] == ["read", "other", "new"]
    assert dropped == ["old", "older"]
    assert _replaced("new", "LIST", None)(kept) == (None, [])


def test_the_one_the_pointer_named_goes_though_indexed_before_entries_had_kinds() -> None:
    kept, dropped = _replaced("new", "LIST", "old")([entry("old", kind=None), entry("new")])
    assert (kept, dropped) == ([entry("new")], ["old"])
