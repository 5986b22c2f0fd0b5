"""Per-endpoint fairness: an endpoint's own cap, the global cap, and the per-endpoint rate."""

from __future__ import annotations

import asyncio
import time

from services.notifications.webhooks.limits import EndpointLimits


async def test_a_busy_endpoint_holds_only_its_own_slots() -> None:
    limits = EndpointLimits(per_endpoint=2, total=3, rate_per_second=1000)
    release = asyncio.Event()
    in_flight: list[str] = []

    async def send(endpoint: str) -> None:
        async with limits.slot(endpoint):
            in_flight.append(endpoint)
            await release.wait()

    slow = [asyncio.create_task(send("slow")) for _ in range(5)]
    await asyncio.sleep(0.05)
    assert in_flight == ["slow", "slow"]  # the other three wait for slow's own slots
    fast = asyncio.create_task(send("fast"))
    await asyncio.sleep(0.05)
    assert in_flight.count("fast") == 1  # a global slot was left for it
    release.set()
    await asyncio.gather(*slow, fast)


async def test_an_endpoints_sends_start_no_faster_than_its_rate() -> None:
    limits = EndpointLimits(per_endpoint=10, total=10, rate_per_second=20)
    starts: list[float] = []

    async def send() -> None:
        async with limits.slot("one"):
            starts.append(time.monotonic())

    await asyncio.gather(*(send() for _ in range(5)))
    assert starts[-1] - starts[0] >= 4 * 0.05 - 0.01
