"""What every service's FastAPI app has in common: a lifespan owning its clients, and health routes.

A service describes itself in its typed runtime, a subclass of ``ServiceRuntime`` (the objects
its routes and handlers share, its handlers, workers and outbox collections); this module starts
and stops the MongoDB client, the producer, the outbox relay and the consumer in the right order,
and answers ``/healthz`` (the process is alive) and ``/readyz`` (Kafka and its database answer),
and, as every app does, ``/metrics`` (smartpick/metrics.py); it traces every request
(smartpick/tracing.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from functools import partial
from typing import Any, Generic, TypeVar

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from smartpick import heap
from smartpick.body_limit import BodyLimit
from smartpick.consumer import EventConsumer, Handlers
from smartpick.http_errors import Refused, refusal, validation_error
from smartpick.inbox import Inbox
from smartpick.logs import configure_logging
from smartpick.metrics import instrument, watch_outbox
from smartpick.mongo import Document, connect, database_answers
from smartpick.outbox import Outbox
from smartpick.periodic import every
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from smartpick.settings import ServiceSettings
from smartpick.topics import ensure_topics
from smartpick.tracing import configure_tracing, trace_http

log = logging.getLogger(__name__)
INBOX_PRUNE_SECONDS = 3600.0
S = TypeVar("S", bound=ServiceSettings)


class ServiceRuntime(Generic[S]):
    """The clients one service process owns from start-up to shutdown.

    Each service subclasses it into its own typed runtime: the objects its routes and handlers
    share are attributes there, set in its ``__init__``, and its ``prepare`` makes indexes."""

    def __init__(self, settings: S, outbox_collections: Sequence[str] = ()) -> None:
        self.settings = settings
        self.mongo: AsyncMongoClient[Document] = connect(settings.mongodb_url,
                                                         settings.mongodb_max_pool_size)
        self.db: AsyncDatabase[Document] = self.mongo[settings.mongodb_database]
        self.publisher = Publisher(settings.kafka_bootstrap_servers, settings.source,
                                   topic_prefix=settings.topic_prefix)
        self.relay = OutboxRelay([self.db[name] for name in outbox_collections], self.publisher,
                                 sweep_seconds=settings.outbox_sweep_seconds)
        watch_outbox(self.relay.backlog)
        self.outbox = Outbox(settings.source, self.relay)
        """What the service's stores stage events through: it wakes ``relay``."""
        self.handlers: Handlers | None = None
        """Set by the service's runtime when it consumes events (its registry, bound)."""
        self.workers: dict[str, Callable[[asyncio.Event], Coroutine[Any, Any, None]]] = {}
        """Background loops of the service, each running until the event it gets is set."""
        self._consumer: EventConsumer | None = None
        self._stopping = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        await ensure_topics(self.settings.kafka_bootstrap_servers, self.settings.topic_prefix)
        await self.prepare()
        await self.publisher.start()
        self._tasks.append(asyncio.create_task(self.relay.run(), name="outbox-relay"))
        for name, worker in self.workers.items():
            self._tasks.append(asyncio.create_task(worker(self._stopping), name=name))
        if self.handlers is not None:
            group = self.settings.topic_prefix + self.settings.service_name
            inbox = Inbox(self.db.inbox, group)
            self._consumer = EventConsumer(
                bootstrap_servers=self.settings.kafka_bootstrap_servers, group_id=group,
                handlers=self.handlers, dead_letters=self.publisher,
                inbox=inbox, topic_prefix=self.settings.topic_prefix,
            )
            await self._consumer.start()
            self._tasks.append(asyncio.create_task(self._consumer.run(), name="consumer"))
            self._tasks.append(asyncio.create_task(
                every(INBOX_PRUNE_SECONDS, self._stopping, partial(self._forget_old, inbox),
                      "pruning the inbox"), name="inbox-prune"))

    async def prepare(self) -> None:
        """Indexes and the like, before any event is handled (services override it)."""

    async def _forget_old(self, inbox: Inbox) -> None:
        """Drop inbox entries older than ``inbox_keep_days``. The inbox would grow by one entry
        per event forever, and on FerretDB every ``seen`` check scans it."""
        keep = timedelta(days=self.settings.inbox_keep_days)
        if forgotten := await inbox.prune(keep):
            log.info("forgot %d inbox entries older than %s", forgotten, keep)

    async def stop(self) -> None:
        """Stop taking events, commit what was handled, flush the outbox, then close clients."""
        if self._consumer is not None:
            self._consumer.stop()
        self._stopping.set()
        self.relay.stop()
        for task in self._tasks:
            try:
                await asyncio.wait_for(task, 30)
            except Exception:
                log.exception("%s did not stop cleanly", task.get_name())
        await self.publisher.stop()
        await self.mongo.close()

    async def readiness(self) -> dict[str, bool]:
        kafka, mongodb = await asyncio.gather(self.publisher.ready(), database_answers(self.db))
        running = all(not task.done() for task in self._tasks)
        return {"kafka": kafka, "mongodb": mongodb, "workers": running}


class Readiness(BaseModel):
    ready: bool
    checks: dict[str, bool]


def _health_router() -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    @router.get("/readyz", response_model=Readiness,
                responses={503: {"model": Readiness, "description": "Not ready: see checks"}})
    async def readyz(request: Request) -> JSONResponse:
        runtime: ServiceRuntime[ServiceSettings] = request.app.state.runtime
        checks = await runtime.readiness()
        ready = all(checks.values())
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    return router


def service_app(settings: S, routers: Sequence[APIRouter],
                build: Callable[[S], ServiceRuntime[S]],
                large_bodies: Mapping[str, int] | None = None, **fastapi: Any) -> FastAPI:
    """A service's app: its routers plus health, with a lifespan that owns its runtime.

    Request bodies are limited to ``settings.request_max_bytes``, except on the paths of
    ``large_bodies`` (path: bytes)."""
    configure_logging(settings.service_name, settings.log_level)
    configure_tracing(settings.service_name)
    settings.require_jwt_secret()  # every route checks tokens: no secret, no service

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime = build(settings)
        await runtime.start()
        app.state.runtime = runtime
        heap.settle()
        try:
            yield
        finally:
            await runtime.stop()

    app = FastAPI(lifespan=lifespan, **fastapi)
    app.state.settings = settings
    app.add_middleware(BodyLimit, limit=settings.request_max_bytes, per_path=large_bodies or {})
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Refused, refusal)
    app.include_router(_health_router())
    for router in routers:
        app.include_router(router)
    trace_http(app)
    instrument(app)
    return app
