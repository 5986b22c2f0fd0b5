"""Per-client-address rate limit for what anyone may call without an account (``tryPlan``).

A fixed one-minute window per address, in memory, with at most ``max_clients`` addresses
remembered (oldest forgotten first), so a flood of addresses cannot grow it without bound.
Each gateway instance limits on its own; behind several instances a client gets N times more.
"""

from __future__ import annotations

import time

from smartpick.recent import Recent


class RateLimiter:
    def __init__(self, per_minute: int, max_clients: int = 10_000) -> None:
        self._per_minute = per_minute
        self._windows: Recent[str, tuple[int, int]] = Recent(max_clients)

    def allow(self, client: str) -> bool:
        window = int(time.monotonic() // 60)
        started, count = self._windows.get(client) or (window, 0)
        if started != window:
            started, count = window, 0
        self._windows.put(client, (started, count + 1))
        return count < self._per_minute


class Refusals:
    """What the profiles service refused as rate-limited, until the end of that minute.

    Sign-in and sign-up limits are counted by profiles, for all gateways; a refused client that
    keeps trying is then answered here without another call, so a flood costs the gateway little
    and profiles nothing. Keys are what profiles counts by: the client address with the email
    for sign-in, the address for sign-up. At most ``max_keys`` are remembered.
    """

    def __init__(self, max_keys: int = 10_000) -> None:
        self._until: Recent[str, float] = Recent(max_keys)

    def refused(self, key: str) -> bool:
        until = self._until.get(key)
        if until is None:
            return False
        if time.time() < until:
            return True
        self._until.take(key)
        return False

    def remember(self, key: str) -> None:
        """``key`` was refused: refuse it here too until the current minute ends."""
        self._until.put(key, (time.time() // 60 + 1) * 60)
