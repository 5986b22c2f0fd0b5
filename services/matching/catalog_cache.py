"""The catalog as engine arrays, kept in memory and rebuilt only when the catalog changed.

The stored catalog version says when: a change this process handled itself updates its copy in
place; a version it did not expect (another instance handled the change) reloads from the store.
"""

from __future__ import annotations

import asyncio

from services.matching.engine import CatalogArrays
from services.matching.store import MatchingStore
from smartpick.models import Program


class CatalogCache:
    def __init__(self, store: MatchingStore) -> None:
        self._store = store
        self._programs: dict[str, Program] | None = None
        self._version = -1
        self._arrays: CatalogArrays | None = None
        self._lock = asyncio.Lock()

    def changed(self, program: Program, version: int) -> None:
        """This process stored ``program`` and the catalog reached ``version``."""
        if self._programs is not None and version == self._version + 1:
            self._programs[program.id] = program
            self._version = version
        else:
            self._programs = None  # we missed a change: reload on next use
        self._arrays = None

    async def arrays(self) -> CatalogArrays:
        async with self._lock:
            version = await self._store.catalog_version()
            if self._programs is None or version != self._version:
                self._programs = {p.id: p for p in await self._store.programs()}
                self._version, self._arrays = version, None
            if self._arrays is None:
                programs = sorted(self._programs.values(), key=lambda p: p.id)
                self._arrays = CatalogArrays.from_programs(programs)
            return self._arrays
