"""The matching service's typed runtime: its stores, engine caches, simulation queue, handlers
and workers, built once per process."""

from __future__ import annotations

import asyncio
import logging

from services.matching.handlers import HANDLERS, Dependencies
from services.matching.model_registry.refit_schedule import RefitSchedule
from services.matching.model_registry.registry import ModelCache, ModelRegistry
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.changes import ChangeNotifier
from services.matching.recommendations.ranking import Rankings
from services.matching.recommendations.store import OUTBOX_COLLECTIONS, MatchingStore
from services.matching.settings import Settings
from services.matching.simulations.jobs import SimulationRetention, SimulationRunner
from services.matching.simulations.store import OUTBOX_COLLECTIONS as SIMULATION_OUTBOX
from services.matching.simulations.store import SimulationStore
from smartpick.service import ServiceRuntime

log = logging.getLogger(__name__)


class MatchingRuntime(ServiceRuntime[Settings]):
    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, outbox_collections=(*OUTBOX_COLLECTIONS, *SIMULATION_OUTBOX))
        self.store = MatchingStore(self.db, self.outbox)
        self.outcomes = OutcomeStore(self.db)
        self.model_registry = ModelRegistry(self.db)
        self.catalog = CatalogCache(self.store)
        self.models = ModelCache(self.model_registry)
        self.rankings = Rankings(self.catalog, self.models)
        notifier = ChangeNotifier(self.store, self.model_registry, self.rankings, self.publisher)
        self.simulations = SimulationStore(self.db, self.outbox)
        self.runner = SimulationRunner(self.simulations, settings.simulation_timeout_seconds,
                                       settings.simulation_poll_seconds)
        self.handlers = HANDLERS.bind(Dependencies(self.store, self.catalog, self.rankings,
                                                   self.outcomes))
        self.workers["list-changes"] = notifier.run
        self.workers["retire-stored-lists"] = self._retire_stored_lists
        self.workers["match-simulations"] = self.runner.run
        if settings.simulation_retention is not None:
            self.workers["simulation-retention"] = SimulationRetention(
                self.simulations, settings.simulation_retention).run
        if settings.refit_interval_hours > 0:
            self.workers["refit"] = RefitSchedule(self.outcomes, self.store, self.model_registry,
                                                   settings).run

    async def _retire_stored_lists(self, stopping: asyncio.Event) -> None:
        """Once at start-up (the publisher is running by then); then idle, as a worker that
        ended would tell /readyz the process is broken."""
        if sent := await self.store.retire_stored_lists(self.publisher):
            log.info("published %d events staged with stored lists, then dropped them", sent)
        await stopping.wait()

    async def prepare(self) -> None:
        await self.store.ensure_indexes()
        await self.store.forget_silent_writers()
        await self.store.forget_old_claims()
        await self.simulations.ensure_indexes()
