"""Webhooks through the running platform's GraphQL: an organization registers an endpoint on a
loopback partner, a match simulation it ran arrives signed (checked by the npm standardwebhooks
library) and shows in ``me.webhookEndpoints`` with its attempts; another organization sees none
of it and can change none of it; refused URLs (at the ``url`` field) and non-organization callers
get coded errors."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.e2e.test_simulations import wait_finished
from tests.webhook_receiver import PartnerServer, partner_endpoint, verify_with_npm

pytestmark = pytest.mark.e2e
SIMULATION = "org.smartpick.matching.simulation.completed.v1"
CREATE = """mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) {
  id url eventTypes enabled secret } }"""
ENDPOINTS = """{ me { webhookEndpoints { id url messages(first: 5) { totalCount edges { node {
  id eventId eventType status payload attemptCount attempts { attempt status ok durationSeconds }
} } } } } }"""
ONE_ENDPOINT = """query($id: ID!, $after: String) { me { webhookEndpoint(id: $id) { id url
  messages(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id } } } } } }"""
LEDGER = """query($e: ID!) { deliveryLedger(eventId: $e) { entries { channel result recipient ref
  endpointId outcome attempts attemptLog { attempt status ok excerpt durationSeconds error }
} } }"""


@pytest.fixture
def partner() -> Iterator[tuple[str, PartnerServer]]:
    with partner_endpoint() as found:
        yield found


def codes(result: dict[str, Any]) -> list[str]:
    return [error["extensions"]["code"] for error in result.get("errors", [])]


def create(platform: Platform, account: Account, url: str) -> dict[str, Any]:
    return gql(platform, CREATE, account.token, {"i": {
        "url": url, "eventTypes": [SIMULATION], "description": "our system"}})


def run_simulation(platform: Platform, account: Account) -> None:
    queued = gql(platform, 'mutation { runMatchSimulation(input: {name: "hooks", generate: '
                           '{applicants: 60, seed: 5}}) { id } }', account.token)
    assert "errors" not in queued, queued
    wait_finished(platform, account.token, queued["data"]["runMatchSimulation"]["id"])


def wait_received(server: PartnerServer, count: int, within: float = 60) -> None:
    deadline = time.monotonic() + within
    while len(server.received) < count:
        assert time.monotonic() < deadline, f"{len(server.received)} of {count} received"
        time.sleep(0.2)


def test_a_simulation_arrives_signed_and_its_attempts_show(
        platform: Platform, partner: tuple[str, PartnerServer]) -> None:
    url, server = partner
    a, b = new_account(platform, "ORG_ADMIN"), new_account(platform, "ORG_ADMIN")
    offered = gql(platform, "{ webhookEventTypes { type jsonSchema } }", a.token)
    [simulation] = [t for t in offered["data"]["webhookEventTypes"] if t["type"] == SIMULATION]
    assert "requested_by" in simulation["jsonSchema"]["properties"]
    created = create(platform, a, url)["data"]["createWebhookEndpoint"]
    assert created["secret"].startswith("whsec_") and created["enabled"]

    run_simulation(platform, a)
    wait_received(server, 1)
    assert [v.accepted for v in verify_with_npm(created["secret"], *server.received)] == [True]
    [endpoint] = gql(platform, ENDPOINTS, a.token)["data"]["me"]["webhookEndpoints"]
    [edge] = endpoint["messages"]["edges"]
    assert edge["node"]["id"] == server.received[0].headers["webhook-id"]
    assert edge["node"]["payload"].encode() == server.received[0].body
    assert [(t["attempt"], t["status"], t["ok"]) for t in edge["node"]["attempts"]] == [
        (1, 204, True)]
    assert "secret" not in str(gql(platform, ENDPOINTS, a.token))
    one = gql(platform, ONE_ENDPOINT, a.token, {"id": created["id"]})["data"]["me"]
    assert one["webhookEndpoint"]["messages"]["edges"] == [{"node": {"id": edge["node"]["id"]}}]
    assert one["webhookEndpoint"]["messages"]["pageInfo"]["hasNextPage"] is False

    # one query shows what became of the event on every channel, each webhook attempt included
    ledger = gql(platform, LEDGER, a.token, {"e": edge["node"]["eventId"]})
    entries = {e["channel"]: e for e in ledger["data"]["deliveryLedger"]["entries"]}
    assert entries.keys() == {"IN_APP", "LIVE", "EMAIL", "WEBHOOK"}, ledger
    assert entries["EMAIL"]["result"] == "not sent: no verified address"
    hook = entries["WEBHOOK"]
    assert (hook["ref"], hook["endpointId"], hook["outcome"], hook["attempts"]) == (
        edge["node"]["id"], created["id"], "delivered", 1)
    assert [(t["attempt"], t["status"], t["ok"], t["error"]) for t in hook["attemptLog"]] == [
        (1, 204, True, None)]
    assert codes(gql(platform, LEDGER, b.token, {"e": edge["node"]["eventId"]})) == [
        "NOT_FOUND"]

    # organization B: sees nothing of A's, and changes nothing
    assert gql(platform, ENDPOINTS, b.token)["data"]["me"]["webhookEndpoints"] == []
    assert codes(gql(platform, ONE_ENDPOINT, b.token, {"id": created["id"]})) == ["NOT_FOUND"]
    endpoint_id, message_id = created["id"], edge["node"]["id"]
    for mutation, variables in (
            ("rotateWebhookSecret(id: $id) { id }", {"id": endpoint_id}),
            ("setWebhookEndpointEnabled(id: $id, enabled: false) { id }", {"id": endpoint_id}),
            ("sendTestWebhook(id: $id) { messageIds }", {"id": endpoint_id}),
            ('updateWebhookEndpoint(id: $id, input: {description: "x"}) { id }',
             {"id": endpoint_id}),
            ('recoverWebhookMessages(endpointId: $id, since: "2020-01-01T00:00:00Z") '
             '{ messageIds }', {"id": endpoint_id}),
            ("replayWebhookMessage(id: $id) { messageIds }", {"id": message_id})):
        refused = gql(platform, f"mutation($id: ID!) {{ {mutation} }}", b.token, variables)
        assert codes(refused) == ["NOT_FOUND"], (mutation, refused)
    time.sleep(2)
    assert len(server.received) == 1


def test_a_refused_url_and_a_non_organization_get_coded_errors(
        platform: Platform, partner: tuple[str, PartnerServer]) -> None:
    organization, applicant = new_account(platform, "ORG_ADMIN"), new_account(platform)
    refused = create(platform, organization, "https://169.254.169.254/latest/meta-data")
    assert codes(refused) == ["BAD_USER_INPUT"]
    assert "metadata" in refused["errors"][0]["message"]
    assert [f["field"] for f in refused["errors"][0]["extensions"]["fields"]] == ["url"]
    endpoint_id = create(platform, organization, partner[0])["data"]["createWebhookEndpoint"]["id"]
    moved = gql(platform, """mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: {
      url: "https://169.254.169.254/x"}) { id } }""", organization.token, {"id": endpoint_id})
    assert codes(moved) == ["BAD_USER_INPUT"]
    assert [f["field"] for f in moved["errors"][0]["extensions"]["fields"]] == ["url"]
    assert codes(create(platform, applicant, "https://hooks.example.org/x")) == ["FORBIDDEN"]
    assert codes(gql(platform, "{ webhookEventTypes { type } }", applicant.token)) == [
        "FORBIDDEN"]
