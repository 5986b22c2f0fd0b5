"""A live client that stops reading, over a real socket: the gateway's queue for it stops at the
bound however many notices follow, and the client, reading again, gets one resync signal."""

from __future__ import annotations

import asyncio
import json
import secrets
from datetime import UTC, datetime
from typing import Any

import pytest
import uvicorn
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from gateway.live_feed import LiveFeed
from gateway.main import create_app
from smartpick.events import NotificationAdded
from tests.integration.harness import wait_until
from tests.unit.gateway.fakes import APPLICANT, settings, token

pytestmark = pytest.mark.integration
BOUND = 100


def notice(number: int) -> NotificationAdded:
    """About 2 KB on the wire: random text, which the socket's compression cannot shrink."""
    return NotificationAdded(recipient_id=APPLICANT.account_id, notification_id=f"n{number}",
                             cursor=f"c{number}", kind="K", title=secrets.token_hex(500),
                             body=secrets.token_hex(500),
                             created_at=datetime(2026, 11, 1, tzinfo=UTC))


async def answered(value: bool) -> bool:
    return value


async def test_a_client_that_stops_reading_holds_the_bound_then_gets_one_resync() -> None:
    app = create_app(settings(kafka_bootstrap_servers=""))
    feed = app.state.live_feed = LiveFeed(BOUND)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    await wait_until(lambda: answered(server.started))
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        async with connect(f"ws://127.0.0.1:{port}/graphql", max_queue=1,
                           subprotocols=[Subprotocol("graphql-transport-ws")]) as client:
            await client.send(json.dumps({"type": "connection_init", "payload": {
                "authorization": f"Bearer {token()}"}}))
            assert json.loads(await client.recv()) == {"type": "connection_ack"}
            await client.send(json.dumps({"id": "1", "type": "subscribe", "payload": {
                "query": "subscription { notificationAdded { cursor node { title body } } }"}}))
            await wait_until(lambda: answered(feed.queued(APPLICANT.account_id) == [0]))
            sent = 0  # the client reads nothing from here: the socket's buffers fill, then ours
            while feed.queued(APPLICANT.account_id) != [BOUND] and sent < 200_000:
                for _ in range(BOUND // 2):  # fewer than the bound at a time: a reader keeps up
                    sent += 1
                    feed.deliver(notice(sent))
                await asyncio.sleep(0.01)
            for _ in range(5_000):  # and however many more come
                sent += 1
                feed.deliver(notice(sent))
            await asyncio.sleep(0.2)
            assert feed.queued(APPLICANT.account_id) == [BOUND], sent

            messages: list[dict[str, Any]] = []
            async with asyncio.timeout(60):
                while not messages or messages[-1]["type"] != "complete":
                    messages.append(json.loads(await client.recv()))
            errors = [m for m in messages if m["type"] == "next" and "errors" in m["payload"]]
            assert [e["payload"]["errors"][0]["extensions"]["code"] for e in errors] == [
                "RESYNC_REQUIRED"]
            print(f"{sent} notices sent to a client that stopped reading; it got "
                  f"{len(messages) - 2} before the resync signal, the queue held {BOUND}")
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, 30)
