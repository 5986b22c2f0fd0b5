"""An applicant's recommendations, computed when asked from the stored profile, the catalog and
the active model; never stored.

Scoring the whole catalog for one applicant is one vectorised pass (about 1.4 ms for 7,000
programs, benchmarks/engine_speed.py); explaining a program (reasons, factors) is what costs, so
only the programs of the page asked for are explained. Storing every applicant's explained list
made each profile event write 100 KB to 2 MB and read it back, and every catalog change rewrite
it for every follower (issue 13's measurements, deploy/local/README.md). A small cache keeps the
last rankings, so paging through one list scores it once.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from engine import Ranking, rank
from services.matching.model_registry.registry import ModelCache
from services.matching.recommendations.catalog_cache import CatalogCache
from smartpick.events import RecommendationsReady
from smartpick.events.models import ApplicantProfile

KEPT_RANKINGS = 256


def stable_id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def item(recommendation: Any) -> dict[str, Any]:
    """One explained program, as the recommendations route returns it."""
    r = recommendation
    return {"program_id": r.program_id, "specialty": r.specialty, "state": r.state,
            "eligible": r.eligible, "score": round(r.score, 3),
            "p_interview": round(r.p_interview, 4),
            "p_interview_range": {"low": round(r.p_interview_range.low, 4),
                                  "high": round(r.p_interview_range.high, 4)},
            "tier": r.tier, "reasons": r.reasons,
            "exclusion_reasons": r.exclusion_reasons,
            "factors": [asdict(f) | {"points": round(f.points, 2)} for f in r.factors]}


class Rankings:
    """Rankings of applicants' stored profiles with the current catalog and model."""

    def __init__(self, catalog: CatalogCache, models: ModelCache) -> None:
        self._catalog = catalog
        self._models = models
        self._kept: OrderedDict[tuple[Any, ...], Ranking] = OrderedDict()

    async def ranking(self, applicant_id: str, profile: ApplicantProfile,
                      profile_at: datetime | None) -> tuple[Ranking, int]:
        """The ranking of this profile, and the model version that made it."""
        arrays, model = await self._catalog.arrays(), await self._models.active()
        key = (applicant_id, profile_at, id(arrays), model.version)
        found = self._kept.get(key)
        if found is None or found.arrays is not arrays:
            found = await asyncio.to_thread(rank, profile, arrays, model.params)
            self._kept[key] = found
            if len(self._kept) > KEPT_RANKINGS:
                self._kept.popitem(last=False)
        self._kept.move_to_end(key)
        return found, model.version

    async def ready(self, applicant_id: str, profile: ApplicantProfile, profile_at: datetime,
                    cause: str) -> RecommendationsReady:
        """The event that tells the applicant their list changed with their profile, with its
        counts (the ranking is kept: the applicant is likely to look at it next)."""
        return (await self.ready_many([(applicant_id, profile, profile_at, cause)]))[0]

    async def ready_many(self, profiles: Sequence[tuple[str, ApplicantProfile, datetime, str]]
                         ) -> list[RecommendationsReady]:
        """``ready`` of each (applicant id, profile, its time, cause): the catalog and the
        model are checked once for all, and the rankings made in one worker thread."""
        arrays, model = await self._catalog.arrays(), await self._models.active()
        keys = [(applicant_id, at, id(arrays), model.version)
                for applicant_id, _, at, _ in profiles]
        missing = [n for n, key in enumerate(keys) if key not in self._kept
                   or self._kept[key].arrays is not arrays]

        def rank_missing() -> list[Ranking]:
            return [rank(profiles[n][1], arrays, model.params) for n in missing]

        for n, ranking in zip(missing, await asyncio.to_thread(rank_missing), strict=True):
            self._kept[keys[n]] = ranking
        rankings = [self._kept[key] for key in keys]
        for key in keys:
            self._kept.move_to_end(key)
        while len(self._kept) > KEPT_RANKINGS:
            self._kept.popitem(last=False)
        return [RecommendationsReady(applicant_id=applicant_id,
                                     eligible_count=ranking.eligible_count,
                                     excluded_count=len(ranking) - ranking.eligible_count,
                                     computed_for=cause, reason="profile",
                                     profile_updated_at=at)
                for (applicant_id, _, at, cause), ranking in zip(profiles, rankings, strict=True)]

    async def counts(self, profiles: list[ApplicantProfile]) -> list[tuple[int, int]]:
        """Eligible and excluded programs of each profile (for many followers of a change,
        scored in one worker thread and not kept)."""
        arrays, model = await self._catalog.arrays(), await self._models.active()

        def count() -> list[tuple[int, int]]:
            rankings = [rank(profile, arrays, model.params) for profile in profiles]
            return [(r.eligible_count, len(r) - r.eligible_count) for r in rankings]

        return await asyncio.to_thread(count)
