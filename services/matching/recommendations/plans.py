"""Application plans and what-ifs over the Smart Pick engine, as JSON for the routes.

The engine works on the catalog arrays and the active model the service keeps in memory; a plan
is computed in a worker thread (tens of milliseconds) so the event loop keeps serving. A profile
without a specialty (valid: none chosen yet) gets an empty plan whose ``warnings`` say why.
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from engine import Request, plan, what_if
from engine.signals import SIGNALS_BY_SPECIALTY
from services.matching.model_registry.registry import ModelCache
from services.matching.recommendations.catalog_cache import CatalogCache
from smartpick.events.models import ApplicantProfile, ResourceId, Specialty, StateCode


class SignalCount(BaseModel):
    model_config = ConfigDict(extra="forbid")

    specialty: Specialty
    count: int = Field(ge=0, le=60)


class PlanOptions(BaseModel):
    """What the plan optimizes for: a number of applications, a budget in dollars, or both."""

    model_config = ConfigDict(extra="forbid")

    applications: int | None = Field(default=None, ge=1, le=400)
    budget_usd: int | None = Field(default=None, ge=11, le=50_000)
    specialties: list[Specialty] = Field(default_factory=list, max_length=5)
    must_include: list[ResourceId] = Field(default_factory=list, max_length=50)
    avoid_states: list[StateCode] = Field(default_factory=list, max_length=60)
    max_per_state: int | None = Field(default=None, ge=1, le=400)
    signals: list[SignalCount] = Field(
        default_factory=list, max_length=30,
        description="The preference signals you have, per specialty; specialties not listed "
                    "get the ERAS counts")

    @model_validator(mode="after")
    def _has_a_budget(self) -> PlanOptions:
        if self.applications is None and self.budget_usd is None:
            self.applications = 60
        repeated = {s.specialty for s in self.signals
                    if sum(t.specialty == s.specialty for t in self.signals) > 1}
        if repeated:
            raise ValueError(f"signals given twice for {', '.join(sorted(repeated))}")
        return self

    def request(self) -> Request:
        given = {s.specialty: s.count for s in self.signals}
        return Request(applications=self.applications, budget_usd=self.budget_usd,
                       specialties=self.specialties, must_include=self.must_include,
                       avoid_states=self.avoid_states, max_per_state=self.max_per_state,
                       signals={**SIGNALS_BY_SPECIALTY, **given} if given else None)


class TryPlan(PlanOptions):
    """A plan for a profile that is not stored anywhere (free to try, no account)."""

    profile: ApplicantProfile


async def plan_json(profile: ApplicantProfile, options: PlanOptions, cache: CatalogCache,
                    models: ModelCache) -> dict[str, Any]:
    arrays, model = await cache.arrays(), await models.active()
    result = await asyncio.to_thread(plan, profile, arrays, options.request(), model.params)
    return asdict(result) | {"model_version": model.version}


async def what_if_json(profile: ApplicantProfile, options: PlanOptions, cache: CatalogCache,
                       models: ModelCache) -> list[dict[str, Any]]:
    arrays, model = await cache.arrays(), await models.active()
    outcomes = await asyncio.to_thread(what_if, profile, arrays, options.request(), model.params)
    return [{k: v for k, v in asdict(outcome).items() if k != "plan"} for outcome in outcomes]
