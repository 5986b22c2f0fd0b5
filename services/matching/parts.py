"""The matching service's process-wide objects, typed, for its routes: one dependency instead of
a lookup per object in the runtime's untyped resources."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from services.matching.catalog_cache import CatalogCache
from services.matching.models import ModelCache
from services.matching.settings import Settings
from services.matching.simulation_jobs import SimulationRunner
from services.matching.simulation_store import SimulationStore
from services.matching.store import MatchingStore

KEY = "matching"  # where the composition root puts them in ServiceRuntime.resources


@dataclass(frozen=True)
class Parts:
    settings: Settings
    store: MatchingStore
    catalog: CatalogCache
    models: ModelCache
    simulations: SimulationStore
    runner: SimulationRunner


def _parts(request: Request) -> Parts:
    parts: Parts = request.app.state.runtime.resources[KEY]
    return parts


Matching = Annotated[Parts, Depends(_parts)]
