"""Benchmark: CPU per request of an httpx client with many requests in flight, on one connection
pool (the baseline, httpx's default) and on the gateway's `Pools` (gateway/pools.py).

A loopback HTTP server in the same process answers each request after ``--delay`` seconds, so
that ``--in-flight`` requests stay open at once, as in a gateway that has fallen behind. The CPU
is this process's (client and server together); the server's share is the same both ways. From
the repository root:
  .venv/bin/python benchmarks/http_pools.py
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

import httpx

from gateway.pools import POOLS, Pools


async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 delay: float) -> None:
    try:
        while True:
            await reader.readuntil(b"\r\n\r\n")
            await asyncio.sleep(delay)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()
    except asyncio.CancelledError:  # the run is over: a kept-alive connection still open
        writer.close()


def transport(pools: int, in_flight: int) -> httpx.AsyncBaseTransport:
    """httpx's own transport with room for ``in_flight`` connections, or ``pools`` of them
    sharing that room."""
    if pools == 1:
        return httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=in_flight))
    return Pools.sharing(in_flight, pools)


async def measured(transport: httpx.AsyncBaseTransport, url: str, requests: int,
                   in_flight: int) -> tuple[float, float]:
    """CPU milliseconds per request, and requests per second."""
    slots = asyncio.Semaphore(in_flight)
    async with httpx.AsyncClient(transport=transport) as client:
        async def one() -> None:
            async with slots:
                (await client.get(url)).raise_for_status()

        before, started = os.times(), time.monotonic()
        await asyncio.gather(*(one() for _ in range(requests)))
        after, wall = os.times(), time.monotonic() - started
    cpu = after.user + after.system - before.user - before.system
    return 1000 * cpu / requests, requests / wall


async def main(args: argparse.Namespace) -> None:
    server = await asyncio.start_server(lambda r, w: answer(r, w, args.delay), "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
    print(f"{args.requests} requests per way, answered after {args.delay * 1000:.0f} ms; "
          f"load at start {os.getloadavg()}")
    try:
        for in_flight in args.in_flight:
            results = {way: await measured(transport(pools, in_flight), url, args.requests,
                                           in_flight)
                       for way, pools in (("one pool", 1), (f"{POOLS} pools", POOLS))}
            for way, (cpu, rate) in results.items():
                print(f"  {in_flight:4} in flight, {way:8}: {cpu:6.2f} ms CPU per request, "
                      f"{rate:6.0f}/s")
            print(f"  {in_flight:4} in flight: {POOLS} pools / one pool, CPU per request "
                  f"{results[f'{POOLS} pools'][0] / results['one pool'][0]:.2f}x")
    finally:
        server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--in-flight", type=int, nargs="+", default=[8, 50, 200])
    asyncio.run(main(parser.parse_args()))
