"""Persisted queries: Apollo's APQ protocol over GET and POST, and the production allow-list
(over HTTP and the WebSocket), on the gateway in-process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from gateway.persisted import PersistedQueries, load_allow_list, sha256_hex
from tests.unit.gateway.fakes import Gateway, codes, gateway, token

GRAPHQL_RESPONSE = "application/graphql-response+json"
HEALTH = "query Health { health }"
SUBSCRIPTION = "subscription { notificationAdded { cursor } }"


def persisted(query: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256_hex(query)}}


async def get(fake: Gateway, params: dict[str, Any], accept: str = "application/json") -> Any:
    encoded = {key: json.dumps(value) if isinstance(value, dict) else value
               for key, value in params.items()}
    return await fake.request("GET", params=encoded, headers={"accept": accept})


@pytest.fixture
def allow_list(tmp_path: Path) -> str:
    path = tmp_path / "persisted-queries.json"
    path.write_text(json.dumps({sha256_hex(q): q for q in (HEALTH, SUBSCRIPTION)}))
    return str(path)


async def test_an_unknown_hash_is_persisted_query_not_found_then_runs_once_sent() -> None:
    fake = gateway()
    by_hash = {"extensions": persisted(HEALTH)}
    missing = (await fake.post(by_hash)).json()
    assert missing["errors"][0] == {"message": "PersistedQueryNotFound",
                                    "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    assert "data" not in missing
    registered = await fake.post({"query": HEALTH, **by_hash})
    assert registered.json() == {"data": {"health": True}}
    assert (await fake.post(by_hash)).json() == {"data": {"health": True}}


async def test_a_persisted_query_runs_by_hash_over_get() -> None:
    fake = gateway()
    assert (await get(fake, {"extensions": persisted(HEALTH)})).json()["errors"][0][
        "extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    await get(fake, {"query": HEALTH, "extensions": persisted(HEALTH)})
    found = await get(fake, {"extensions": persisted(HEALTH), "operationName": "Health"})
    assert found.status_code == 200 and found.json() == {"data": {"health": True}}


async def test_not_found_is_answered_200_even_for_graphql_response_json() -> None:
    """APQ's first step is a handshake, not a failure: a 400 would be logged as an error by
    every browser, for every first use of an operation."""
    response = await gateway().post({"extensions": persisted(HEALTH)},
                                    headers={"accept": GRAPHQL_RESPONSE})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE)
    assert "data" not in response.json()
    assert codes(response.json()) == ["PERSISTED_QUERY_NOT_FOUND"]


@pytest.mark.parametrize("accept", ["application/json", GRAPHQL_RESPONSE])
async def test_a_hash_that_is_not_the_querys_is_400_and_not_remembered(accept: str) -> None:
    fake = gateway()
    response = await fake.post({"query": "{ health }", "extensions": persisted(HEALTH)},
                               headers={"accept": accept})
    assert response.status_code == 400
    assert codes(response.json()) == ["PERSISTED_QUERY_HASH_MISMATCH"]
    assert codes((await fake.post({"extensions": persisted(HEALTH)})).json()) == [
        "PERSISTED_QUERY_NOT_FOUND"]


@pytest.mark.parametrize("extension", [
    {"version": 2, "sha256Hash": sha256_hex(HEALTH)}, {"version": 1, "sha256Hash": "abc"},
    {"version": 1, "sha256Hash": sha256_hex(HEALTH).upper()}, "yes"])
async def test_a_malformed_persisted_query_extension_is_400(extension: Any) -> None:
    response = await gateway().post({"query": HEALTH,
                                     "extensions": {"persistedQuery": extension}})
    assert response.status_code == 400 and codes(response.json()) == ["BAD_USER_INPUT"]


def test_the_remembered_queries_are_a_bounded_lru() -> None:
    queries = PersistedQueries(None, cache_size=2)
    texts = ["{ a }", "{ b }", "{ c }"]
    for text in texts[:2]:
        queries.query_for(text, persisted(text))
    queries.query_for(None, persisted(texts[0]))  # used: b is now the oldest
    queries.query_for(texts[2], persisted(texts[2]))
    assert queries.query_for(None, persisted(texts[0])) == texts[0]
    with pytest.raises(Exception, match="PersistedQueryNotFound"):
        queries.query_for(None, persisted(texts[1]))


def test_a_very_long_query_runs_but_is_not_remembered() -> None:
    queries = PersistedQueries(None, cache_size=10)
    long = "{ health }" + " " * 30_000
    assert queries.query_for(long, persisted(long)) == long
    with pytest.raises(Exception, match="PersistedQueryNotFound"):
        queries.query_for(None, persisted(long))


async def test_plain_queries_run_as_before_without_an_allow_list() -> None:
    assert (await gateway().post({"query": "{ health }"})).json() == {"data": {"health": True}}


async def test_the_allow_list_runs_its_operations_by_hash_or_text(allow_list: str) -> None:
    fake = gateway(graphql_allow_list=allow_list)
    assert (await fake.post({"extensions": persisted(HEALTH)})).json() == {
        "data": {"health": True}}
    assert (await fake.post({"query": HEALTH})).json() == {"data": {"health": True}}
    assert (await get(fake, {"extensions": persisted(HEALTH)})).json() == {
        "data": {"health": True}}
    assert (await fake.post({"query": HEALTH, "extensions": persisted(HEALTH)})).json() == {
        "data": {"health": True}}


@pytest.mark.parametrize("body", [
    {"query": "{ health }"},  # the same operation, but not the text the client built
    {"extensions": persisted("{ health }")},
    {"query": "{ health }", "extensions": persisted("{ health }")},  # APQ cannot add one
])
async def test_the_allow_list_refuses_everything_else(allow_list: str,
                                                      body: dict[str, Any]) -> None:
    fake = gateway(graphql_allow_list=allow_list)
    for accept, status in [("application/json", 200), (GRAPHQL_RESPONSE, 400)]:
        response = await fake.post(body, headers={"accept": accept})
        assert response.status_code == status
        assert codes(response.json()) == ["PERSISTED_QUERY_NOT_ALLOWED"]
        assert "data" not in response.json()
    assert codes((await fake.post({"extensions": persisted("{ health }")})).json()) == [
        "PERSISTED_QUERY_NOT_ALLOWED"]


def test_an_allow_list_whose_hash_is_not_its_text_is_refused_at_start(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({sha256_hex("{ a }"): "{ b }"}))
    with pytest.raises(ValueError, match="not the sha256"):
        load_allow_list(str(path))
    path.write_text("[]")
    with pytest.raises(ValueError, match="JSON object"):
        load_allow_list(str(path))


@pytest.mark.parametrize(("query", "answer"), [(SUBSCRIPTION, "next"),
                                               ("subscription { notificationAdded { cursor "
                                                "node { id } } }", "error")])
def test_the_allow_list_covers_subscriptions_over_the_websocket(
        allow_list: str, query: str, answer: str) -> None:
    fake = gateway(graphql_allow_list=allow_list, kafka_bootstrap_servers="")
    with TestClient(fake.app) as client, client.websocket_connect(
            "/graphql", subprotocols=["graphql-transport-ws"]) as socket:
        socket.send_json({"type": "connection_init",
                          "payload": {"authorization": f"Bearer {token()}"}})
        assert socket.receive_json() == {"type": "connection_ack"}
        socket.send_json({"id": "1", "type": "subscribe", "payload": {"query": query}})
        message = socket.receive_json()
    # without a live feed an allowed subscription runs and answers LIVE_FEED_OFF in a result
    assert message["type"] == answer
    code = "LIVE_FEED_OFF" if answer == "next" else "PERSISTED_QUERY_NOT_ALLOWED"
    errors = message["payload"]["errors"] if answer == "next" else message["payload"]
    assert errors[0]["extensions"]["code"] == code
