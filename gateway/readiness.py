"""The gateway's ``/readyz``: whether this replica should be sent clients.

Ready once (1) its live feed joined (its partitions assigned, or the wait for them given up, as
start-up does) and its consumer still runs, and (2) every service it calls has answered it at
least once, from one instance or another. The second is checked until it holds, then no more:
a replica that cannot reach a service (wrong URL, a network policy) gets no clients, but a
service outage later does not take every replica out of the load balancer at once (all of them
share it), which would turn the operations that still work into 503s. Calls to a service that
is away answer UNAVAILABLE instead (gateway/clients.py), and the service's own readiness keeps
traffic from its instances that are not ready.
"""

from __future__ import annotations

import asyncio

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from opentelemetry.instrumentation.utils import suppress_instrumentation

from gateway.live_feed import LiveConsumer
from gateway.settings import Settings

PROBE_TIMEOUT_SECONDS = 2.0
router = APIRouter(tags=["health"])


class Readiness:
    """What ``/readyz`` reports for one gateway process."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient,
                 live: LiveConsumer | None) -> None:
        self._instances = settings.service_instances
        self._http = http
        self._live = live
        self._reached: set[str] = set()

    async def checks(self) -> dict[str, bool]:
        waiting = [name for name in self._instances if name not in self._reached]
        answers = await asyncio.gather(*(self._answers(name) for name in waiting))
        self._reached.update(name for name, ok in zip(waiting, answers, strict=True) if ok)
        checks = {name: name in self._reached for name in self._instances}
        if self._live is not None:
            checks["live_feed"] = self._live.running
        return checks

    async def _answers(self, service: str) -> bool:
        """Whether an instance of ``service`` answers its /healthz: asked like any call, so
        through the balancer, which tries the next instance when one refuses."""
        try:
            with suppress_instrumentation():  # probes are not traced (smartpick/tracing.py)
                response = await self._http.get(self._instances[service][0] + "/healthz",
                                                timeout=PROBE_TIMEOUT_SECONDS)
        except httpx.HTTPError:
            return False
        return response.status_code == 200


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    readiness: Readiness = request.app.state.readiness
    checks = await readiness.checks()
    ready = all(checks.values())
    return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)
