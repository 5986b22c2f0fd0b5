"""The gateway's calls go over several connection pools, each call on the least busy one, so no
pool holds more than its share of the connections (gateway/pools.py)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from gateway.pools import Pools


class Held(httpx.AsyncBaseTransport):
    """A pool whose calls wait until released; counts what it was given."""

    def __init__(self, release: asyncio.Event) -> None:
        self.release, self.calls, self.closed = release, 0, False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        await self.release.wait()
        return httpx.Response(200, json={"path": request.url.path})

    async def aclose(self) -> None:
        self.closed = True


def _pools(count: int) -> tuple[Pools, list[Held], asyncio.Event]:
    release, made = asyncio.Event(), []

    def make() -> Held:
        made.append(Held(release))
        return made[-1]

    return Pools(make, count), made, release


async def test_calls_in_flight_are_spread_evenly_over_the_pools() -> None:
    pools, made, release = _pools(4)
    async with httpx.AsyncClient(transport=pools) as client:
        calls = [asyncio.create_task(client.get(f"http://s/{n}")) for n in range(40)]
        await asyncio.sleep(0.01)
        assert [pool.calls for pool in made] == [10, 10, 10, 10]
        release.set()
        answers = await asyncio.gather(*calls)
    assert [a.json()["path"] for a in answers] == [f"/{n}" for n in range(40)]
    assert all(pool.closed for pool in made)


async def test_calls_one_at_a_time_stay_on_the_first_pool() -> None:
    pools, made, release = _pools(4)
    release.set()
    async with httpx.AsyncClient(transport=pools) as client:
        for n in range(5):
            await client.get(f"http://s/{n}")
    assert [pool.calls for pool in made] == [5, 0, 0, 0]


async def test_a_failed_call_frees_its_place() -> None:
    reached: list[int] = []

    def pool(number: int) -> httpx.MockTransport:
        def answer(request: httpx.Request) -> httpx.Response:
            reached.append(number)
            if request.url.path == "/refused":
                raise httpx.ConnectError("refused", request=request)
            return httpx.Response(200)
        return httpx.MockTransport(answer)

    numbers = iter(range(2))
    async with httpx.AsyncClient(transport=Pools(lambda: pool(next(numbers)), 2)) as client:
        for _ in range(3):
            with pytest.raises(httpx.ConnectError):
                await client.get("http://s/refused")
        await client.get("http://s/fine")
    assert reached == [0, 0, 0, 0]  # had a failure kept its place, the last call went to 1


async def test_pools_sharing_a_connection_limit_each_get_their_part_of_it() -> None:
    pools = Pools.sharing(200, 8)
    limits = [pool._pool._max_connections for pool in pools._pools]  # type: ignore[attr-defined]
    assert limits == [25] * 8
    assert [p._pool._max_connections for p in Pools.sharing(3, 8)._pools] == [1] * 8  # type: ignore[attr-defined]
    await pools.aclose()
