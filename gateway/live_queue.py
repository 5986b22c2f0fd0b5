"""One live subscriber's queue: bounded, so a client that stops reading costs a fixed amount.

Unbounded per-subscriber queues are how gateways run out of memory: a client that stops reading
while notices keep coming would hold every one of them here. Past the bound nothing more is
queued; the subscriber's next read is a resync signal instead (it reloads its inbox), once.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")


class ResyncRequired(Exception):
    """The subscriber fell behind by more than its queue holds: what it missed was dropped."""


class LiveQueue(Generic[T]):
    def __init__(self, bound: int) -> None:
        self.bound = bound
        self.overflowed = False
        self._items: deque[T] = deque()
        self._ready = asyncio.Event()

    def __len__(self) -> int:
        return len(self._items)

    def offer(self, item: T) -> None:
        """Queue ``item``, or, at the bound, drop it and remember the subscriber must resync."""
        if len(self._items) >= self.bound:
            self.overflowed = True
        else:
            self._items.append(item)
        self._ready.set()

    async def get(self) -> T:
        """The oldest item; ``ResyncRequired`` once the queue overflowed (and what it held is
        dropped: those notices are in the inbox the subscriber reloads)."""
        while not self._items and not self.overflowed:
            self._ready.clear()
            await self._ready.wait()
        if self.overflowed:
            self._items.clear()
            raise ResyncRequired
        return self._items.popleft()
