"""HTTP routes of the organization's side of mentorships: its admins list the mentorships and the
problem reports of the mentors it verified, and resolve a report (resume or end the paused
mentorship).

Listing is for organization accounts (others: 403); resolving answers 404 to anyone but the
admins the report went to, as for an unknown mentorship.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from services.matching.deps import OrganizationMentorships, ProblemReview
from services.matching.mentorship.contract import Mentorship, MentorshipPage
from services.matching.mentorship.report_review_contract import ProblemResolution, ReportedProblem
from services.matching.mentorship.rules import Code, refused
from services.matching.simulations.contract import Page
from smartpick.auth import CurrentPrincipal, Role, organization_of
from smartpick.events.mentorships import MentorshipStatus
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
    organization = organization_of(principal, "problem reports are for organization accounts")
    start = offset_after(after)
    found, total = await review.page_for(organization, start, first)
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


@router.get("/organization-mentorships", response_model=MentorshipPage,
            responses=errors(400, 403, 422))
async def organization_mentorships(principal: CurrentPrincipal,
                                   view: OrganizationMentorships,
                                   status: MentorshipStatus | None = None,
                                   first: Annotated[int, Query(ge=1, le=100)] = 20,
                                   after: After = None) -> MentorshipPage:
    """The mentorships of the mentors the organization verified, newest first, without the
    request's message and the contact details (organization_view.py)."""
    organization = organization_of(
        principal, "an organization's mentorships are for organization accounts")
    start = offset_after(after)
    found, total = await view.page(organization, status, start, first)
    items = [Mentorship.for_organization(m, encode_cursor(str(start + n)))
             for n, m in enumerate(found)]
    return MentorshipPage(items=items, total=total, has_next=start + len(items) < total,
                          end_cursor=items[-1].cursor if items else None)
