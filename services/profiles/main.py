"""Composition root of the profiles service: its settings, routes, store and runtime.

Run with `uvicorn --factory services.profiles.main:create_app`. Profiles consumes no events: it
owns accounts, applicants' profiles and the program catalog, and publishes their changes.
"""

from datetime import timedelta
from functools import partial

from fastapi import FastAPI

from services.profiles import api
from services.profiles.attempts import AttemptLimiter
from services.profiles.catalog_view import CatalogView
from services.profiles.settings import Settings
from services.profiles.store import OUTBOX_COLLECTIONS, ProfilesStore
from smartpick.periodic import every
from smartpick.service import ServiceRuntime, service_app


async def _prepare(runtime: ServiceRuntime) -> None:
    await ProfilesStore(runtime.db, runtime.outbox).ensure_indexes()


def build_runtime(settings: Settings) -> ServiceRuntime:
    runtime = ServiceRuntime(settings, outbox_collections=OUTBOX_COLLECTIONS, prepare=_prepare)
    catalog = CatalogView(ProfilesStore(runtime.db, runtime.outbox),
                          reload_seconds=settings.catalog_reload_seconds)
    runtime.resources["catalog"] = catalog
    attempts = AttemptLimiter(runtime.db.attempts)
    runtime.resources["attempts"] = attempts
    runtime.workers["forget-attempts"] = partial(
        every, 3600.0, job=partial(attempts.forget_older_than, timedelta(minutes=5)),
        what="forgetting old sign-in attempts")
    runtime.workers["catalog-view"] = partial(every, settings.catalog_check_seconds,
                                              job=catalog.refresh, what="refreshing the catalog")
    return runtime


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    return service_app(settings, [api.router], lambda _: build_runtime(settings),
                       title="Smart Pick profiles")
