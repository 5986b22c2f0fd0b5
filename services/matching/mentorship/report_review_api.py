"""HTTP routes of the organization's side of problem reports: its admins list the reports about
their mentors and resolve one (resume or end the paused mentorship).

Listing is for organization accounts (others: 403); resolving answers 404 to anyone but the
admins the report went to, as for an unknown mentorship.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from services.matching.deps import ProblemReview
from services.matching.mentorship.report_review_contract import ProblemResolution, ReportedProblem
from services.matching.mentorship.rules import Code, refused
from services.matching.simulations.contract import Page
from smartpick.auth import CurrentPrincipal, Role
from smartpick.events.models import ResourceId
from smartpick.http_errors import errors
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(tags=["mentorship problem reports"], responses=errors(401))


@router.get("/mentorship-reports", response_model=Page[ReportedProblem],
            responses=errors(400, 403, 422))
async def organization_reports(principal: CurrentPrincipal, review: ProblemReview,
                               first: Annotated[int, Query(ge=1, le=100)] = 20,
                               after: After = None) -> Page[ReportedProblem]:
    """Problem reports about the organization's mentors, newest first."""
    if principal.role is not Role.ORG_ADMIN:
        raise HTTPException(403, "problem reports are for organization accounts")
    start = offset_after(after)
    found, total = await review.page_for(principal.account_id, start, first)
    items = [ReportedProblem.of(r, encode_cursor(str(start + n))) for n, r in enumerate(found)]
    return Page[ReportedProblem].of(items, start, total)


@router.post("/mentorships/{mentorship_id}/problem-resolution", response_model=ReportedProblem,
             responses=errors(400, 404, 409, 413, 422))
async def resolve(mentorship_id: ResourceId, body: ProblemResolution,
                  principal: CurrentPrincipal, review: ProblemReview) -> ReportedProblem:
    """Resume (ACTIVE again) or end (CANCELLED) a mentorship paused by a report to the
    caller's organization (409 CONFLICT: not paused by it any more); the report, resolved (the
    admins never see the mentorship's inside)."""
    if principal.role is not Role.ORG_ADMIN:
        raise refused(404, Code.NOT_FOUND, f"no mentorship {mentorship_id[:64]!r} was reported "
                                           "to your organization")
    return ReportedProblem.of(await review.resolve(mentorship_id, principal.account_id,
                                                   body.resume, body.note))
