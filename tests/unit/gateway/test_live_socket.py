"""The gateway's WebSocket (graphql-transport-ws) in-process: connection_init authenticates,
idle connections are pinged, an expired token closes the connection, and a notice delivered to
this replica reaches its recipient's subscription; subscriptions run there only."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from gateway.live_feed import LiveFeed
from smartpick.auth import issue_token
from smartpick.events import NotificationAdded
from tests.unit.gateway.fakes import APPLICANT, SECRET, gateway, token

PROTOCOL = ["graphql-transport-ws"]
SUBSCRIBE = {"id": "1", "type": "subscribe", "payload": {
    "query": "subscription { notificationAdded { cursor node { id title createdAt } } }"}}


@pytest.fixture
def client() -> Iterator[TestClient]:
    fake = gateway(live_ping_seconds="0.3", kafka_bootstrap_servers="")  # its feed is set here
    with TestClient(fake.app) as running:
        fake.app.state.live_feed = LiveFeed(queue_bound=10)
        yield running


def init(socket: Any, bearer: str | None) -> None:
    socket.send_json({"type": "connection_init",
                      "payload": {"authorization": f"Bearer {bearer}"} if bearer else {}})


def closed_with(socket: Any) -> tuple[int, str]:
    with pytest.raises(WebSocketDisconnect) as closed:
        while True:
            socket.receive_json()
    return closed.value.code, closed.value.reason


@pytest.mark.parametrize("bearer", [None, "not-a-token", issue_token(APPLICANT, "x" * 40, 60)])
def test_a_connection_without_a_valid_token_is_refused_with_4403(
        client: TestClient, bearer: str | None) -> None:
    with client.websocket_connect("/graphql", subprotocols=PROTOCOL) as socket:
        init(socket, bearer)
        assert closed_with(socket) == (4403, "Forbidden")


def test_a_connection_closes_when_its_token_expires(client: TestClient) -> None:
    with client.websocket_connect("/graphql", subprotocols=PROTOCOL) as socket:
        init(socket, issue_token(APPLICANT, SECRET, 2))
        assert socket.receive_json() == {"type": "connection_ack"}
        code, reason = closed_with(socket)  # pings meanwhile: live_ping_seconds is 0.3
        assert (code, reason) == (4403, "token expired")


def test_an_idle_connection_is_pinged(client: TestClient) -> None:
    with client.websocket_connect("/graphql", subprotocols=PROTOCOL) as socket:
        init(socket, token())
        assert socket.receive_json() == {"type": "connection_ack"}
        assert socket.receive_json() == {"type": "ping"}
        socket.send_json({"type": "pong"})
        assert socket.receive_json() == {"type": "ping"}


def test_a_notice_reaches_the_subscription_of_its_recipient(client: TestClient) -> None:
    feed: LiveFeed = client.app.state.live_feed  # type: ignore[attr-defined]
    at = datetime(2026, 11, 1, tzinfo=UTC)
    notice = NotificationAdded(recipient_id=APPLICANT.account_id, notification_id="n1",
                               cursor="c1", kind="K", title="Your list is ready", body="b",
                               created_at=at)
    with client.websocket_connect("/graphql", subprotocols=PROTOCOL) as socket:
        init(socket, token())
        assert socket.receive_json() == {"type": "connection_ack"}
        socket.send_json(SUBSCRIBE)
        assert client.portal is not None
        while client.portal.call(feed.deliver, notice) == 0:  # until it has subscribed
            time.sleep(0.01)
        message = socket.receive_json()
        while message["type"] == "ping":
            message = socket.receive_json()
    assert message == {"id": "1", "type": "next", "payload": {"data": {"notificationAdded": {
        "cursor": "c1", "node": {"id": "n1", "title": "Your list is ready",
                                 "createdAt": at.isoformat()}}}}}


def test_queries_are_refused_over_the_websocket(client: TestClient) -> None:
    with client.websocket_connect("/graphql", subprotocols=PROTOCOL) as socket:
        init(socket, token())
        assert socket.receive_json() == {"type": "connection_ack"}
        socket.send_json({"id": "q", "type": "subscribe", "payload": {"query": "{ health }"}})
        message = socket.receive_json()
        while message["type"] == "ping":
            message = socket.receive_json()
    assert message["type"] == "error"
    assert message["payload"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_subscription_over_http_is_bad_user_input() -> None:
    found = await gateway().query("subscription { notificationAdded { cursor } }")
    assert found["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_the_legacy_graphql_ws_protocol_is_not_offered(client: TestClient) -> None:
    with client.websocket_connect("/graphql", subprotocols=["graphql-ws"]) as socket:
        assert closed_with(socket)[0] == 4406
