"""One lock per key, held only while someone uses it: what makes a process's writes of one
document (an applicant's profile) go one at a time without a lock kept per document forever."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class KeyedLock:
    """``async with locks.one_at_a_time(key)``: one holder per key at a time, in arrival order.
    A key's lock is dropped when its last user leaves, so the memory is what is in use."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, list[int]]] = {}

    @asynccontextmanager
    async def one_at_a_time(self, key: str) -> AsyncIterator[None]:
        lock, users = self._locks.setdefault(key, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if not users[0]:
                del self._locks[key]

    def __len__(self) -> int:
        """Keys in use (held or waited for)."""
        return len(self._locks)
