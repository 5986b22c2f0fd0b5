"""tryPlan's limit per client address: a fixed window a minute, per address, bounded memory."""

from __future__ import annotations

import pytest

from gateway.ratelimit import RateLimiter


def test_each_address_has_its_own_limit_per_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [600.0]
    monkeypatch.setattr("gateway.ratelimit.time.monotonic", lambda: now[0])
    limiter = RateLimiter(per_minute=3)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")  # another client is not limited by the first
    now[0] = 660.0  # the next minute
    assert limiter.allow("a")


def test_a_flood_of_addresses_forgets_the_oldest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gateway.ratelimit.time.monotonic", lambda: 600.0)
    limiter = RateLimiter(per_minute=1, max_clients=2)
    assert limiter.allow("a")
    assert not limiter.allow("a")
    limiter.allow("b")
    limiter.allow("c")  # "a" is forgotten: memory stays at two addresses
    assert limiter.allow("a")
