"""A bare reverse proxy to the matching service, for benchmarks/gateway_speed.py (a): the floor
of any gateway built of the same parts (uvicorn, one pooled httpx client, a loopback hop), with
no GraphQL, so that the gateway's ratio can be read against what a hop alone costs.

Run: MATCHING_URL=http://127.0.0.1:8002 uvicorn --factory benchmarks.bare_proxy:create_app
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def create_app() -> Starlette:
    matching = os.environ["MATCHING_URL"]
    http = httpx.AsyncClient(base_url=matching)

    async def forward(request: Request) -> Response:
        answer = await http.get(request.url.path, params=request.query_params,
                                headers={"authorization": request.headers["authorization"]})
        return Response(answer.content, answer.status_code,
                        media_type=answer.headers.get("content-type"))

    async def ready(_: Request) -> Response:
        return Response("ready")

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with http:
            yield

    return Starlette(routes=[Route("/readyz", ready), Route("/{path:path}", forward)],
                     lifespan=lifespan)
