"""MongoDB access of the matching service: its own read model of programs and applicants, built
from events (never from the profiles service), and each applicant's stored recommendations. The
model registry keeps its own collections: model versions (model_registry/registry.py) and the
outcomes applicants reported (model_registry/store.py).

Recommendations of one applicant live in one document (a few thousand small entries at most),
written together with their RecommendationsReady event in a single update.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from smartpick.events import RecommendationsReady
from smartpick.events.models import ApplicantProfile, Program
from smartpick.mongo import Document, insert_once
from smartpick.outbox import FIELD, STAGED_AT, Outbox

OUTBOX_COLLECTIONS = ("recommendations",)


CatalogClock = dict[str, int]
"""Catalog writes per writing process: which changes a copy of the catalog has seen."""
WRITERS_KEPT = timedelta(days=7)
"""A writer silent this long is forgotten; a copy that had seen it reloads once, nothing more."""
CLAIMS_KEPT = timedelta(days=1)
"""A recomputation claim this old was left by an instance that died after its work."""


def stale_reason(token: str) -> Literal["catalog", "model"]:
    """What flagged an applicant, read from the flag's token (``mark_stale`` writes
    ``catalog:…``, the model's follower ``model:…``)."""
    return "model" if token.startswith("model:") else "catalog"


def _not_newer_than(profile_at: datetime | None) -> dict[str, Any]:
    """Documents from a profile not newer than ``profile_at`` (or of unknown age)."""
    if profile_at is None:
        return {"profile_at": None}
    return {"profile_at": {"$not": {"$gt": profile_at}}}


class MatchingStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox
        self._writer = uuid.uuid4().hex
        self._writes = 0
        self._clock_lock = asyncio.Lock()

    async def ensure_indexes(self) -> None:
        await self._db.applicants.create_index("stale")
        await self._db.applicants.create_index("profile.specialties")

    @property
    def writer(self) -> str:
        return self._writer

    async def save_program(self, program: Program) -> int:
        """Store the program; return how many catalog writes this process has made since.

        Each process counts its own writes in a document only it writes, so no increment is
        lost, also on FerretDB, whose findAndModify is read-then-write (deploy/local/README.md:
        a shared counter lost increments there). The count
        goes up only after the program is stored, and in order (the lock).
        """
        fields = program.model_dump(mode="json", exclude={"id"})
        try:  # most catalog events are new programs: an insert is cheap, also on FerretDB
            await self._db.programs.insert_one({"_id": program.id, **fields})
        except DuplicateKeyError:
            await self._db.programs.replace_one({"_id": program.id}, fields)
        async with self._clock_lock:
            self._writes += 1
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

    async def save_applicant(self, applicant_id: str, profile: ApplicantProfile,
                             profile_at: datetime) -> bool:
        """Keep the profile as of ``profile_at`` (when the profiles service staged it); False,
        and nothing changed, when a newer one is kept already."""
        try:
            await self._db.applicants.update_one(
                {"_id": applicant_id, **_not_newer_than(profile_at)},
                {"$set": {"profile": profile.model_dump(mode="json"), "profile_at": profile_at}},
                upsert=True)
        except DuplicateKeyError:
            return False
        return True

    async def applicant(self, applicant_id: str) -> ApplicantProfile | None:
        found = await self._db.applicants.find_one({"_id": applicant_id})
        return ApplicantProfile.model_validate(found["profile"]) if found else None

    async def mark_stale(self, specialty: str) -> int:
        """Flag applicants whom a change in ``specialty`` concerns; the worker recomputes them.

        The flag names its cause, which becomes the recomputation's ``computed_for``.
        """
        token = f"catalog:{uuid.uuid4()}"
        result = await self._db.applicants.update_many(
            {"$or": [{"profile.specialties": specialty}, {"profile.specialties": []}]},
            {"$set": {"stale": token}})
        return result.modified_count

    async def mark_all_stale(self, cause: str) -> int:
        """Flag every applicant (a new model changes everyone's chances)."""
        token = f"{cause}:{uuid.uuid4()}"
        result = await self._db.applicants.update_many({}, {"$set": {"stale": token}})
        return result.modified_count

    async def claim_stale(self, limit: int, claim_for: timedelta) -> list[Document]:
        """Up to ``limit`` flagged applicants that this process claims to recompute.

        Instances share the work: a claim is an insert keyed by applicant and flag, so each flag
        is recomputed by one of them. A claim older than ``claim_for`` (its holder died) is
        taken over; ``release`` removes one when done.
        """
        claimed: list[Document] = []
        async with self._db.applicants.find({"stale": {"$exists": True}}, {"_id": 1, "stale": 1}
                                            ) as flagged:
            async for seen in flagged:
                if not await self._claim(f"{seen['_id']}|{seen['stale']}", claim_for):
                    continue
                # Read again once claimed: another instance may have recomputed it and released
                # its claim since this scan read the flag.
                applicant = await self._db.applicants.find_one({"_id": seen["_id"]})
                if applicant is None or applicant.get("stale") != seen["stale"]:
                    await self.release(seen)
                    continue
                claimed.append(applicant)
                if len(claimed) == limit:
                    break
        return claimed

    async def _claim(self, claim_id: str, claim_for: timedelta) -> bool:
        claims = self._db.recompute_claims
        if await insert_once(claims, {"_id": claim_id, "at": datetime.now(UTC)}):
            return True
        expired = await claims.delete_one(
            {"_id": claim_id, "at": {"$lt": datetime.now(UTC) - claim_for}})
        return expired.deleted_count == 1 and await insert_once(
            claims, {"_id": claim_id, "at": datetime.now(UTC)})

    async def release(self, applicant: Document) -> None:
        await self._db.recompute_claims.delete_one(
            {"_id": f"{applicant['_id']}|{applicant['stale']}"})

    async def forget_old_claims(self) -> None:
        """Drop claims left by instances that died after their work (at start-up)."""
        await self._db.recompute_claims.delete_many(
            {"at": {"$lt": datetime.now(UTC) - CLAIMS_KEPT}})

    async def clear_stale(self, applicant_id: str, token: str) -> None:
        """Clear the flag unless a newer change flagged the applicant again meanwhile."""
        await self._db.applicants.update_one({"_id": applicant_id, "stale": token},
                                             {"$unset": {"stale": ""}})

    async def save_recommendations(self, applicant_id: str, items: list[dict[str, Any]],
                                   event: RecommendationsReady, event_id: str,
                                   model_version: int, profile_at: datetime | None) -> bool:
        """Store recommendations computed from the profile as of ``profile_at``, with their event;
        False, and nothing stored, when those stored come from a newer profile.

        The worker recomputing flagged applicants reads a profile, then computes for a while; the
        applicant's own newer event may be handled meanwhile, and its result must stay.
        """
        update = {"$set": {"items": items, "computed_at": datetime.now(UTC),
                           "computed_for": event.computed_for, "model_version": model_version,
                           "profile_at": profile_at}}
        return await self._outbox.stage(self._db.recommendations, applicant_id, update, event,
                                       event_id, upsert=True, where=_not_newer_than(profile_at))

    async def recommendations(self, applicant_id: str) -> Document | None:
        return await self._db.recommendations.find_one({"_id": applicant_id},
                                                        {FIELD: 0, STAGED_AT: 0})
