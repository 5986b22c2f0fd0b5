"""Composition root of the matching service: settings, store, engine caches, handlers, workers.

Run with `uvicorn --factory services.matching.main:create_app`.
"""

from fastapi import FastAPI

from services.matching import api, parts, simulation_api
from services.matching.catalog_cache import CatalogCache
from services.matching.handlers import build_handlers
from services.matching.models import ModelCache, ModelRegistry
from services.matching.recommendations import Recomputer
from services.matching.refit_schedule import RefitSchedule
from services.matching.settings import Settings
from services.matching.simulation_jobs import SimulationRetention, SimulationRunner
from services.matching.simulation_store import OUTBOX_COLLECTIONS as SIMULATION_OUTBOX
from services.matching.simulation_store import SimulationStore
from services.matching.store import OUTBOX_COLLECTIONS, MatchingStore
from smartpick.service import ServiceRuntime, service_app
from smartpick.settings import ServiceSettings


async def _prepare(runtime: ServiceRuntime) -> None:
    store = MatchingStore(runtime.db, runtime.outbox)
    await store.ensure_indexes()
    await store.forget_silent_writers()
    await store.forget_old_claims()
    await SimulationStore(runtime.db, runtime.outbox).ensure_indexes()


def build_runtime(settings: ServiceSettings) -> ServiceRuntime:
    assert isinstance(settings, Settings)  # create_app passes the matching service's settings
    runtime = ServiceRuntime(settings, outbox_collections=(*OUTBOX_COLLECTIONS, *SIMULATION_OUTBOX),
                             prepare=_prepare)
    store = MatchingStore(runtime.db, runtime.outbox)
    registry = ModelRegistry(runtime.db)
    cache, models = CatalogCache(store), ModelCache(registry)
    recomputer = Recomputer(store, cache, registry, models)
    simulations = SimulationStore(runtime.db, runtime.outbox)
    runner = SimulationRunner(simulations, settings.simulation_timeout_seconds,
                              settings.simulation_poll_seconds)
    runtime.handlers = build_handlers(store, cache, recomputer)
    runtime.workers["recompute-flagged"] = recomputer.run
    runtime.workers["match-simulations"] = runner.run
    if settings.simulation_retention is not None:
        runtime.workers["simulation-retention"] = SimulationRetention(
            simulations, settings.simulation_retention).run
    if settings.refit_interval_hours > 0:
        runtime.workers["refit"] = RefitSchedule(store, registry, settings).run
    runtime.resources[parts.KEY] = parts.Parts(settings, store, cache, models, simulations,
                                               runner)
    return runtime


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    uploads = {simulation_api.UPLOAD_PATH: settings.simulation_max_upload_bytes}
    return service_app(settings, [api.router, simulation_api.router], build_runtime,
                       large_bodies=uploads, title="Smart Pick matching")
