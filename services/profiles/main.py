"""Composition root of the profiles service: its settings, routes, store and runtime.

Run with `uvicorn --factory services.profiles.main:create_app`. Profiles consumes no events: it
owns accounts, applicants' profiles and the program catalog, and publishes their changes.
"""

from fastapi import FastAPI

from services.profiles import api
from services.profiles.settings import Settings
from services.profiles.store import OUTBOX_COLLECTIONS, ProfilesStore
from smartpick.service import ServiceRuntime, service_app
from smartpick.settings import ServiceSettings


async def _prepare(runtime: ServiceRuntime) -> None:
    await ProfilesStore(runtime.db, runtime.settings.source).ensure_indexes()


def build_runtime(settings: ServiceSettings) -> ServiceRuntime:
    return ServiceRuntime(settings, outbox_collections=OUTBOX_COLLECTIONS, prepare=_prepare)


def create_app(settings: Settings | None = None) -> FastAPI:
    return service_app(settings or Settings(), [api.router], build_runtime,
                       title="Smart Pick profiles")
