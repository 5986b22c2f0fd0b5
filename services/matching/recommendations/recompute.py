"""Recomputes an applicant's recommendations with the Smart Pick engine and stores them.

Two triggers: the applicant's own profile event (at once, in the handler), and catalog changes
or a newly activated model, which only flag the applicants they concern; a background worker
then recomputes flagged applicants a few at a time, so a catalog import of thousands of programs
costs each applicant one recomputation instead of one per program, and never recomputes the
whole world at once. Matching instances share that work: each flagged applicant is claimed by one
of them (before claims, every instance recomputed every flagged applicant). A recomputation from
a profile older than the stored recommendations' is not stored.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any, Literal

from engine import CatalogArrays, ModelParams, recommend
from services.matching.model_registry.registry import ModelCache, ModelRegistry
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.store import MatchingStore, stale_reason
from smartpick.events import RecommendationsReady
from smartpick.events.models import ApplicantProfile

log = logging.getLogger(__name__)
CLAIM_FOR = timedelta(minutes=5)
"""How long a claimed applicant waits for the instance that claimed it (which may have died)."""


def items_for(profile: ApplicantProfile, arrays: CatalogArrays,
              params: ModelParams) -> list[dict[str, Any]]:
    """Every program of the applicant's specialties, best first, ineligible ones last."""
    return [
        {"program_id": r.program_id, "specialty": r.specialty, "state": r.state,
         "eligible": r.eligible, "score": round(r.score, 3),
         "p_interview": round(r.p_interview, 4), "tier": r.tier, "reasons": r.reasons,
         "exclusion_reasons": r.exclusion_reasons,
         "factors": [asdict(f) | {"points": round(f.points, 2)} for f in r.factors]}
        for r in recommend(profile, arrays, params)
    ]


def stable_id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


class Recomputer:
    def __init__(self, store: MatchingStore, cache: CatalogCache, registry: ModelRegistry,
                 models: ModelCache) -> None:
        self._store = store
        self._cache = cache
        self._registry = registry
        self._models = models

    async def follow_model(self) -> bool:
        """Flag every applicant once per newly active model, whoever activated it (the refit
        command, the schedule of another instance) and even if that process died right after:
        the flagged version is recorded only once everyone is flagged."""
        active = await self._registry.active_version()
        if active == await self._registry.flagged_version():
            return False
        await self._store.mark_all_stale(f"model:{active}")
        await self._registry.set_flagged(active)
        return True

    async def recompute(self, applicant_id: str, profile: ApplicantProfile, cause: str,
                        profile_at: datetime | None,
                        reason: Literal["profile", "catalog", "model"]) -> bool:
        """Store fresh recommendations with their event, whose id derives from ``cause``; False
        when those stored already come from a newer profile than ``profile_at``."""
        arrays, model = await self._cache.arrays(), await self._models.active()
        items = await asyncio.to_thread(items_for, profile, arrays, model.params)
        eligible = sum(item["eligible"] for item in items)
        event = RecommendationsReady(applicant_id=applicant_id, eligible_count=eligible,
                                     excluded_count=len(items) - eligible, computed_for=cause,
                                     reason=reason)
        return await self._store.save_recommendations(
            applicant_id, items, event, stable_id(applicant_id, cause), model.version, profile_at)

    async def recompute_stale(self, batch: int = 10) -> int:
        """One pass over flagged applicants this instance claimed; returns how many were done."""
        claimed = await self._store.claim_stale(batch, CLAIM_FOR)
        for applicant in claimed:
            try:
                profile = ApplicantProfile.model_validate(applicant["profile"])
                await self.recompute(applicant["_id"], profile, applicant["stale"],
                                     applicant.get("profile_at"), stale_reason(applicant["stale"]))
                await self._store.clear_stale(applicant["_id"], applicant["stale"])
            finally:
                await self._store.release(applicant)
        return len(claimed)

    async def run(self, stopping: asyncio.Event, idle_seconds: float = 1.0) -> None:
        while not stopping.is_set():
            try:
                await self.follow_model()
                done = await self.recompute_stale()
            except Exception:
                log.exception("recomputing flagged applicants failed; retrying")
                done = 0
            if not done:
                try:
                    await asyncio.wait_for(stopping.wait(), idle_seconds)
                except TimeoutError:
                    pass
