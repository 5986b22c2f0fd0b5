"""The matching service's in-memory catalog on the real MongoDB-protocol server: with several
instances storing program events at once, every instance ends up with every program."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.store import MatchingStore
from smartpick.events.models import Program
from smartpick.outbox import Outbox
from tests.unit.engine.builders import catalog

pytestmark = pytest.mark.integration


async def test_instances_storing_programs_at_once_all_see_every_program(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"catalog_{unique}"]
    instances = [MatchingStore(db, Outbox("/matching", relay=None)) for _ in range(3)]
    caches = [CatalogCache(store) for store in instances]
    programs = catalog(240, seed=3, specialties=("Internal Medicine", "Pediatrics"))
    for cache in caches:
        await cache.arrays()  # each instance has read the (empty) catalog before events arrive

    async def handle(n: int, batch: list[Program]) -> None:
        """What matching's program handler does, for one instance's share of the events, in
        runs of a few (as the consumer hands them over)."""
        for start in range(0, len(batch), 7):
            run = batch[start:start + 7]
            caches[n].changed(run, await instances[n].save_programs(run))

    await asyncio.gather(*(handle(n, programs[n::3]) for n in range(3)))
    for cache in caches:
        assert len((await cache.arrays()).ids) == len(programs)

    # a program another instance stored is changed: every copy has the change
    moved = programs[1].model_copy(update={"state": "AK"})
    await handle(0, [moved])
    for cache in caches:
        arrays = await cache.arrays()
        assert arrays.state[arrays.ids.index(moved.id)] == "AK"
