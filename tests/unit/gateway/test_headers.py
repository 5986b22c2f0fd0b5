"""CORS for the web client's origin only, and the security headers on every response."""

from __future__ import annotations

import httpx
import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from gateway.headers import API_POLICY, PAGE_POLICY
from tests.unit.gateway.fakes import FakeServices, gateway, token

WEB = "https://app.smartpick.example"
PREFLIGHT = {"access-control-request-method": "POST",
             "access-control-request-headers": "authorization, content-type"}


async def test_the_listed_origin_may_call_the_gateway_from_a_browser() -> None:
    fake = gateway(cors_origins=f"{WEB}, http://localhost:5173")
    preflight = await fake.request("OPTIONS", headers={"origin": WEB, **PREFLIGHT})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == WEB
    assert {"GET", "POST", "OPTIONS"} <= set(
        preflight.headers["access-control-allow-methods"].replace(" ", "").split(","))
    allowed = preflight.headers["access-control-allow-headers"].lower()
    assert "authorization" in allowed and "content-type" in allowed
    assert "access-control-allow-credentials" not in preflight.headers
    simple = await fake.post({"query": "{ health }"}, headers={"origin": WEB})
    assert simple.headers["access-control-allow-origin"] == WEB
    assert "access-control-allow-credentials" not in simple.headers


async def test_another_origin_gets_no_cors_headers() -> None:
    fake = gateway(cors_origins=WEB)
    for origin in ("https://evil.example", "https://app.smartpick.example.evil.example"):
        preflight = await fake.request("OPTIONS", headers={"origin": origin, **PREFLIGHT})
        assert preflight.status_code == 400
        assert "access-control-allow-origin" not in preflight.headers
        simple = await fake.post({"query": "{ health }"}, headers={"origin": origin})
        assert simple.json() == {"data": {"health": True}}  # a browser hides it from the page
        assert "access-control-allow-origin" not in simple.headers


async def test_without_cors_origins_there_are_no_cors_headers() -> None:
    fake = gateway()
    preflight = await fake.request("OPTIONS", headers={"origin": WEB, **PREFLIGHT})
    assert not any(name.startswith("access-control-") for name in preflight.headers)
    simple = await fake.post({"query": "{ health }"}, headers={"origin": WEB})
    assert not any(name.startswith("access-control-") for name in simple.headers)


@pytest.mark.parametrize(("method", "body"), [("POST", {"query": "{ health }"}),
                                              ("POST", {"query": "{"}),
                                              ("GET", None)])
async def test_every_response_has_the_security_headers(method: str, body: object) -> None:
    fake = gateway()
    response = await fake.request(method, json=body, headers={"accept": "application/json"})
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["content-security-policy"] == API_POLICY
    assert "frame-ancestors 'none'" in API_POLICY


async def test_a_refused_oversize_body_has_them_too() -> None:
    response = await gateway(max_body_kb=1).post(content=b"x" * 2048,
                                                 headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.headers["x-frame-options"] == "DENY"


async def test_hsts_is_sent_outside_local_runs_only() -> None:
    deployed = await gateway(environment="production").post({"query": "{ health }"})
    assert deployed.headers["strict-transport-security"].startswith("max-age=")
    local = await gateway(environment="local").post({"query": "{ health }"})
    assert "strict-transport-security" not in local.headers


def test_the_pages_policy_allows_no_inline_or_foreign_script() -> None:
    script = next(part for part in PAGE_POLICY.split("; ") if part.startswith("script-src"))
    assert script == "script-src 'self'"
    assert "frame-ancestors 'none'" in PAGE_POLICY


async def test_the_unsubscribe_pages_form_may_post_under_the_pages_policy() -> None:
    page = "<!doctype html><form method='post'><button>Unsubscribe</button></form>"
    services = FakeServices({("GET", "notifications/email-unsubscribe"): httpx.Response(
        200, text=page, headers={"content-type": "text/html; charset=utf-8"})})
    transport = httpx.ASGITransport(app=gateway(services).app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        answer = await client.get("/email/unsubscribe", params={"token": "t"})
    assert answer.text == page
    assert answer.headers["content-security-policy"] == PAGE_POLICY
    assert "form-action 'self'" in PAGE_POLICY


def test_a_listed_origins_page_may_open_the_websocket_and_another_may_not() -> None:
    fake = gateway(cors_origins=WEB, kafka_bootstrap_servers="")
    with TestClient(fake.app) as client:
        with client.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"],
                                      headers={"origin": WEB}) as socket:
            socket.send_json({"type": "connection_init",
                              "payload": {"authorization": f"Bearer {token()}"}})
            assert socket.receive_json() == {"type": "connection_ack"}
        with pytest.raises(WebSocketDisconnect), client.websocket_connect(
                "/graphql", subprotocols=["graphql-transport-ws"],
                headers={"origin": "https://evil.example"}):
            pass
