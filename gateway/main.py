"""Composition root of the gateway: one shared httpx client and the GraphQL route at /graphql.

Run with `uvicorn --factory gateway.main:create_app`.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI
from strawberry.fastapi import GraphQLRouter

from gateway.schema import schema
from gateway.settings import Settings
from smartpick.logs import configure_logging


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging("gateway", settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with httpx.AsyncClient(timeout=settings.service_timeout_seconds) as client:
            app.state.http = client
            yield

    app = FastAPI(lifespan=lifespan, title="Smart Pick gateway")
    app.state.settings = settings
    app.include_router(GraphQLRouter(schema), prefix="/graphql")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    return app
