"""Composition root of the gateway: one shared httpx client and the GraphQL route at /graphql.

Run with `uvicorn --factory gateway.main:create_app`.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, cast

import httpx
from fastapi import FastAPI, Request
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.types import ExecutionResult

from gateway.context import Context, context_for
from gateway.errors import with_code
from gateway.ratelimit import RateLimiter
from gateway.schema import schema
from gateway.settings import Settings
from smartpick.logs import configure_logging


class CodedGraphQLRouter(GraphQLRouter[Context, None]):
    """Every error in a response carries ``extensions.code``, even graphql-core's own."""

    async def process_result(self, request: Request,
                             result: ExecutionResult) -> GraphQLHTTPResponse:
        response = process_result(result)
        errors = cast(list[dict[str, Any]] | None, response.get("errors"))
        if errors:
            response["errors"] = [with_code(error) for error in errors]
        return response


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging("gateway", settings.log_level)
    settings.require_jwt_secret()  # it checks every token and signs the anonymous ones

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        timeout = httpx.Timeout(settings.service_timeout_seconds, connect=2.0)
        async with httpx.AsyncClient(timeout=timeout) as client:
            app.state.http = client
            yield

    app = FastAPI(lifespan=lifespan, title="Smart Pick gateway")
    app.state.settings = settings
    app.state.try_plan_limiter = RateLimiter(settings.try_plan_per_minute)
    # Uploads (match-simulation instances) are safe from CSRF here: every operation that takes
    # one needs a bearer token, which a cross-site form cannot send.
    app.include_router(CodedGraphQLRouter(schema, context_getter=context_for,
                                          multipart_uploads_enabled=True), prefix="/graphql")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    return app
