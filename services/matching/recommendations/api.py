"""HTTP routes of recommendations and plans: an applicant's own recommendations, filtered and
paged, and plans for a given or the stored profile.

Someone else's applicant id answers 404 like an unknown one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from services.matching.deps import Catalog, Models, Ranked, Store
from services.matching.recommendations.plan_models import ChanceRange, Plan, WhatIfOutcome
from services.matching.recommendations.plans import PlanOptions, TryPlan, plan_json, what_if_json
from services.matching.recommendations.ranking import item
from services.matching.recommendations.store import MatchingStore
from smartpick.auth import CurrentPrincipal, Principal
from smartpick.events.models import ApplicantProfile, ResourceId, Specialty, StateCode
from smartpick.http_errors import errors
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(responses=errors(401))


class Factor(BaseModel):
    name: str
    points: float
    text: str


class RecommendationItem(BaseModel):
    cursor: str
    program_id: str
    specialty: str
    state: str | None
    eligible: bool
    score: float
    p_interview: float
    p_interview_range: ChanceRange
    tier: str | None
    reasons: list[str]
    exclusion_reasons: list[str]
    factors: list[Factor]


class RecommendationPage(BaseModel):
    items: list[RecommendationItem]
    total: int
    has_next: bool
    end_cursor: str | None
    computed_at: str | None
    model_version: int | None
    """The model version (see GET /model) that computed these recommendations."""
    profile_updated_at: datetime | None
    """When the profile these recommendations come from was saved: a client that just saved
    one knows from it whether the list reflects the change yet."""


@router.get("/applicants/{applicant_id}/recommendations", response_model=RecommendationPage,
            tags=["recommendations"], responses=errors(400, 404, 422))
async def recommendations(
    applicant_id: ResourceId, principal: CurrentPrincipal, store: Store, rankings: Ranked,
    first: Annotated[int, Query(ge=1, le=200)] = 20, after: After = None,
    eligible: bool | None = None, specialty: Specialty | None = None,
    state: StateCode | None = None,
    tier: Annotated[str | None, Query(pattern="^(reach|target|safety)$")] = None,
) -> RecommendationPage:
    """Computed from the stored profile with the current catalog and model (ranking.py);
    empty until the applicant's first profile reached matching."""
    if principal.account_id != applicant_id:
        raise HTTPException(404, "no recommendations for this applicant")
    found = await store.applicant_record(applicant_id)
    if found is None:
        return RecommendationPage(items=[], total=0, has_next=False, end_cursor=None,
                                  computed_at=None, model_version=None, profile_updated_at=None)
    profile = ApplicantProfile.model_validate(found["profile"])
    ranking, model_version = await rankings.ranking(applicant_id, profile, found["profile_at"])
    wanted = ranking.select(eligible, specialty, state, tier)
    start = offset_after(after)
    shown = ranking.explain(wanted[start:start + first])
    page = [RecommendationItem.model_validate(item(r) | {"cursor": encode_cursor(str(start + n))})
            for n, r in enumerate(shown)]
    return RecommendationPage(
        items=page, total=len(wanted), end_cursor=page[-1].cursor if page else None,
        has_next=start + len(page) < len(wanted), computed_at=datetime.now(UTC).isoformat(),
        model_version=model_version, profile_updated_at=found["profile_at"])


async def _own_profile(principal: Principal, applicant_id: str,
                       store: MatchingStore) -> ApplicantProfile:
    profile = None
    if principal.account_id == applicant_id:
        profile = await store.applicant(applicant_id)
    if profile is None:
        raise HTTPException(404, "no profile for this applicant yet")
    return profile


@router.post("/plans/try", response_model=Plan, tags=["plans"],
             responses=errors(400, 413, 422))
async def try_plan(body: TryPlan, principal: CurrentPrincipal, catalog: Catalog,
                   models: Models) -> dict[str, Any]:
    """A plan for a profile given in the request; nothing is stored."""
    return await plan_json(body.profile, body, catalog, models)


@router.post("/applicants/{applicant_id}/plan", response_model=Plan, tags=["plans"],
             responses=errors(400, 404, 413, 422))
async def my_plan(applicant_id: ResourceId, options: PlanOptions, principal: CurrentPrincipal,
                  store: Store, catalog: Catalog, models: Models) -> dict[str, Any]:
    """The caller's plan for their stored profile; with no specialty in the profile or the
    options it is empty, and its ``warnings`` say why."""
    profile = await _own_profile(principal, applicant_id, store)
    return await plan_json(profile, options, catalog, models)


@router.post("/applicants/{applicant_id}/what-if", response_model=list[WhatIfOutcome],
             tags=["plans"],
             responses=errors(400, 404, 413, 422))
async def my_what_if(applicant_id: ResourceId, options: PlanOptions, principal: CurrentPrincipal,
                     store: Store, catalog: Catalog,
                     models: Models) -> list[dict[str, Any]]:
    """The plan as is, then with each change of the profile; without a specialty every
    scenario has no eligible program (the plan's ``warnings`` say why)."""
    profile = await _own_profile(principal, applicant_id, store)
    return await what_if_json(profile, options, catalog, models)
