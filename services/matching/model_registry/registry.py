"""The model registry: versioned parameter sets, which one is active, and an in-process copy of it.

Version 1 is the shipped fit (params_v1.json), active while no refit was accepted. Every refit
candidate is stored with its held-out figures, accepted or not, so no model is ever replaced
silently; the active pointer moves only to an accepted candidate, and only from the version the
candidate was compared against (two refits racing cannot both win).
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import DESCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from engine import ModelParams, shipped_params
from engine.learning import Decision
from smartpick.mongo import Document, insert_once

SHIPPED_VERSION = 1
ACTIVE = "active_model"  # the pointer's _id in the meta collection
FLAGGED = "model_flagged"  # meta _id: the version all applicants were last flagged for
FROM_OUTCOMES = "outcomes"  # a refit on reported outcomes
FROM_STATISTICS = "statistics"  # a fit of published statistics files


@dataclass(frozen=True)
class ActiveModel:
    version: int
    params: ModelParams


@dataclass(frozen=True)
class Candidate:
    """A refit's decision (its parameters and held-out figures), with what the registry keeps
    beside it: the version it was compared with and how many reports it saw."""

    decision: Decision
    parent: int
    train_reports: int
    holdout_reports: int
    revisions: int
    """Of those reports, counting each update of one (``refit_schedule`` compares it)."""


class ModelRegistry:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def active_version(self) -> int:
        found = await self._db.meta.find_one({"_id": ACTIVE})
        return int(found["version"]) if found else SHIPPED_VERSION

    async def params(self, version: int) -> ModelParams:
        if version == SHIPPED_VERSION:
            return shipped_params()
        found = await self._db.models.find_one({"_id": version})
        if found is None:
            raise LookupError(f"model version {version} is not stored")
        return ModelParams.model_validate(found["params"])

    async def active(self) -> ActiveModel:
        version = await self.active_version()
        return ActiveModel(version, await self.params(version))

    async def record(self, candidate: Candidate) -> int:
        """Store the candidate (accepted or rejected) under the next version number."""
        decision = candidate.decision
        return await self._insert_next({
            "kind": FROM_OUTCOMES, "params_version": decision.candidate.version,
            "params": decision.candidate.model_dump(mode="json"),
            "status": "accepted" if decision.accepted else "rejected",
            "parent": candidate.parent, "created_at": datetime.now(UTC),
            "holdout_loss_before": decision.holdout_loss_before,
            "holdout_loss_after": decision.holdout_loss_after,
            "train_reports": candidate.train_reports,
            "holdout_reports": candidate.holdout_reports,
            "revisions": candidate.revisions,
            "program_effects_check": asdict(decision.effects) if decision.effects else None,
        })

    async def record_published(self, params: ModelParams, parent: int,
                               files: dict[str, str]) -> int:
        """Store a fit of newer published statistics (``smartpick model import``)."""
        return await self._insert_next({
            "kind": FROM_STATISTICS, "params_version": params.version,
            "params": params.model_dump(mode="json"), "status": "accepted", "parent": parent,
            "created_at": datetime.now(UTC), "files": files, "validation": params.validation})

    async def activate(self, version: int, parent: int) -> bool:
        """Make ``version`` active if ``parent`` still is; False when another version got there.

        One activation per parent wins, by inserting a marker with the parent as ``_id``: a
        conditional update of the pointer is read-then-write on FerretDB (deploy/local/README.md).
        A winner that died between its marker and the pointer is rolled forward by the next one
        to try.
        """
        won = await self.active_version() == parent and await insert_once(
            self._db.activations, {"_id": parent, "version": version, "at": datetime.now(UTC)})
        if won:
            await self._point_to(version)
            return True
        marker = await self._db.activations.find_one({"_id": parent})
        if marker is not None and await self.active_version() == parent:
            await self._point_to(int(marker["version"]))  # its winner stopped halfway
        if marker is not None and marker["version"] == version:
            return True  # this very activation, asked again
        await self._db.models.update_one(
            {"_id": version}, {"$set": {"status": "rejected",
                                        "reason": "another version became active first"}})
        return False

    async def _point_to(self, version: int) -> None:
        try:
            await self._db.meta.replace_one({"_id": ACTIVE}, {"version": version}, upsert=True)
        except DuplicateKeyError:  # two first upserts at once, both writing the same version
            await self._db.meta.replace_one({"_id": ACTIVE}, {"version": version})

    async def published(self, version: int) -> ActiveModel:
        """The published fit under ``version``: itself or its nearest ancestor fitted from
        statistics, the shipped fit at the root. Refits start from it, and because it is
        found by following parents, no second pointer can disagree with the active one."""
        while version != SHIPPED_VERSION:
            found = await self._db.models.find_one({"_id": version}, {"kind": 1, "parent": 1})
            if found is None:
                raise LookupError(f"model version {version} is not stored")
            if found.get("kind") == FROM_STATISTICS:
                return ActiveModel(version, await self.params(version))
            version = int(found["parent"])
        return ActiveModel(SHIPPED_VERSION, shipped_params())

    async def _insert_next(self, document: Document) -> int:
        """Insert under the next free version number, won by the insert of that ``_id``.

        Not a counter: FerretDB runs findAndModify as read-then-write, so two refits (or a
        refit and an import) could read the same counter value; two inserts of one ``_id``
        cannot both succeed, so the loser takes the number after."""
        while True:
            newest = await self._db.models.find({}, {"_id": 1}).sort(
                "_id", DESCENDING).limit(1).to_list()
            version = int(newest[0]["_id"]) + 1 if newest else SHIPPED_VERSION + 1
            if await insert_once(self._db.models, {"_id": version, **document}):
                return version

    async def flagged_version(self) -> int:
        found = await self._db.meta.find_one({"_id": FLAGGED})
        return int(found["version"]) if found else SHIPPED_VERSION

    async def set_flagged(self, version: int) -> None:
        await self._db.meta.replace_one({"_id": FLAGGED}, {"version": version}, upsert=True)

    async def history(self) -> list[dict[str, Any]]:
        """Every version, newest first, without the parameters; the shipped one last."""
        stored = await self._db.models.find({}, {"params": 0}).sort("_id", DESCENDING).to_list()
        shipped = {"_id": SHIPPED_VERSION, "kind": FROM_STATISTICS,
                   "params_version": shipped_params().version, "status": "shipped",
                   "parent": None}
        return [{"version": d.pop("_id"), **d} for d in [*stored, shipped]]


class ModelCache:
    """The active parameters in memory; one ``_id`` lookup per use says whether they changed,
    so a refit activated by another process (the CLI, another instance) is picked up."""

    def __init__(self, registry: ModelRegistry) -> None:
        self._registry = registry
        self._active: ActiveModel | None = None
        self._lock = asyncio.Lock()

    async def active(self) -> ActiveModel:
        async with self._lock:
            version = await self._registry.active_version()
            if self._active is None or self._active.version != version:
                self._active = ActiveModel(version, await self._registry.params(version))
            return self._active
