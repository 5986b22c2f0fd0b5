"""The signed-in applicant's recommendations in GraphQL, computed by the matching service."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

import strawberry

from gateway.accounts import Account
from gateway.catalog import Program
from gateway.clients import call
from gateway.common import ChanceRange, GraphInfo, PageInfo, page_info, page_params
from gateway.context import Context
from gateway.cost import BATCHED, SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url


@strawberry.type
class Factor:
    name: str
    points: float = strawberry.field(description="Percentage points added to the chance.")
    text: str


@strawberry.type
class Recommendation:
    program_id: strawberry.Private[str]
    eligible: bool
    score: float = strawberry.field(
        description="Chance in percent that this one application ends in a match.")
    p_interview: float
    p_interview_range: ChanceRange
    tier: str | None
    reasons: list[str] = strawberry.field(
        description="Preferred requirements missed: they lower the score, they do not exclude.")
    exclusion_reasons: list[str]
    factors: list[Factor]

    @strawberry.field(metadata=cost(BATCHED))
    async def program(self, info: GraphInfo) -> Program | None:
        found = await info.context.programs.load(self.program_id)
        return from_json(Program, found) if found else None


@strawberry.type
class RecommendationEdge:
    cursor: str
    node: Recommendation


@strawberry.type
class RecommendationConnection:
    total_count: int
    page_info: PageInfo
    edges: list[RecommendationEdge]
    model_version: int | None = strawberry.field(
        default=None, description="The model version that computed these recommendations.")
    profile_updated_at: datetime | None = strawberry.field(
        default=None, description="When the profile these recommendations come from was saved "
                                  "(`Profile.updatedAt`); null before the first profile arrives.")


@strawberry.field(metadata=cost(SERVICE))
async def my_recommendations(
    root: Account, info: GraphInfo, first: int = 20, after: str | None = None,
    eligible: bool | None = None, specialty: str | None = None, state: str | None = None,
    tier: str | None = None,
) -> RecommendationConnection:
    params = page_params(first, after, eligible=eligible, specialty=specialty, state=state,
                         tier=tier)
    page = await _page(info.context, root.id, params)
    edges = [RecommendationEdge(cursor=item["cursor"], node=from_json(Recommendation, item))
             for item in page["items"]]
    updated = page["profile_updated_at"]
    return RecommendationConnection(
        total_count=page["total"], edges=edges, model_version=page["model_version"],
        profile_updated_at=datetime.fromisoformat(updated) if updated else None,
        page_info=page_info(page))


async def _page(context: Context, applicant: str, params: dict[str, Any]) -> dict[str, Any]:
    """Matching's page, from this replica's answer cache when it has it: it changes only with
    the applicant's RecommendationsReady (gateway/answer_cache.py)."""
    key = ("page", tuple(sorted(params.items())))
    found, ticket = context.answers.lookup("page", applicant, key) \
        if context.answers is not None else (None, None)
    if found is not None:
        return cast(dict[str, Any], found)
    page: dict[str, Any] = await call(
        context.http, "GET",
        service_url(context.settings.matching_url, "applicants", applicant, "recommendations"),
        context.token, params=params)
    if ticket is not None and context.answers is not None:
        context.answers.store(ticket, key, page, len(json.dumps(page)))
    return page
