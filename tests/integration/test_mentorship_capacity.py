"""A mentor's capacity under concurrent accepts, through the matching service's HTTP API on the
real servers: 50 mentees request one mentor of capacity 3, the mentor's 50 accepts are sent at
once, and exactly 3 become ACTIVE while 47 are refused with CAPACITY_REACHED; ten times, on one
instance and spread over five instances of the service (uvicorn processes on one database)."""

from __future__ import annotations

import asyncio
import os
import secrets
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient

from smartpick.auth import Principal, Role, issue_token
from smartpick.publisher import Publisher
from tests.integration.harness import wait_until
from tests.integration.test_mentorship_lifecycle import mentor_event
from tests.ports import free_port
from tests.servers import Servers

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[2]
ROUNDS = 10
MENTEES = 50
CAPACITY = 3



@contextmanager
def matching_instances(count: int, env: dict[str, str], logs: Path) -> Iterator[list[str]]:
    """``count`` matching processes on one database; their URLs once each is ready."""
    urls = [f"http://127.0.0.1:{free_port()}" for _ in range(count)]
    processes = []
    try:
        for n, url in enumerate(urls):
            with (logs / f"matching-{n}.log").open("ab") as log:
                processes.append(subprocess.Popen(
                    [sys.executable, "-m", "uvicorn", "--factory",
                     "services.matching.main:create_app", "--host", "127.0.0.1",
                     "--port", url.rsplit(":", 1)[1]],
                    env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, cwd=REPO))
        deadline = time.monotonic() + 120
        for n, url in enumerate(urls):
            while not _ready(url):
                assert processes[n].poll() is None and time.monotonic() < deadline, \
                    (logs / f"matching-{n}.log").read_text()[-3000:]
                time.sleep(0.3)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def _ready(url: str) -> bool:
    try:
        return httpx.get(url + "/readyz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def bearer(account_id: str, role: Role, secret: str) -> dict[str, str]:
    token = issue_token(Principal(account_id, role), secret, 3600)
    return {"authorization": f"Bearer {token}"}


async def one_round(http: httpx.AsyncClient, urls: list[str], mentor: str,
                    secret: str) -> Counter[str]:
    """Every mentee asks ``mentor``, then the mentor accepts every request at once."""
    asked = await asyncio.gather(*(
        http.post(urls[n % len(urls)] + "/mentorships", json={"mentor_id": mentor},
                  headers=bearer(f"{mentor}-mentee-{n}", Role.APPLICANT, secret))
        for n in range(MENTEES)))
    assert [answer.status_code for answer in asked] == [201] * MENTEES, asked[0].text
    mentor_headers = bearer(mentor, Role.MENTOR, secret)
    accepts = await asyncio.gather(*(
        http.post(urls[n % len(urls)] + f"/mentorships/{answer.json()['id']}/response",
                  json={"accept": True}, headers=mentor_headers)
        for n, answer in enumerate(asked)))
    return Counter(str(a.status_code) if a.status_code == 200 else a.json().get("code")
                   for a in accepts)


@pytest.mark.parametrize("instances", [1, 5])
async def test_concurrent_accepts_never_exceed_a_mentor_s_capacity(
    servers: Servers, mongo: AsyncMongoClient[dict[str, Any]], unique: str, instances: int,
    tmp_path: Path,
) -> None:
    prefix, database, secret = f"cap{unique}.", f"cap{unique}_matching", secrets.token_hex(32)
    env = {"KAFKA_BOOTSTRAP_SERVERS": servers.kafka_bootstrap,
           "MONGODB_URL": servers.mongodb_url, "TOPIC_PREFIX": prefix,
           "MONGODB_DATABASE": database, "JWT_SECRET": secret, "ENVIRONMENT": "test",
           "OUTBOX_SWEEP_SECONDS": "2"}
    db = mongo[database]
    mentors = [f"mentor-{unique}-{n}" for n in range(ROUNDS)]
    with matching_instances(instances, env, tmp_path) as urls:
        publisher = Publisher(servers.kafka_bootstrap, "/profiles", topic_prefix=prefix)
        await publisher.start()
        try:
            for mentor in mentors:
                await publisher.publish(mentor_event(mentor, capacity=CAPACITY))
        finally:
            await publisher.stop()

        async def listed() -> bool:
            return await db.mentors.count_documents({}) == ROUNDS

        await wait_until(listed, within=60)
        # a connection each: a kept-alive one that uvicorn closes as it is reused (5 s idle on a
        # busy machine) would fail a request that was never sent
        limits = httpx.Limits(max_connections=2 * MENTEES, max_keepalive_connections=0)
        async with httpx.AsyncClient(timeout=120, limits=limits) as http:
            for mentor in mentors:
                outcome = await one_round(http, urls, mentor, secret)
                assert outcome == Counter({"200": CAPACITY,
                                           "CAPACITY_REACHED": MENTEES - CAPACITY}), mentor
                active = await db.mentorships.count_documents(
                    {"mentor_id": mentor, "status": "active"})
                slots = await db.mentor_slots.count_documents({"owner": mentor})
                assert (active, slots) == (CAPACITY, CAPACITY), mentor
