"""Composition root of the gateway: one shared httpx client and the GraphQL route at /graphql.

Run with `uvicorn --factory gateway.main:create_app --no-proxy-headers`: which proxy may name
the client is the gateway's own setting (FORWARDED_ALLOW_IPS, none by default), while uvicorn's
default would believe an X-Forwarded-For from any local process.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from gateway import unsubscribe
from gateway.context import context_for
from gateway.limits import BodyLimit
from gateway.live_feed import LiveConsumer, LiveFeed
from gateway.ratelimit import RateLimiter, Refusals
from gateway.router import GraphQLHTTPRouter
from gateway.schema import build_schema
from gateway.settings import Settings
from smartpick.logs import configure_logging


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging("gateway", settings.log_level)
    settings.require_jwt_secret()  # it checks every token and signs the anonymous ones

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        timeout = httpx.Timeout(settings.service_timeout_seconds, connect=2.0)
        async with httpx.AsyncClient(timeout=timeout) as client:
            app.state.http = client
            if not settings.kafka_bootstrap_servers:
                yield  # no live feed: the subscription answers LIVE_FEED_OFF
                return
            app.state.live_feed = LiveFeed(settings.live_queue_bound)
            consumer = LiveConsumer(settings, app.state.live_feed)
            await consumer.start()
            try:
                yield
            finally:
                await consumer.stop()

    app = FastAPI(lifespan=lifespan, title="Smart Pick gateway")
    app.state.settings = settings
    app.state.try_plan_limiter = RateLimiter(settings.try_plan_per_minute)
    app.state.refusals = Refusals()
    # Uploads (match-simulation instances) are safe from CSRF here: every operation that takes
    # one needs a bearer token, which a cross-site form cannot send.
    discoverable = settings.schema_discoverable
    origins = [origin.strip() for origin in settings.cors_origins.split(",") if origin.strip()]
    app.include_router(GraphQLHTTPRouter(
        build_schema(settings), context_getter=context_for, multipart_uploads_enabled=True,
        graphql_ide="graphiql" if discoverable else None, suggestions=discoverable,
        # the live feed: only graphql-transport-ws, whose connection_init carries the token
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        connection_init_wait_timeout=timedelta(seconds=10),
        max_subscriptions_per_connection=settings.live_subscriptions_per_connection,
        # strawberry refuses a cross-origin handshake (403) unless the web client's origin is let in
        allowed_origins=origins),
        prefix="/graphql")
    app.add_middleware(BodyLimit, limit=settings.max_body_kb * 1024,
                       upload_limit=(settings.simulation_max_upload_mb * 1_000_000
                                     + settings.max_body_kb * 1024))
    if origins:
        app.add_middleware(CORSMiddleware, allow_methods=["GET", "POST"], allow_origins=origins,
                           allow_headers=["Authorization", "Content-Type"])
    if settings.forwarded_allow_ips:
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.forwarded_allow_ips)

    app.include_router(unsubscribe.router)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    return app
