"""Per-client-address rate limit for what anyone may call without an account (``tryPlan``).

A fixed one-minute window per address, in memory, with at most ``max_clients`` addresses
remembered (oldest forgotten first), so a flood of addresses cannot grow it without bound.
Each gateway instance limits on its own; behind several instances a client gets N times more.
"""

from __future__ import annotations

import time
from collections import OrderedDict


class RateLimiter:
    def __init__(self, per_minute: int, max_clients: int = 10_000) -> None:
        self._per_minute = per_minute
        self._max_clients = max_clients
        self._windows: OrderedDict[str, tuple[int, int]] = OrderedDict()

    def allow(self, client: str) -> bool:
        window = int(time.monotonic() // 60)
        started, count = self._windows.pop(client, (window, 0))
        if started != window:
            started, count = window, 0
        self._windows[client] = (started, count + 1)
        while len(self._windows) > self._max_clients:
            self._windows.popitem(last=False)
        return count < self._per_minute
