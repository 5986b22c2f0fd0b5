"""The bounded memory of recent entries the stores and the token verifier keep."""

from __future__ import annotations

from smartpick.recent import Recent


def test_the_oldest_goes_first_and_a_read_makes_an_entry_the_newest() -> None:
    recent: Recent[str, int] = Recent(2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1
    recent.put("c", 3)
    assert ("a" in recent, "b" in recent, "c" in recent, len(recent)) == (True, False, True, 2)


def test_a_taken_entry_is_forgotten_until_set_again() -> None:
    recent: Recent[str, int] = Recent(2)
    recent.put("a", 1)
    assert (recent.take("a"), recent.take("a"), recent.get("a")) == (1, None, None)
