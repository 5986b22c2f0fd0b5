"""Composition root of the notifications service: its settings, routes and runtime.

Run with `uvicorn --factory services.notifications.main:create_app`.
"""

from fastapi import FastAPI

from services.notifications.in_app import api
from services.notifications.ledger import api as ledger
from services.notifications.preferences import api as preferences
from services.notifications.runtime import NotificationsRuntime
from services.notifications.settings import Settings
from services.notifications.webhooks import api as webhooks
from smartpick.service import service_app


def create_app(settings: Settings | None = None) -> FastAPI:
    return service_app(settings or Settings(), [api.router, preferences.router, ledger.router,
                                                webhooks.router],
                       NotificationsRuntime, title="Smart Pick notifications")
