"""Benchmark: many people signing up at once through GraphQL, each retrying until they are in.

Run against a running platform (`make up`, started with SIGN_UPS_PER_MINUTE_PER_ADDRESS high
enough for the flood, as every client shares one address):
  .venv/bin/python benchmarks/sign_up_flood.py [--url http://127.0.0.1:8000/graphql]
  [--clients 100] [--seconds 180]

Each client signs up with an email of its own and, while the gateway answers UNAVAILABLE (its
5 s timeout, or the profiles service refusing a sign-up it could not hash in time), tries again
a second later, as tests/profile_stream.py does; a retry whose account was made meanwhile signs
in. Prints how many got an account within ``--seconds`` and when, the answers by code each
5 s, and then how long one more client, starting once the flood stopped, takes to get an
account: what the flood left queued behind it (up to 600 s).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
import uuid
from collections import Counter
from typing import Any

import httpx

SIGN_UP = ('mutation($e: String!) { signUp(input: {email: $e, password: "a long passphrase"}) '
           "{ token } }")
SIGN_IN = 'mutation($e: String!) { signIn(email: $e, password: "a long passphrase") { token } }'


async def _answer(http: httpx.AsyncClient, url: str, query: str, email: str) -> str:
    """The answer's error code, or "OK"."""
    try:
        response = await http.post(url, json={"query": query, "variables": {"e": email}})
        answer: dict[str, Any] = response.json()
    except (httpx.HTTPError, ValueError) as error:
        return type(error).__name__
    errors = answer.get("errors") or []
    if not errors:
        return "OK"
    if "exists already" in errors[0]["message"]:
        return "EXISTS"
    return str(errors[0].get("extensions", {}).get("code"))


async def _client(http: httpx.AsyncClient, url: str, until: float, codes: Counter[str],
                  started: float) -> float | None:
    """Seconds from the start until this client had an account, None if it never did."""
    email, query = f"flood-{uuid.uuid4().hex[:12]}@example.org", SIGN_UP
    while time.monotonic() < until:
        code = await _answer(http, url, query, email)
        codes[code] += 1
        if code == "OK":
            return time.monotonic() - started
        if code == "EXISTS":
            query = SIGN_IN
        else:
            await asyncio.sleep(1.0)
    return None


async def _report(codes: Counter[str], started: float) -> None:
    last: Counter[str] = Counter()
    while True:
        await asyncio.sleep(5)
        print(f"  t={time.monotonic() - started:5.0f} s  answers in the last 5 s: "
              f"{dict(codes - last)}", flush=True)
        last = codes.copy()


async def main(url: str, clients: int, seconds: float) -> None:
    print(f"load average at start {os.getloadavg()[0]:.2f}, {clients} clients, {seconds:.0f} s")
    codes: Counter[str] = Counter()
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=None)) as http:
        started = time.monotonic()
        reporter = asyncio.create_task(_report(codes, started))
        done = await asyncio.gather(*(_client(http, url, started + seconds, codes, started)
                                      for _ in range(clients)))
        reporter.cancel()
        made = sorted(t for t in done if t is not None)
        print(f"accounts: {len(made)}/{clients} within {seconds:.0f} s; first after "
              f"{made[0] if made else float('nan'):.1f} s, half after "
              f"{made[len(made) // 2] if made else float('nan'):.1f} s, last after "
              f"{made[-1] if made else float('nan'):.1f} s; answers {dict(codes)}")
        probe, tries = time.monotonic(), Counter[str]()
        after = await _client(http, url, probe + 600, tries, probe)
        print(f"a new sign-up after the flood got its account after "
              f"{after if after is None else round(after, 1)} s (answers {dict(tries)})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/graphql")
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=180.0)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.url, arguments.clients, arguments.seconds))
