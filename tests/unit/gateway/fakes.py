"""The gateway in-process with fake services: httpx.MockTransport answers each service route from
a table, with JSON the services' own response models make; requests go through ASGITransport."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi import FastAPI

from gateway.main import create_app
from gateway.settings import Settings
from smartpick.auth import Principal, Role, issue_token

SECRET = "unit-test-secret-of-at-least-32-characters"
APPLICANT = Principal("applicant-1", Role.APPLICANT)
Answer = Any | httpx.Response | Callable[[httpx.Request], httpx.Response]


def settings(**overrides: Any) -> Settings:
    return Settings(**{"jwt_secret": SECRET, "environment": "test",
                       "profiles_url": "http://profiles", "matching_url": "http://matching",
                       "notifications_url": "http://notifications", **overrides})


def token(principal: Principal = APPLICANT) -> str:
    return issue_token(principal, SECRET, 600)


@dataclass
class FakeServices:
    """Answers ``(method, "host/raw-path")`` from ``routes``; 404 for anything else. Every
    request is kept, so a test can say which calls were made, or that none was."""

    routes: dict[tuple[str, str], Answer] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.routes.get((request.method, request.url.host + request.url.raw_path.decode()
                                  .split("?")[0]))
        if answer is None:
            return httpx.Response(404, json={"detail": "not found"})
        if callable(answer):
            return answer(request)
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, json=answer)


@dataclass
class Gateway:
    app: FastAPI
    services: FakeServices
    client_address: str = "192.0.2.10"

    async def post(self, body: Any = None, *, headers: dict[str, str] | None = None,
                   content: bytes | None = None, **kwargs: Any) -> httpx.Response:
        if content is None:
            return await self.request("POST", json=body, headers=headers, **kwargs)
        return await self.request("POST", content=content, headers=headers, **kwargs)

    async def request(self, method: str, **kwargs: Any) -> httpx.Response:
        transport = httpx.ASGITransport(app=self.app, client=(self.client_address, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
            return await client.request(method, "/graphql", **kwargs)

    async def query(self, query: str, variables: dict[str, Any] | None = None,
                    principal: Principal | None = APPLICANT,
                    headers: dict[str, str] | None = None) -> dict[str, Any]:
        auth = {"authorization": f"Bearer {token(principal)}"} if principal else {}
        response = await self.post({"query": query, "variables": variables or {}},
                                   headers={**auth, **(headers or {})})
        found: dict[str, Any] = response.json()
        return found


def gateway(services: FakeServices | None = None, **overrides: Any) -> Gateway:
    """The gateway app on fake services; its lifespan does not run, so its client is set here."""
    services = services or FakeServices()
    app = create_app(settings(**overrides))
    app.state.http = httpx.AsyncClient(transport=httpx.MockTransport(services.handle))
    return Gateway(app, services)


def codes(result: dict[str, Any]) -> list[str]:
    return [error["extensions"]["code"] for error in result.get("errors") or []]
