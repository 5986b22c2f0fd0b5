"""MongoDB access of the program catalog: programs with their events, and import markers.

The catalog is listed from memory (``view.CatalogView``), since FerretDB 1.24 answers every
catalog query with a scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from smartpick.events import ProgramUpserted
from smartpick.events.models import Program
from smartpick.mongo import Document, find_by_ids
from smartpick.outbox import FIELD, STAGED_AT, Outbox, StagedWrite, drop_published

OUTBOX_COLLECTIONS = ("programs",)


@dataclass
class CatalogChange:
    created: int = 0
    changed: int = 0
    unchanged: int = 0


class CatalogStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox

    async def catalog_marker(self) -> int:
        """How many imports changed the catalog: it moves with every change (a tiny collection,
        one document per import, so counting it is cheap on any store)."""
        return await self._db.catalog_changes.count_documents({})

    async def all_programs(self) -> list[Document]:
        """The whole catalog without staged events, for the in-memory CatalogView."""
        return await self._db.programs.find({}, {FIELD: 0, STAGED_AT: 0}).to_list()

    async def programs_by_id(self, ids: Sequence[str], *, outbox: bool = False) -> list[Document]:
        """The programs with these ids; with ``outbox`` also their staged events (for writers)."""
        projection = {STAGED_AT: 0} if outbox else {FIELD: 0, STAGED_AT: 0}
        if len(ids) <= 500:
            return await find_by_ids(self._db.programs, ids, projection)
        # For a whole import one read of everything beats thousands of lookups.
        wanted = set(ids)
        return [doc async for doc in self._db.programs.find({}, projection) if doc["_id"] in wanted]

    async def upsert_programs(self, programs: Sequence[Program],
                              fields: frozenset[str] | None = None) -> CatalogChange:
        """Insert new programs and change those that differ, each with its event; skip the rest.

        ``fields`` limits an update to the fields a source provides: a file without a visa column
        leaves known visa policies as they are (a new program gets unknown for what is missing).
        """
        # One read of the existing programs for the whole import: FerretDB answers any filter
        # but an ``_id`` equality with a full scan, so per-batch lookups would grow quadratically.
        existing = {doc["_id"]: doc for doc in
                    await self.programs_by_id([p.id for p in programs], outbox=True)}
        change, writes = CatalogChange(), list[StagedWrite]()
        for program in programs:
            incoming = program.model_dump(mode="json", exclude={"id"})
            old = existing.get(program.id)
            if old is not None and fields is not None:
                incoming = {name: value for name, value in incoming.items() if name in fields}
            if old is not None and all(old.get(name) == value for name, value in incoming.items()):
                change.unchanged += 1
                continue
            if old is None:
                # A new program and its event in one insert (cheap in bulk, also on FerretDB).
                event = ProgramUpserted(program=program)
                writes.append(self._outbox.insert_op({"_id": program.id, **incoming}, event))
                change.created += 1
                continue
            known = {name: value for name, value in old.items() if name in Program.model_fields}
            merged = Program.model_validate({**known, **incoming, "id": program.id})
            writes.append(self._outbox.update_op(program.id, {"$set": incoming},
                                                 ProgramUpserted(program=merged)))
            change.changed += 1
        await self._outbox.bulk_write(self._db.programs, writes)
        if writes:  # tells every instance's CatalogView to reload (one insert: no lost update)
            await self._db.catalog_changes.insert_one({"at": datetime.now(UTC),
                                                       "created": change.created,
                                                       "changed": change.changed})
        # Entries read before this import's writes: those published can go (exact, so an entry
        # staged meanwhile stays).
        await drop_published(self._db.programs, [existing[p.id] for p in programs
                                                 if p.id in existing])
        return change
