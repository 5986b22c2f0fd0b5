"""Where benchmarks/notifications.py sees a notice arrive, each time keyed by the token the
benchmark wrote into the event: stored (its NotificationAdded on Kafka), live (a subscription
through the gateway) and mailed (Mailpit's ``Created``). Times are seconds since the epoch, as
Mailpit stamps them."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer
from pipeline_kafka import partitions_of
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

TOKEN = re.compile(r"nb[0-9a-f]{8}x[0-9]{7}")
SUBSCRIPTION = "subscription { notificationAdded { node { id body } } }"


def token(run: str, seq: int) -> str:
    """The unique mark of one event, as its notice's body and email show it."""
    return f"nb{run}x{seq:07d}"


@dataclass
class StoredWatch:
    """Reads ``notifications.added`` from its end: one record per notice stored."""

    bootstrap: str
    topic: str
    seen: dict[str, float] = field(default_factory=dict)
    consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        self.consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None,
                                         enable_auto_commit=False, fetch_max_wait_ms=20)
        await self.consumer.start()
        partitions = await partitions_of(self.bootstrap, self.topic)
        self.consumer.assign(partitions)
        await self.consumer.seek_to_end(*partitions)
        for partition in partitions:  # resolve now, so nothing stored later is missed
            await self.consumer.position(partition)

    async def run(self) -> None:
        assert self.consumer is not None
        while True:
            batches = await self.consumer.getmany(timeout_ms=100)
            now = time.time()
            for records in batches.values():
                for record in records:
                    if found := TOKEN.search(json.loads(record.value or b"{}").get("body", "")):
                        self.seen.setdefault(found.group(), now)

    async def stop(self) -> None:
        if self.consumer is not None:
            await self.consumer.stop()


@dataclass
class MailWatch:
    """Reads what Mailpit received, newest first, and deletes it once read (so each poll reads
    only new mail, and Mailpit's list stays short)."""

    api: str
    seen: dict[str, float] = field(default_factory=dict)
    to: dict[str, str] = field(default_factory=dict)
    other: int = 0
    """Messages without a token (none are expected)."""

    async def clear(self, http: httpx.AsyncClient) -> None:
        (await http.delete(f"{self.api}/api/v1/messages")).raise_for_status()

    async def harvest(self, http: httpx.AsyncClient) -> int:
        answer = await http.get(f"{self.api}/api/v1/messages", params={"limit": "1000"})
        answer.raise_for_status()
        messages: list[dict[str, Any]] = answer.json()["messages"]
        for message in messages:
            text = f"{message.get('Subject', '')} {message.get('Snippet', '')}"
            if found := TOKEN.search(text):
                self.seen.setdefault(found.group(), created(message["Created"]))
                self.to[found.group()] = message["To"][0]["Address"] if message["To"] else ""
            else:
                self.other += 1
        if messages:
            (await http.request("DELETE", f"{self.api}/api/v1/messages",
                                json={"IDs": [m["ID"] for m in messages]})).raise_for_status()
        return len(messages)

    async def run(self, http: httpx.AsyncClient, every: float = 0.25) -> None:
        while True:
            if await self.harvest(http) < 1000:
                await asyncio.sleep(every)


def created(stamp: str) -> float:
    """Mailpit's ``Created`` (RFC 3339, milliseconds) in seconds since the epoch."""
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


@dataclass
class LiveClient:
    """One WebSocket to the gateway (graphql-transport-ws) with one subscription."""

    connection: ClientConnection
    seen: dict[str, float]
    errors: list[str]

    @classmethod
    async def open(cls, graphql: str, bearer: str, seen: dict[str, float],
                   errors: list[str]) -> LiveClient:
        connection = await connect(graphql.replace("http://", "ws://", 1),
                                   subprotocols=[Subprotocol("graphql-transport-ws")])
        await connection.send(json.dumps({"type": "connection_init",
                                          "payload": {"authorization": f"Bearer {bearer}"}}))
        acknowledged = json.loads(await connection.recv())
        if acknowledged != {"type": "connection_ack"}:
            raise RuntimeError(f"live connection refused: {acknowledged}")
        await connection.send(json.dumps({"id": "1", "type": "subscribe",
                                          "payload": {"query": SUBSCRIPTION}}))
        return cls(connection, seen, errors)

    async def run(self) -> None:
        async for raw in self.connection:
            now = time.time()
            message = json.loads(raw)
            if message["type"] == "ping":
                await self.connection.send(json.dumps({"type": "pong"}))
            elif message["type"] == "next" and "errors" not in message["payload"]:
                body = message["payload"]["data"]["notificationAdded"]["node"]["body"]
                if found := TOKEN.search(body):
                    self.seen.setdefault(found.group(), now)
            else:
                self.errors.append(str(message)[:300])

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.connection.close()
