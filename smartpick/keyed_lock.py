"""One lock per key, held only while someone uses it: what makes a process's writes of one
document (an applicant's profile) go one at a time without a lock kept per document forever."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass
class _Held:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0
    """Holding or waiting: the entry goes when the last one leaves."""


class KeyedLock:
    """``async with locks.one_at_a_time(key)``: one holder per key at a time, in arrival order.
    A key's lock is dropped when its last user leaves, so the memory is what is in use."""

    def __init__(self) -> None:
        self._held: dict[str, _Held] = {}

    @asynccontextmanager
    async def one_at_a_time(self, key: str) -> AsyncIterator[None]:
        held = self._held.get(key)
        if held is None:
            held = self._held[key] = _Held()
        held.users += 1
        try:
            async with held.lock:
                yield
        finally:
            held.users -= 1
            if not held.users:
                del self._held[key]

    def __len__(self) -> int:
        """Keys in use (held or waited for)."""
        return len(self._held)
