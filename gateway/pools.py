"""Several connection pools behind one httpx transport, so that a pool's cost per request stays
small however many calls are in flight.

httpcore 1.0.9's connection pool re-examines every connection it holds whenever a request
starts or ends, and counts them again for each: its CPU per request grows with the square of
its connections (encode/httpcore#1035, not merged). One request at a time that is nothing; past
saturation it feeds the backlog: with 200 calls in flight a client on one pool spent 12 ms of
CPU per request, on 8 pools of 25 connections 1.2 ms (`benchmarks/http_pools.py`), so a gateway
that fell behind spent more per call the further behind it was. Each call goes to the pool with
the fewest calls in flight (the first one when the load is light, which keeps its connections
warm), so each holds about an eighth of the connections.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

POOLS = 8
"""Pools per transport: the pool's quadratic cost divided by about 64 under a backlog."""


class Pools(httpx.AsyncBaseTransport):
    """``count`` transports made by ``make``, each call sent on the least busy one."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport], count: int = POOLS) -> None:
        self._pools = [make() for _ in range(count)]
        self._in_flight = [0] * count

    @classmethod
    def sharing(cls, max_connections: int, count: int = POOLS) -> Pools:
        """``count`` of httpx's transports sharing ``max_connections`` between them."""
        limits = httpx.Limits(max_connections=max(1, max_connections // count))
        return cls(lambda: httpx.AsyncHTTPTransport(limits=limits), count)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        chosen = min(range(len(self._pools)), key=self._in_flight.__getitem__)
        self._in_flight[chosen] += 1
        try:
            return await self._pools[chosen].handle_async_request(request)
        finally:
            self._in_flight[chosen] -= 1

    async def aclose(self) -> None:
        for pool in self._pools:
            await pool.aclose()
