"""MongoDB access of the matching service: its own read model of programs and applicants, built
from events (never from the profiles service), and the changes of catalog or model whose
followers are still to be told. Reported outcomes and model versions live in the model registry's
collections (model_registry/store.py, model_registry/registry.py).

Recommendations are not stored: they are a function of the stored profile, the catalog and the
active model, computed when asked (recommendations/ranking.py). What is stored per applicant is
small and written by one writer only, the consumer of that applicant's partition: the profile,
the profile's time, and the RecommendationsReady event staged in the same write.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError

from smartpick.events import RecommendationsReady
from smartpick.events.models import ApplicantProfile, Program
from smartpick.mongo import Document, as_utc, find_by_ids, insert_once, stored_time
from smartpick.outbox import FIELD, Outbox
from smartpick.publisher import Publisher
from smartpick.recent import Recent
from smartpick.relay import OutboxRelay

OUTBOX_COLLECTIONS = ("applicants",)
KEPT_FIELDS = {"profile": 1, "profile_at": 1, "computed_for": 1, FIELD: 1}


@dataclass(frozen=True)
class KeptProfile:
    """A profile to keep, with its announcing event and the stored applicant as read before
    (``{}`` for none)."""

    applicant_id: str
    profile: ApplicantProfile
    profile_at: datetime
    event: RecommendationsReady
    event_id: str
    kept: Document


CatalogClock = dict[str, int]
"""Catalog writes per writing process: which changes a copy of the catalog has seen."""
WRITERS_KEPT = timedelta(days=7)
"""A writer silent this long is forgotten; a copy that had seen it reloads once, nothing more."""
CLAIMS_KEPT = timedelta(days=1)
"""A claim this old was left by an instance that died after its work."""
REMEMBERED = 20_000
"""Applicants whose stored document a store remembers as it wrote it (``kept_applicants``):
a few KB each (the profile and one or two outbox entries)."""


class MatchingStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox
        self._writer = uuid.uuid4().hex
        self._writes = 0
        self._clock_lock = asyncio.Lock()
        self._written: Recent[str, Document] = Recent(REMEMBERED)
        """Applicants as this store last wrote them, with their outbox: the next event of the
        applicant needs no read (``kept_applicants``)."""

    async def ensure_indexes(self) -> None:
        await self._db.applicants.create_index("profile.specialties")

    @property
    def writer(self) -> str:
        return self._writer

    async def save_programs(self, programs: list[Program]) -> int:
        """Store the programs; return how many catalog writes this process has made since.

        New programs go in with one bulk insert; those that exist are replaced by ``_id``. Each
        process counts its own writes in a document only it writes, so no increment is lost,
        also on FerretDB, whose findAndModify is read-then-write (deploy/local/README.md). The
        count goes up only after the programs are stored, and in order (the lock).
        """
        documents = {program.id: {"_id": program.id,
                                  **program.model_dump(mode="json", exclude={"id"})}
                     for program in programs}
        existing: set[str] = set()
        try:
            await self._db.programs.insert_many(list(documents.values()), ordered=False)
        except BulkWriteError as error:
            for failed in error.details.get("writeErrors", []):
                if failed.get("code") != 11000:
                    raise
                existing.add(list(documents)[failed["index"]])
        for program_id in existing:
            document = documents[program_id]
            await self._db.programs.replace_one({"_id": program_id}, document)
        async with self._clock_lock:
            self._writes += len(documents)
            await self._db.catalog_writers.replace_one(
                {"_id": self._writer}, {"writes": self._writes, "at": datetime.now(UTC)},
                upsert=True)
            return self._writes

    async def catalog_clock(self) -> CatalogClock:
        """Read before the programs: what a copy loaded afterwards has seen at least."""
        found = await self._db.catalog_writers.find({}, {"writes": 1}).to_list()
        return {d["_id"]: int(d["writes"]) for d in found}

    async def forget_silent_writers(self) -> None:
        await self._db.catalog_writers.delete_many(
            {"at": {"$lt": datetime.now(UTC) - WRITERS_KEPT}})

    async def programs(self) -> list[Program]:
        documents = await self._db.programs.find({}).to_list()
        return [Program.model_validate({"id": d.pop("_id"), **d}) for d in documents]

    async def kept_applicant(self, applicant_id: str) -> Document:
        """The stored applicant as ``save_applicant`` reads it (``{}`` for none), with the
        profile, so the handler compares old and new profile without a read of its own."""
        return (await self.kept_applicants([applicant_id]))[applicant_id]

    async def kept_applicants(self, applicant_ids: Sequence[str]) -> dict[str, Document]:
        """``kept_applicant`` of each of ``applicant_ids``: as this store last wrote it, else
        looked up by ``_id`` (all at once).

        What it remembers is taken out until the next write succeeds, so a write that failed
        or never came is not trusted. It is right while this instance is the applicant's one
        writer; if the partition went to another instance and came back in between, the write
        finds another ``profile_at`` than it remembers, writes nothing, and ``save_applicants``
        tries again with the document read.
        """
        kept = {i: mine for i in applicant_ids if (mine := self._written.take(i)) is not None}
        unknown = [i for i in applicant_ids if i not in kept]
        found = await find_by_ids(self._db.applicants, unknown, KEPT_FIELDS) if unknown else []
        kept.update((document["_id"], document) for document in found)
        return {applicant_id: kept.get(applicant_id, {}) for applicant_id in applicant_ids}

    async def save_applicant(self, applicant_id: str, profile: ApplicantProfile,
                             profile_at: datetime, event: RecommendationsReady,
                             event_id: str, kept: Document | None = None) -> bool:
        """``save_applicants`` of one applicant, reading it first unless ``kept`` is given."""
        if kept is None:
            kept = await self.kept_applicant(applicant_id)
        saved = await self.save_applicants([KeptProfile(applicant_id, profile, profile_at, event,
                                                        event_id, kept)])
        return saved == [True]

    async def save_applicants(self, profiles: Sequence[KeptProfile]) -> list[bool]:
        """Keep each profile as of ``profile_at`` (when the profiles service staged it) with the
        event that announces its recommendations, all in one bulk write; False for one, and
        nothing changed, when this profile or a newer one is kept already (a redelivery, or a
        late event).

        Each was read just before (``kept``, from ``kept_applicants``), then is written by
        ``_id``: this consumer is the document's one writer (the applicant's events come through
        one partition), so nothing changes in between. Unless this instance was paused past its
        consumer session and the partition's next owner kept a newer profile meanwhile: so the
        write also requires the ``profile_at`` it read (tests/fault's paused matching). Those
        that write nothing are read again and tried once more, which keeps them only if that
        read finds no newer profile: ``kept`` may be what this store remembered, stale after the
        partition moved away and back.
        """
        saved, written = await self._save(profiles)
        if written:
            return saved
        again = [one for one in profiles if not await self._landed(one)]
        kept = await self.kept_applicants([one.applicant_id for one in again])
        retried, _ = await self._save([KeptProfile(one.applicant_id, one.profile, one.profile_at,
                                                   one.event, one.event_id,
                                                   kept[one.applicant_id]) for one in again])
        verdicts = dict(zip((one.applicant_id for one in again), retried, strict=True))
        return [verdicts.get(one.applicant_id, ok) for one, ok in zip(profiles, saved,
                                                                        strict=True)]

    async def _landed(self, one: KeptProfile) -> bool:
        stored = await self._db.applicants.find_one({"_id": one.applicant_id},
                                                    {"computed_for": 1})
        return stored is not None and stored.get("computed_for") == one.event.computed_for

    async def _save(self, profiles: Sequence[KeptProfile]) -> tuple[list[bool], bool]:
        """One try of ``save_applicants``: which are newer than kept, and whether every write
        found its document (each then remembered as written)."""
        writes, saved, documents = [], [], []
        ids: list[str] = []
        for one in profiles:
            profile_at = stored_time(one.profile_at)
            newer = False
            if one.kept.get("profile_at") is not None:
                same = one.kept.get("computed_for") == one.event.computed_for
                kept_at = as_utc(one.kept["profile_at"])
                newer = kept_at > profile_at or (kept_at == profile_at and same)
            saved.append(not newer)
            if newer:
                continue
            update = {"$set": {"profile": one.profile.model_dump(mode="json"),
                               "profile_at": profile_at, "computed_for": one.event.computed_for}}
            write = await self._outbox.current_op(
                self._db.applicants, one.applicant_id, update, one.event, one.event_id, one.kept,
                unchanged="profile_at")
            writes.append(write)
            ids.append(one.applicant_id)
            documents.append({"_id": one.applicant_id, **update["$set"], FIELD: write.outbox})
        if not writes:
            return saved, True
        if await self._outbox.bulk_write(self._db.applicants, writes) < len(writes):
            return saved, False
        for applicant_id, document in zip(ids, documents, strict=True):
            self._written.put(applicant_id, document)
        return saved, True

    async def applicant_record(self, applicant_id: str) -> Document | None:
        """The stored profile with its time and cause, without the outbox."""
        return await self._db.applicants.find_one(
            {"_id": applicant_id}, {"profile": 1, "profile_at": 1, "computed_for": 1})

    async def applicant(self, applicant_id: str) -> ApplicantProfile | None:
        found = await self.applicant_record(applicant_id)
        return ApplicantProfile.model_validate(found["profile"]) if found else None

    async def followers(self, specialties: list[str] | None) -> AsyncIterator[Document]:
        """Applicants whom a change in ``specialties`` concerns (everyone for None): those who
        follow one of them, and those who follow none, whose lists hold every program; each
        with their profile and its time."""
        query: Document = {}
        if specialties is not None:
            query = {"$or": [{"profile.specialties": {"$in": specialties}},
                             {"profile.specialties": []}]}
        async with self._db.applicants.find(query, {"profile": 1, "profile_at": 1}) as found:
            async for document in found:
                yield document

    async def record_change(self, change_id: str, specialties: list[str] | None,
                            reason: str) -> bool:
        """Remember, once, that followers of ``specialties`` (None: everyone) are to be told
        their lists changed; the notifier (recommendations/changes.py) tells them and forgets it."""
        return await insert_once(self._db.list_changes, {
            "_id": change_id, "specialties": specialties, "reason": reason,
            "at": datetime.now(UTC)})

    async def pending_changes(self) -> list[Document]:
        """Changes whose followers are still to be told (a small collection: one scan)."""
        return await self._db.list_changes.find({}).sort("_id", 1).to_list()

    async def forget_changes(self, change_ids: list[str]) -> None:
        for change_id in change_ids:
            await self._db.list_changes.delete_one({"_id": change_id})

    async def retire_stored_lists(self, publisher: Publisher) -> int:
        """Publish what the explained lists that earlier versions stored still had staged, then
        drop them (once, after an upgrade): no event is lost, and no sweep ever reads those
        large documents again. Returns how many events went out."""
        if "recommendations" not in await self._db.list_collection_names():
            return 0
        relay = OutboxRelay([self._db.recommendations], publisher)
        sent = await relay.publish_scanned(self._db.recommendations)
        await self._db.recommendations.drop()
        return sent

    async def claim_for(self, claim_id: str, claim_for: timedelta) -> bool:
        """Claim ``claim_id`` for a while: the first caller wins; a claim older than
        ``claim_for`` (its holder died) is taken over. ``release`` ends it."""
        claims = self._db.claims
        if await insert_once(claims, {"_id": claim_id, "at": datetime.now(UTC)}):
            return True
        expired = await claims.delete_one(
            {"_id": claim_id, "at": {"$lt": datetime.now(UTC) - claim_for}})
        return expired.deleted_count == 1 and await insert_once(
            claims, {"_id": claim_id, "at": datetime.now(UTC)})

    async def release(self, claim_id: str) -> None:
        await self._db.claims.delete_one({"_id": claim_id})

    async def forget_old_claims(self) -> None:
        """Drop claims left by instances that died after their work (at start-up)."""
        await self._db.claims.delete_many({"at": {"$lt": datetime.now(UTC) - CLAIMS_KEPT}})
