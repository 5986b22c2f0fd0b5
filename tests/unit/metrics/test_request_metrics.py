"""Every app times its HTTP requests by method, route template and status class, and serves the
registry at /metrics outside its OpenAPI schema."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocket

from smartpick.metrics import HTTP_REQUEST_SECONDS
from smartpick.request_metrics import RequestMetrics
from tests.unit.gateway.fakes import gateway
from tests.unit.http.apps import profiles
from tests.unit.metrics.samples import labelled, sample

COUNT = "smartpick_http_request_duration_seconds_count"


async def get(app: FastAPI, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
        return await client.get(path)


async def test_a_request_is_counted_under_its_route_template_not_its_path() -> None:
    app = profiles()
    route = "/applicants/{applicant_id}/profile"
    before = sample(COUNT, method="GET", route=route, status="4xx")
    assert (await get(app, "/applicants/a-1/profile")).status_code == 401
    assert (await get(app, "/applicants/a-2/profile")).status_code == 401
    assert sample(COUNT, method="GET", route=route, status="4xx") == before + 2


async def test_a_path_no_route_takes_is_counted_as_unmatched() -> None:
    before = sample(COUNT, method="GET", route="unmatched", status="4xx")
    assert (await get(profiles(), "/no/such/path/123")).status_code == 404
    assert sample(COUNT, method="GET", route="unmatched", status="4xx") == before + 1


async def test_the_gateway_route_keeps_the_prefix_it_was_included_under() -> None:
    before = sample(COUNT, method="POST", route="/graphql", status="2xx")
    response = await gateway().post({"query": "{ health }"})
    assert response.status_code == 200
    assert sample(COUNT, method="POST", route="/graphql", status="2xx") == before + 1


async def test_an_app_that_fails_before_answering_is_counted_as_5xx() -> None:
    app = FastAPI()

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("a bug")

    app.add_middleware(RequestMetrics, histogram=HTTP_REQUEST_SECONDS)
    before = sample(COUNT, method="GET", route="/boom", status="5xx")
    assert (await get(app, "/boom")).status_code == 500
    assert sample(COUNT, method="GET", route="/boom", status="5xx") == before + 1


def test_a_websocket_passes_untimed() -> None:
    async def echo(socket: WebSocket) -> None:
        await socket.accept()
        await socket.send_text(await socket.receive_text())
        await socket.close()

    app = Starlette(routes=[WebSocketRoute("/live", echo)])
    app.add_middleware(RequestMetrics, histogram=HTTP_REQUEST_SECONDS)
    with TestClient(app).websocket_connect("/live") as socket:
        socket.send_text("hello")
        assert socket.receive_text() == "hello"
    assert labelled(route="/live") == []


APPS: dict[str, Callable[[], FastAPI]] = {"service": profiles, "gateway": lambda: gateway().app}


@pytest.mark.parametrize("name", APPS)
async def test_metrics_are_served_as_prometheus_text_and_left_out_of_openapi(name: str) -> None:
    built = APPS[name]()
    response = await get(built, "/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "# TYPE smartpick_http_request_duration_seconds histogram" in response.text
    assert "/metrics" not in built.openapi()["paths"]
