"""A flood of sign-ups whose callers give up, on the profiles service over a real socket and the
real servers: every one is answered within the callers' patience, made or refused (503, try
again), and a sign-up after the flood is answered at once (issue 13).

Before, each abandoned sign-up was still hashed in its turn (uvicorn does not cancel a request
whose client left), so the flood left a backlog that every later sign-up waited behind, and under
retries the service answered nothing in time for minutes. The hash is made to cost a fixed
``HASH_SECONDS`` here, what a real one costs on a busy machine, so the backlog is the same on
every machine.
"""

from __future__ import annotations

import asyncio
import secrets
import time
import uuid
from collections import Counter

import httpx
import pytest
import uvicorn
from argon2 import PasswordHasher

from services.profiles.accounts import passwords
from services.profiles.main import create_app
from services.profiles.settings import Settings
from tests.integration.harness import wait_until
from tests.servers import Servers

pytestmark = pytest.mark.integration
FLOOD = 40
HASH_SECONDS = 0.25
PATIENCE = 2.0
"""How long each caller of the flood waits for an answer, as the gateway's timeout does."""
WAIT_SECONDS = 0.5


class SlowHasher:
    """Argon2id at its cheapest, after a fixed ``HASH_SECONDS``: a busy machine's hash."""

    def __init__(self) -> None:
        self._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

    def hash(self, password: str) -> str:
        time.sleep(HASH_SECONDS)
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        time.sleep(HASH_SECONDS)
        return self._hasher.verify(stored, password)


async def _sign_up(http: httpx.AsyncClient, url: str, patience: float) -> str:
    """The status of one sign-up, with its Retry-After if refused; "gave up" past ``patience``."""
    try:
        response = await http.post(url, json={"email": f"{uuid.uuid4().hex}@example.org",
                                              "password": "a long passphrase"},
                                   timeout=patience)
    except httpx.TimeoutException:
        return "gave up"
    retry = response.headers.get("retry-after")
    return f"{response.status_code}" + (f" retry after {retry}" if retry else "")


async def _served(server: uvicorn.Server) -> bool:
    return server.started


async def test_a_flood_of_abandoned_sign_ups_leaves_no_backlog(
        servers: Servers, unique: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_hasher", SlowHasher())
    settings = Settings(kafka_bootstrap_servers=servers.kafka_bootstrap,
                        mongodb_url=servers.mongodb_url, topic_prefix=f"flood{unique}.",
                        mongodb_database=f"flood{unique}_profiles", environment="test",
                        jwt_secret=secrets.token_urlsafe(48), log_level="WARNING",
                        sign_ups_per_minute_per_address=100_000,
                        password_wait_seconds=WAIT_SECONDS)
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=0,
                                           log_level="warning"))
    serving = asyncio.create_task(server.serve())
    await wait_until(lambda: _served(server), within=60)
    url = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}/accounts"
    try:
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=None)) as http:
            flood = Counter(await asyncio.gather(
                *(_sign_up(http, url, PATIENCE) for _ in range(FLOOD))))
            started = time.monotonic()
            after = await _sign_up(http, url, 60.0)
            waited = time.monotonic() - started
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, 30)
    answered = set(flood) <= {"201", "503 retry after 1"} and flood["201"] >= 1
    assert (answered, after, waited < 5 * HASH_SECONDS) == (True, "201", True), (
        f"the flood: {dict(flood)}; the sign-up after it: {after} after {waited:.1f} s")
