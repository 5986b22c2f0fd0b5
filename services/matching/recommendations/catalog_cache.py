"""The catalog as engine arrays, kept in memory and rebuilt only when the catalog changed.

Whether it changed is told by the stored catalog clock (MatchingStore.save_programs): each
writing process counts its own writes. A change this process handled itself updates its copy in
place; a count it did not expect (another instance handled a change, or this one's changes
arrived out of order) reloads the whole catalog from the store.
"""

from __future__ import annotations

import asyncio

from engine import CatalogArrays
from services.matching.recommendations.store import CatalogClock, MatchingStore
from smartpick.events.models import Program


class CatalogCache:
    def __init__(self, store: MatchingStore) -> None:
        self._store = store
        self._programs: dict[str, Program] | None = None
        self._clock: CatalogClock = {}
        self._arrays: CatalogArrays | None = None
        self._lock = asyncio.Lock()

    def changed(self, programs: list[Program], writes: int) -> None:
        """This process stored ``programs``, which brought its catalog writes to ``writes``."""
        writer = self._store.writer
        if self._programs is not None \
                and writes == self._clock.get(writer, 0) + len({p.id for p in programs}):
            self._programs.update((program.id, program) for program in programs)
            self._clock[writer] = writes
        else:
            self._programs = None  # we missed a change: reload on next use
        self._arrays = None

    async def arrays(self) -> CatalogArrays:
        async with self._lock:
            clock = await self._store.catalog_clock()
            if self._programs is None or clock != self._clock:
                self._programs = {p.id: p for p in await self._store.programs()}
                self._clock, self._arrays = clock, None
            if self._arrays is None:
                programs = sorted(self._programs.values(), key=lambda p: p.id)
                self._arrays = CatalogArrays.from_programs(programs)
            return self._arrays
