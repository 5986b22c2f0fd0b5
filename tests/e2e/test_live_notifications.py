"""Live notifications on the running platform: two clients of one applicant, connected through
two gateway replicas with graphql-transport-ws, each hear of a stored notice within a second; an
expired token closes its connection; a client reconnecting with `after` gets what it missed,
then live ones, without duplicates."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from gateway.live_notifications import position
from smartpick.auth import Principal, Role, issue_token
from tests.e2e.accounts import PROFILE_INPUT, Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql

pytestmark = pytest.mark.e2e
SUBSCRIPTION = """subscription($after: String) { notificationAdded(after: $after) {
  cursor node { id kind title read createdAt category seen archived snoozedUntil } } }"""
LIST = """{ me { notifications(first: 20) { edges { cursor node { id kind title read createdAt
  category seen archived snoozedUntil } } } } }"""
WITHIN_SECONDS = 1.0


@pytest.fixture(scope="module")
def second_gateway(platform: Platform) -> Iterator[str]:
    """Another replica of the gateway, with its own live feed consumer."""
    with platform.another_gateway() as graphql:
        yield graphql


def socket_url(graphql: str) -> str:
    return graphql.replace("http://", "ws://", 1)


class LiveClient:
    """One client of the live feed: a connection, acknowledged, with one subscription."""

    def __init__(self, connection: ClientConnection) -> None:
        self.connection = connection

    @classmethod
    async def open(cls, graphql: str, token: str) -> LiveClient:
        connection = await connect(socket_url(graphql),
                                   subprotocols=[Subprotocol("graphql-transport-ws")])
        await connection.send(json.dumps({"type": "connection_init",
                                          "payload": {"authorization": f"Bearer {token}"}}))
        assert json.loads(await connection.recv()) == {"type": "connection_ack"}
        return cls(connection)

    async def subscribe(self, after: str | None = None) -> None:
        await self.connection.send(json.dumps({"id": "1", "type": "subscribe", "payload": {
            "query": SUBSCRIPTION, "variables": {"after": after}}}))
        await asyncio.sleep(1.0)  # the gateway registers it (the protocol acknowledges nothing)

    async def next_notice(self, within: float = 60) -> tuple[dict[str, Any], float]:
        """The next notice (pings answered) and when it arrived (seconds since the epoch)."""
        async with asyncio.timeout(within):
            while True:
                message = json.loads(await self.connection.recv())
                arrived = time.time()
                if message["type"] == "ping":
                    await self.connection.send(json.dumps({"type": "pong"}))
                    continue
                assert message["type"] == "next" and "errors" not in message["payload"], message
                edge: dict[str, Any] = message["payload"]["data"]["notificationAdded"]
                return edge, arrived

    async def nothing_more(self, seconds: float) -> None:
        try:
            edge, _ = await self.next_notice(seconds)
        except TimeoutError:
            return
        raise AssertionError(f"unexpected notice {edge}")


async def settled_applicant(platform: Platform) -> Account:
    """An applicant whose first profile was saved and told: later saves that change only the
    score bring one notice each (the first may bring mentor suggestions too)."""
    applicant = await asyncio.to_thread(new_account, platform)
    await update_profile(platform, applicant, 240)
    await asyncio.to_thread(wait_for_newer, platform, applicant, None)
    return applicant


async def update_profile(platform: Platform, account: Account, step2: int) -> None:
    saved = await asyncio.to_thread(
        gql, platform, "mutation($p: ProfileInput!) { updateMyProfile(input: $p) { visa } }",
        account.token, {"p": {**PROFILE_INPUT, "step2Score": step2}})
    assert "errors" not in saved, saved


def latency(edge: dict[str, Any], arrived: float) -> float:
    """From the notice being stored (its createdAt) to its arrival at the client."""
    return arrived - datetime.fromisoformat(edge["node"]["createdAt"]).timestamp()


async def test_clients_on_two_replicas_each_hear_of_a_notice_within_a_second(
        platform: Platform, second_gateway: str) -> None:
    applicant = await settled_applicant(platform)
    phone = await LiveClient.open(platform.graphql, applicant.token)
    laptop = await LiveClient.open(second_gateway, applicant.token)
    try:
        await phone.subscribe()
        await laptop.subscribe()
        await update_profile(platform, applicant, 245)
        (on_phone, phone_at), (on_laptop, laptop_at) = await asyncio.gather(
            phone.next_notice(), laptop.next_notice())
        assert on_phone == on_laptop and on_phone["node"]["kind"] == "RECOMMENDATIONS_READY"
        measured = [latency(on_phone, phone_at), latency(on_laptop, laptop_at)]
        print(f"live notice latency from storage: {measured[0]:.3f} s (gateway 1), "
              f"{measured[1]:.3f} s (gateway 2)")
        assert max(measured) < WITHIN_SECONDS, measured
        listed = await asyncio.to_thread(gql, platform, LIST, applicant.token)
        newest = listed["data"]["me"]["notifications"]["edges"][0]
        assert newest == on_phone  # the live node is the listed one, inbox states included
    finally:
        await phone.connection.close()
        await laptop.connection.close()


async def test_a_connection_closes_when_its_token_expires(
        platform: Platform, jwt_secret: str) -> None:
    applicant = await asyncio.to_thread(new_account, platform)
    short = issue_token(Principal(applicant.id, Role.APPLICANT), jwt_secret, 3)
    client = await LiveClient.open(platform.graphql, short)
    await client.subscribe()
    with pytest.raises(ConnectionClosed) as closed:
        await client.next_notice(within=10)
    assert closed.value.rcvd is not None
    assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (4403, "token expired")


async def test_a_reconnecting_client_catches_up_exactly_what_it_missed(
        platform: Platform, second_gateway: str) -> None:
    applicant = await settled_applicant(platform)
    client = await LiveClient.open(second_gateway, applicant.token)
    await client.subscribe()
    await update_profile(platform, applicant, 245)
    seen, _ = await client.next_notice()
    await client.connection.close()

    await update_profile(platform, applicant, 250)  # while it is away
    listed = await asyncio.to_thread(wait_for_newer, platform, applicant, seen["cursor"])

    client = await LiveClient.open(second_gateway, applicant.token)
    try:
        await client.subscribe(after=seen["cursor"])
        caught_up = [(await client.next_notice())[0] for _ in listed]
        assert [(edge["cursor"], edge["node"]["id"]) for edge in caught_up] == [
            (edge["cursor"], edge["node"]["id"]) for edge in reversed(listed)]  # oldest first
        await update_profile(platform, applicant, 255)  # then live ones, each once
        fresh, _ = await client.next_notice()
        assert fresh["node"]["id"] not in {edge["node"]["id"] for edge in [seen, *caught_up]}
        await client.nothing_more(3)
    finally:
        await client.connection.close()


def wait_for_newer(platform: Platform, applicant: Account, cursor: str | None,
                   within: float = 60) -> list[dict[str, Any]]:
    """The applicant's notices stored after ``cursor``'s (newest first, all without one), once a
    list notice is among them."""
    deadline = time.monotonic() + within
    while True:
        found = gql(platform, LIST, applicant.token)["data"]["me"]["notifications"]["edges"]
        newer: list[dict[str, Any]] = [edge for edge in found if cursor is None
                                       or position(edge["cursor"]) > position(cursor)]
        if any(edge["node"]["kind"] == "RECOMMENDATIONS_READY" for edge in newer):
            return newer
        assert time.monotonic() < deadline, found
        time.sleep(0.3)
