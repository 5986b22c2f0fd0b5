"""One holder per key at a time, in arrival order; other keys never wait; nothing is kept once
no one uses a key."""

from __future__ import annotations

import asyncio

from smartpick.keyed_lock import KeyedLock


async def test_one_holder_per_key_in_arrival_order_and_nothing_kept_after() -> None:
    locks, log = KeyedLock(), []

    async def use(key: str, n: int) -> None:
        async with locks.one_at_a_time(key):
            log.append(f"{key}{n} in")
            await asyncio.sleep(0.01)
            log.append(f"{key}{n} out")

    await asyncio.gather(use("a", 1), use("a", 2), use("b", 1), use("a", 3))
    by_a = [line for line in log if line.startswith("a")]
    assert by_a == ["a1 in", "a1 out", "a2 in", "a2 out", "a3 in", "a3 out"]
    assert log.index("b1 in") < log.index("a1 out")  # another key does not wait
    assert len(locks) == 0


async def test_a_holder_that_fails_lets_the_next_one_in() -> None:
    locks = KeyedLock()

    async def failing() -> None:
        async with locks.one_at_a_time("a"):
            raise RuntimeError("write failed")

    async def next_one() -> str:
        async with locks.one_at_a_time("a"):
            return "in"

    results = await asyncio.gather(failing(), next_one(), return_exceptions=True)
    assert isinstance(results[0], RuntimeError) and results[1] == "in"
    assert len(locks) == 0
