"""Composition root of the notifications service: settings, store, handlers and runtime.

Run with `uvicorn --factory services.notifications.main:create_app`.
"""

from fastapi import FastAPI

from services.notifications import api
from services.notifications.handlers import build_handlers
from services.notifications.settings import Settings
from services.notifications.store import NotificationsStore
from smartpick.service import ServiceRuntime, service_app
from smartpick.settings import ServiceSettings


async def _prepare(runtime: ServiceRuntime) -> None:
    await NotificationsStore(runtime.db).ensure_indexes()


def build_runtime(settings: ServiceSettings) -> ServiceRuntime:
    runtime = ServiceRuntime(settings, prepare=_prepare)
    runtime.handlers = build_handlers(NotificationsStore(runtime.db))
    return runtime


def create_app(settings: Settings | None = None) -> FastAPI:
    return service_app(settings or Settings(), [api.router], build_runtime,
                       title="Smart Pick notifications")
