"""Composition root of the notifications service: its settings, routes, event handlers and runtime.

Run with `uvicorn --factory services.notifications.main:create_app`.
"""

from fastapi import FastAPI

from services.notifications import api
from services.notifications.settings import Settings
from smartpick.service import ServiceRuntime, service_app
from smartpick.settings import ServiceSettings


def build_runtime(settings: ServiceSettings) -> ServiceRuntime:
    return ServiceRuntime(settings)


def create_app(settings: Settings | None = None) -> FastAPI:
    return service_app(settings or Settings(), [api.router], build_runtime,
                       title="Smart Pick notifications")
