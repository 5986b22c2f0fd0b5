"""HTTP routes of mentorships: an applicant asks a mentor, the mentor answers, either ends it.

Only the two people in a mentorship see or change it: anyone else gets 404, as for an unknown
id. Refusals a client may act on carry a code (CAPACITY_REACHED, NOT_ACCEPTING,
TOO_MANY_REQUESTS, ALREADY_MENTORED, CONFLICT) beside the message.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from services.matching.deps import Mentorships, ProblemReports
from services.matching.mentorship.contract import (
    Ending,
    MentorAnswer,
    Mentorship,
    MentorshipPage,
    MentorshipRequest,
    ProblemReport,
)
from smartpick.auth import CurrentPrincipal, Role
from smartpick.events.mentorships import MentorshipChange, MentorshipStatus
from smartpick.events.models import ResourceId
from smartpick.http_errors import errors
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(prefix="/mentorships", tags=["mentorships"], responses=errors(401))
CHANGED = errors(403, 404, 409, 422)
BODY = (400, 413)


@router.post("", status_code=201, response_model=Mentorship,
             responses=errors(*BODY, 403, 404, 409, 422))
async def request_mentorship(body: MentorshipRequest, principal: CurrentPrincipal,
                             lifecycle: Mentorships) -> Mentorship:
    """Ask a mentor (404: no such mentor; 409: NOT_ACCEPTING, CAPACITY_REACHED,
    TOO_MANY_REQUESTS (5 waiting for an answer), ALREADY_MENTORED (a mentor now: one at a time),
    CONFLICT (one open already with them))."""
    if principal.role is not Role.APPLICANT:
        raise HTTPException(403, "only applicants request mentorships")
    created = await lifecycle.request(principal.account_id, body.mentor_id, body.message,
                                      body.goals, body.contact)
    return Mentorship.of(created)


@router.get("", response_model=MentorshipPage, responses=errors(400, 422))
async def my_mentorships(principal: CurrentPrincipal, lifecycle: Mentorships,
                         status: MentorshipStatus | None = None,
                         first: Annotated[int, Query(ge=1, le=100)] = 20,
                         after: After = None) -> MentorshipPage:
    """The caller's mentorships, as mentee or as mentor, newest first."""
    start = offset_after(after)
    found, total = await lifecycle.store.page_for(principal.account_id, status, start, first)
    items = [Mentorship.of(m, encode_cursor(str(start + n))) for n, m in enumerate(found)]
    return MentorshipPage(items=items, total=total, has_next=start + len(items) < total,
                          end_cursor=items[-1].cursor if items else None)


@router.get("/{mentorship_id}", response_model=Mentorship, responses=errors(404, 422))
async def mentorship(mentorship_id: ResourceId, principal: CurrentPrincipal,
                     lifecycle: Mentorships) -> Mentorship:
    found, _ = await lifecycle.visible(mentorship_id, principal.account_id)
    return Mentorship.of(found)


@router.post("/{mentorship_id}/response", response_model=Mentorship,
             responses=errors(*BODY, 403, 404, 409, 422))
async def respond(mentorship_id: ResourceId, body: MentorAnswer, principal: CurrentPrincipal,
                  lifecycle: Mentorships) -> Mentorship:
    """The mentor accepts (409 CAPACITY_REACHED when full, ALREADY_MENTORED when another
    mentor has the mentee) or declines a request."""
    changed = await lifecycle.respond(mentorship_id, principal.account_id, body.accept,
                                      body.reason, body.contact)
    return Mentorship.of(changed)


async def _end(mentorship_id: str, account_id: str, change: MentorshipChange,
               reason: str | None, lifecycle: Mentorships) -> Mentorship:
    found, side = await lifecycle.visible(mentorship_id, account_id)
    return Mentorship.of(await lifecycle.change(found, change, side, account_id, reason))


@router.post("/{mentorship_id}/withdrawal", response_model=Mentorship, responses=CHANGED)
async def withdraw(mentorship_id: ResourceId, principal: CurrentPrincipal,
                   lifecycle: Mentorships) -> Mentorship:
    """The mentee withdraws a request still waiting for an answer."""
    return await _end(mentorship_id, principal.account_id, MentorshipChange.WITHDRAWN, None,
                      lifecycle)


@router.post("/{mentorship_id}/cancellation", response_model=Mentorship,
             responses=errors(*BODY, 403, 404, 409, 422))
async def cancel(mentorship_id: ResourceId, principal: CurrentPrincipal,
                 lifecycle: Mentorships, body: Ending | None = None) -> Mentorship:
    """Either side ends an active (or paused) mentorship early."""
    reason = body.reason if body is not None else None
    return await _end(mentorship_id, principal.account_id, MentorshipChange.CANCELLED, reason,
                      lifecycle)


@router.post("/{mentorship_id}/completion", response_model=Mentorship, responses=CHANGED)
async def complete(mentorship_id: ResourceId, principal: CurrentPrincipal,
                   lifecycle: Mentorships) -> Mentorship:
    """Either side marks an active mentorship completed."""
    return await _end(mentorship_id, principal.account_id, MentorshipChange.COMPLETED, None,
                      lifecycle)


@router.post("/{mentorship_id}/problem-reports", response_model=Mentorship,
             responses=errors(*BODY, 403, 404, 409, 422))
async def report_problem(mentorship_id: ResourceId, body: ProblemReport,
                         principal: CurrentPrincipal, reports: ProblemReports) -> Mentorship:
    """Either side reports a problem: the mentorship is PAUSED at once and the admins of the
    mentor's organization are told (409 CONFLICT unless it is ACTIVE)."""
    return Mentorship.of(await reports.report(mentorship_id, principal.account_id, body.reason,
                                              body.details))
