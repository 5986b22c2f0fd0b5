"""The program catalog as the listing routes read it: a copy in memory, reloaded when it changed.

On FerretDB 1.24 every catalog read but an ``_id`` look-up scans and decodes all programs, so a
page cost more than the gateway waits (deploy/local/README.md, "FerretDB"). Pages, counts and
filters are answered here instead, in microseconds. Each import
that changes the catalog inserts a marker into ``catalog_changes`` (see CatalogStore); a loop
looks at the newest marker every ``catalog_check_seconds`` and reloads when it moved, so an import
shows within seconds on every instance. A full reload every ``catalog_reload_seconds`` repairs
what a marker could miss (an import that died between its writes and its marker).
"""

from __future__ import annotations

import asyncio
import bisect
import time
from dataclasses import dataclass, field

from services.profiles.catalog.store import CatalogStore
from smartpick.mongo import Document


@dataclass(frozen=True)
class Page:
    items: list[Document]
    total: int
    has_next: bool


@dataclass
class CatalogView:
    store: CatalogStore
    reload_seconds: float = 300.0
    _by_id: dict[str, Document] = field(default_factory=dict)
    _ids: list[str] = field(default_factory=list)
    _by_specialty: dict[str, list[str]] = field(default_factory=dict)
    _marker: int | None = None
    _loaded_at: float | None = None
    _ready: asyncio.Event = field(default_factory=asyncio.Event)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def refresh(self) -> None:
        """Reload the catalog if an import changed it since the last load (or it is old)."""
        async with self._lock:
            marker = await self.store.catalog_marker()
            stale = (self._loaded_at is None or marker != self._marker
                     or time.monotonic() - self._loaded_at > self.reload_seconds)
            if stale:
                documents = await self.store.all_programs()
                self._by_id = {document["_id"]: document for document in documents}
                self._ids = sorted(self._by_id)
                self._by_specialty = {}
                for program_id in self._ids:
                    specialty = str(self._by_id[program_id].get("specialty"))
                    self._by_specialty.setdefault(specialty, []).append(program_id)
                self._marker, self._loaded_at = marker, time.monotonic()
                self._ready.set()

    async def _loaded(self) -> None:
        if not self._ready.is_set():
            await self.refresh()  # a request before the first load waits for it, once

    async def page(self, *, first: int, after: str | None, specialty: str | None,
                   state: str | None) -> Page:
        """Programs ordered by id, after the id ``after``, with the count of all that match."""
        await self._loaded()
        matching = self._by_specialty.get(specialty, []) if specialty else self._ids
        if state:
            matching = [i for i in matching if self._by_id[i].get("state") == state]
        start = bisect.bisect_right(matching, after) if after else 0
        chosen = matching[start:start + first]
        return Page([self._by_id[i] for i in chosen], len(matching),
                    start + first < len(matching))

    async def by_ids(self, ids: list[str]) -> list[Document]:
        await self._loaded()
        return [self._by_id[i] for i in ids if i in self._by_id]

