"""HTTP routes of the matching service: an applicant's own recommendations, filtered and paged.

Someone else's applicant id answers 404 like an unknown one.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from services.matching.store import MatchingStore
from smartpick.auth import CurrentPrincipal
from smartpick.paging import decode_cursor, encode_cursor
from smartpick.service import Runtime

router = APIRouter()


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


def _offset(after: str | None) -> int:
    position = decode_cursor(after)
    if position is None:
        return 0
    if not position.isdigit():
        raise HTTPException(400, f"invalid cursor {after!r}")
    return int(position) + 1


@router.get("/applicants/{applicant_id}/recommendations", response_model=RecommendationPage,
            tags=["recommendations"])
async def recommendations(
    applicant_id: str, principal: CurrentPrincipal, runtime: Runtime,
    first: Annotated[int, Query(ge=1, le=200)] = 20, after: str | None = None,
    eligible: bool | None = None, specialty: str | None = None, state: str | None = None,
    tier: Annotated[str | None, Query(pattern="^(reach|target|safety)$")] = None,
) -> RecommendationPage:
    if principal.account_id != applicant_id:
        raise HTTPException(404, "no recommendations for this applicant")
    found = await MatchingStore(runtime.db, runtime.settings.source).recommendations(applicant_id)
    items: list[dict[str, Any]] = found["items"] if found else []
    wanted = [
        item for item in items
        if (eligible is None or item["eligible"] == eligible)
        and (specialty is None or item["specialty"] == specialty)
        and (state is None or item["state"] == state)
        and (tier is None or item["tier"] == tier)
    ]
    start = _offset(after)
    page = [RecommendationItem.model_validate(item | {"cursor": encode_cursor(str(start + n))})
            for n, item in enumerate(wanted[start:start + first])]
    return RecommendationPage(
        items=page, total=len(wanted), end_cursor=page[-1].cursor if page else None,
        has_next=start + len(page) < len(wanted),
        computed_at=found["computed_at"].isoformat() if found else None)
