"""The gateway's /readyz: not ready until every service answered once; a service that goes away
later does not take the replica out (gateway/readiness.py)."""

from __future__ import annotations

import httpx

from gateway.readiness import Readiness
from gateway.settings import Settings

SECRET = "s" * 32


async def test_ready_once_each_service_answered_and_stays_ready_through_an_outage() -> None:
    up = {"profiles"}

    def answer(request: httpx.Request) -> httpx.Response:
        service = {"8001": "profiles", "8002": "matching", "8003": "notifications"}[
            str(request.url.port)]
        if service not in up:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"status": "alive"})

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
        readiness = Readiness(Settings(jwt_secret=SECRET), http, None)
        assert await readiness.checks() == {"profiles": True, "matching": False,
                                            "notifications": False}
        up |= {"matching", "notifications"}
        assert all((await readiness.checks()).values())
        up.clear()  # every service away: calls answer UNAVAILABLE, the replica stays in
        assert all((await readiness.checks()).values())
