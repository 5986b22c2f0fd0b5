"""Per-endpoint fairness for the delivery worker: a few sends in flight per endpoint, a global
cap, and a per-endpoint rate, so one slow or flooded endpoint never delays the others.

A send first waits for its endpoint's own slot and only then for a global one: messages queued
behind a slow endpoint hold no global slot while they wait.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class EndpointLimits:
    def __init__(self, per_endpoint: int, total: int, rate_per_second: float) -> None:
        self._per_endpoint = per_endpoint
        self._total = asyncio.Semaphore(total)
        self._interval = 1.0 / rate_per_second
        self._endpoints: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @asynccontextmanager
    async def slot(self, endpoint_id: str) -> AsyncIterator[None]:
        """Hold one of ``endpoint_id``'s slots and a global one, starting no sooner than the
        endpoint's rate allows."""
        own = self._endpoints.setdefault(endpoint_id, asyncio.Semaphore(self._per_endpoint))
        async with own:
            await self._paced(endpoint_id)
            async with self._total:
                yield

    async def _paced(self, endpoint_id: str) -> None:
        now = time.monotonic()
        start = max(now, self._next_start.get(endpoint_id, now))
        self._next_start[endpoint_id] = start + self._interval
        await asyncio.sleep(start - now)
