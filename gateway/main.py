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

from gateway import ide, readiness, unsubscribe
from gateway.balancer import Balancer
from gateway.context import context_for
from gateway.headers import SecurityHeaders
from gateway.limits import BodyLimit
from gateway.live_feed import LiveConsumer, LiveFeed
from gateway.persisted import PersistedQueries, load_allow_list
from gateway.pools import Pools
from gateway.ratelimit import RateLimiter, Refusals
from gateway.router import GraphQLHTTPRouter
from gateway.schema import build_schema
from gateway.settings import Settings
from smartpick import heap
from smartpick.auth import TokenVerifier
from smartpick.logs import configure_logging
from smartpick.metrics import instrument
from smartpick.tracing import configure_tracing, trace_client, trace_http

KEEPALIVE_SECONDS = 2.0
"""How long the gateway keeps an idle connection to a service: under uvicorn's 5 s."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging("gateway", settings.log_level)
    configure_tracing("gateway")
    settings.require_jwt_secret()  # it checks every token and signs the anonymous ones

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        timeout = httpx.Timeout(settings.service_timeout_seconds, connect=2.0)
        # an idle connection is dropped before the service's uvicorn drops it (5 s): at the
        # same age, a call could go out on a connection the service was closing, and fail
        pooled = Pools(lambda: httpx.AsyncHTTPTransport(
            limits=httpx.Limits(keepalive_expiry=KEEPALIVE_SECONDS)))
        balancer = Balancer(settings.service_instances.values(), pooled)
        async with httpx.AsyncClient(timeout=timeout, transport=balancer) as client:
            trace_client(client)  # each call to a service carries the operation's traceparent
            app.state.http = client
            heap.settle()  # the schema and its validators, built above, are never scanned again
            if not settings.kafka_bootstrap_servers:
                app.state.readiness = readiness.Readiness(settings, client, None)
                yield  # no live feed: the subscription answers LIVE_FEED_OFF
                return
            app.state.live_feed = LiveFeed(settings.live_queue_bound)
            consumer = LiveConsumer(settings, app.state.live_feed)
            app.state.answers = consumer.cache
            await consumer.start()
            app.state.readiness = readiness.Readiness(settings, client, consumer)
            try:
                yield
            finally:
                await consumer.stop()

    app = FastAPI(lifespan=lifespan, title="Smart Pick gateway")
    app.state.settings = settings
    app.state.tokens = TokenVerifier(settings.jwt_secret)  # every request's, checked once each
    app.state.try_plan_limiter = RateLimiter(settings.try_plan_per_minute)
    app.state.refusals = Refusals()
    # Uploads (match-simulation instances) are safe from CSRF here: every operation that takes
    # one needs a bearer token, which a cross-site form cannot send.
    discoverable = settings.schema_discoverable
    allow_list = load_allow_list(settings.graphql_allow_list) if settings.graphql_allow_list \
        else None
    # the IDE only with its assets installed (`make graphiql-assets`): strawberry's own page
    # would load them from a CDN, which the page's policy refuses
    with_ide = discoverable and ide.installed()
    app.include_router(GraphQLHTTPRouter(
        build_schema(settings), context_getter=context_for, multipart_uploads_enabled=True,
        graphql_ide="graphiql" if with_ide else None, ide_html=ide.PAGE,
        suggestions=discoverable,
        persisted=PersistedQueries(allow_list, settings.persisted_query_cache_size),
        # pages of the web client's origin may open the live feed's WebSocket too
        allowed_origins=settings.cors_origin_list,
        # the live feed: only graphql-transport-ws, whose connection_init carries the token
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        connection_init_wait_timeout=timedelta(seconds=10),
        max_subscriptions_per_connection=settings.live_subscriptions_per_connection),
        prefix="/graphql")
    if with_ide:
        app.include_router(ide.router)
    app.add_middleware(BodyLimit, limit=settings.max_body_kb * 1024,
                       upload_limit=(settings.simulation_max_upload_mb * 1_000_000
                                     + settings.max_body_kb * 1024))
    if settings.forwarded_allow_ips:
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.forwarded_allow_ips)
    if settings.cors_origin_list:
        # bearer tokens, not cookies: no credentials, so a listed origin gets no ambient power
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list,
                           allow_methods=["GET", "POST", "OPTIONS"],
                           allow_headers=["Authorization", "Content-Type", "Accept"],
                           allow_credentials=False, max_age=600)
    app.add_middleware(SecurityHeaders, https_only=settings.environment != "local")

    app.include_router(unsubscribe.router)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    app.include_router(readiness.router)  # /readyz

    trace_http(app)
    instrument(app)  # last: its timing middleware is the outermost, so a 413 is timed too
    return app
