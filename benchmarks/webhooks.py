"""Benchmark: webhook delivery to loopback partners, one slow endpoint beside a fast one.

Run against running servers (`make up`, or the test servers with their ports):
    .venv/bin/python benchmarks/webhooks.py [--events 500] [--slow-events 50] [--slow-delay 0.5]

Starts a notifications service process on a scratch topic prefix and database, registers two
organizations' endpoints on loopback partners (tests/integration/webhook_receiver.py), the slow
one answering after ``--slow-delay`` seconds, publishes the slow organization's events and then
the fast one's, and reports the fast endpoint's deliveries per second and, for each endpoint,
p50/p99 from the event's time to its arrival at the partner.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import sys
import time
import uuid
from datetime import datetime
from typing import Any

import httpx
from pymongo import AsyncMongoClient

from smartpick.auth import Principal, Role, issue_token
from smartpick.events import MatchSimulationCompleted
from smartpick.publisher import Publisher, envelope_for
from tests.webhook_receiver import PartnerServer, Received, partner_endpoint

MONGODB = os.environ.get("MONGODB_URL", "mongodb://127.0.0.1:27017/")
KAFKA = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
SECRET = "a-benchmark-secret-of-at-least-32-chars"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _service(prefix: str, database: str, port: int) -> asyncio.subprocess.Process:
    settings = {"KAFKA_BOOTSTRAP_SERVERS": KAFKA, "MONGODB_URL": MONGODB, "TOPIC_PREFIX": prefix,
                "MONGODB_DATABASE": database, "JWT_SECRET": SECRET,
                "WEBHOOK_ALLOW_INSECURE_HTTP": "true",
                "WEBHOOK_ALLOWED_NETWORKS": '["127.0.0.0/8"]', "WEBHOOK_SWEEP_SECONDS": "0.5",
                "WEBHOOK_RATE_PER_SECOND": "1000"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "uvicorn", "--factory", "services.notifications.main:create_app",
        "--host", "127.0.0.1", "--port", str(port), env={**os.environ, **settings},
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    async with httpx.AsyncClient() as http:
        for _ in range(120):
            try:
                if (await http.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200:
                    return process
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.5)
    raise RuntimeError("the notifications service did not start")


async def _endpoint(port: int, organization: str, url: str) -> None:
    token = issue_token(Principal(organization, Role.ORG_ADMIN), SECRET, 3600)
    async with httpx.AsyncClient() as http:
        answer = await http.post(
            f"http://127.0.0.1:{port}/webhooks/endpoints",
            headers={"authorization": f"Bearer {token}"},
            json={"url": url, "event_types": [MatchSimulationCompleted.event_type]})
        answer.raise_for_status()


def _events(organization: str, count: int) -> list[MatchSimulationCompleted]:
    return [MatchSimulationCompleted(simulation_id=str(uuid.uuid4()), requested_by=organization,
                                     name=f"bench {n}", status="succeeded", applicants=1,
                                     matched=1, positions=1, unfilled=0) for n in range(count)]


def _latencies(received: list[Received], recorded: dict[str, float]
               ) -> tuple[list[float], list[float]]:
    """Seconds from each event's time (the body's ``timestamp``) to its first arrival, and from
    its message's recording (``recorded``: id to epoch seconds) to that arrival."""
    total: dict[str, float] = {}
    delivery: dict[str, float] = {}
    for one in received:
        key = one.headers["webhook-id"]
        if one.answered < 300 and key not in total:
            moment = datetime.fromisoformat(json.loads(one.body)["timestamp"]).timestamp()
            total[key] = one.arrived_at - moment
            delivery[key] = one.arrived_at - recorded[key]
    return sorted(total.values()), sorted(delivery.values())


def _percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, int(share * len(values)))]


async def _wait(server: PartnerServer, count: int, within: float) -> None:
    deadline = time.monotonic() + within
    while len({r.headers["webhook-id"] for r in server.received}) < count:
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {len(server.received)} of {count} arrived")
        await asyncio.sleep(0.1)


async def _recorded(database: str) -> dict[str, float]:
    """When each message was recorded (the consumer's part ends there)."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(MONGODB, tz_aware=True)
    try:
        return {m["_id"]: m["created_at"].timestamp() async for m in
                client[database].webhook_messages.find({}, {"created_at": 1})}
    finally:
        await client.close()


async def run(events: int, slow_events: int, slow_delay: float) -> None:
    prefix, port = f"benchhooks{uuid.uuid4().hex[:6]}.", _free_port()
    database = f"{prefix.strip('.')}_notifications"
    process = await _service(prefix, database, port)
    try:
        with partner_endpoint() as (fast_url, fast), partner_endpoint() as (slow_url, slow):
            slow.delay_seconds = slow_delay
            await _endpoint(port, "org-fast", fast_url)
            await _endpoint(port, "org-slow", slow_url)
            publisher = Publisher(KAFKA, "/matching", topic_prefix=prefix)
            await publisher.start()
            started = time.monotonic()
            try:
                for event in [*_events("org-slow", slow_events), *_events("org-fast", events)]:
                    await publisher.send(event.topic, envelope_for(event, "/matching"))
            finally:
                await publisher.stop()
            await _wait(fast, events, within=600)
            fast_seconds = time.monotonic() - started
            await _wait(slow, slow_events, within=600)
            recorded = await _recorded(database)
            for name, server in (("fast", fast), ("slow", slow)):
                total, delivery = _latencies(server.received, recorded)
                print(f"{name}: {len(total)} messages; event to partner p50 "
                      f"{_percentile(total, 0.5):.3f} s, p99 {_percentile(total, 0.99):.3f} s, "
                      f"mean {statistics.fmean(total):.3f} s; message recorded to partner "
                      f"p50 {_percentile(delivery, 0.5):.3f} s, "
                      f"p99 {_percentile(delivery, 0.99):.3f} s")
            print(f"fast endpoint: {events} messages in {fast_seconds:.1f} s "
                  f"({events / fast_seconds:.0f}/s, publishing included) beside "
                  f"{slow_events} to a partner answering in {slow_delay} s")
    finally:
        process.terminate()
        await process.wait()
        client: AsyncMongoClient[dict[str, object]] = AsyncMongoClient(MONGODB)
        await client.drop_database(database)
        await client.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--slow-events", type=int, default=50)
    parser.add_argument("--slow-delay", type=float, default=0.5)
    arguments = parser.parse_args()
    asyncio.run(run(arguments.events, arguments.slow_events, arguments.slow_delay))
