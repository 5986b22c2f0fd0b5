"""HTTP routes of cohort runs: an organization computes its mentoring program's pairs, reviews
the draft, publishes it once, and follows how the requests fare.

Only organization accounts run cohorts, and each sees only its own: someone else's run answers
404 like an unknown one.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from services.matching.deps import CohortRunner
from services.matching.mentorship.cohort_runs import NotMembers
from services.matching.mentorship.cohort_runs_contract import (
    CohortReport,
    CohortRun,
    CohortRunInput,
)
from services.matching.simulations.contract import Page
from smartpick.auth import CurrentPrincipal, Principal, organization_of
from smartpick.events.models import ResourceId
from smartpick.http_errors import errors
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(prefix="/cohort-runs", tags=["cohort runs"], responses=errors(401, 403))


def _organization(principal: Principal) -> str:
    return organization_of(principal, "cohort runs are for organization accounts")


@router.post("", status_code=201, response_model=CohortRun, responses=errors(400, 413, 422))
async def run_cohort(body: CohortRunInput, principal: CurrentPrincipal,
                     runs: CohortRunner) -> CohortRun:
    """Compute the optimal assignment now and keep it as a draft nobody is told of; every mentee
    must be a member of the organization (422 naming those who are not)."""
    try:
        run = await runs.run(_organization(principal), body.name, body.mentee_ids,
                             body.mentor_ids, body.min_score)
    except NotMembers as error:
        shown = ", ".join(i[:64] for i in error.account_ids[:20])
        raise HTTPException(422, [{"loc": ["body", "mentee_ids"], "type": "value_error",
                                   "msg": f"not members of your organization: {shown}"}]
                            ) from error
    return CohortRun.of(run)


@router.get("", response_model=Page[CohortRun], responses=errors(400, 422))
async def my_cohort_runs(principal: CurrentPrincipal, runs: CohortRunner,
                         first: Annotated[int, Query(ge=1, le=50)] = 20,
                         after: After = None) -> Page[CohortRun]:
    start = offset_after(after)
    found, total = await runs.page_of(_organization(principal), start, first)
    items = [CohortRun.of(run, encode_cursor(str(start + n))) for n, run in enumerate(found)]
    return Page[CohortRun].of(items, start, total)


@router.get("/{run_id}", response_model=CohortRun, responses=errors(404, 422))
async def cohort_run(run_id: ResourceId, principal: CurrentPrincipal,
                     runs: CohortRunner) -> CohortRun:
    return CohortRun.of(await runs.own(run_id, _organization(principal)))


@router.post("/{run_id}/publication", response_model=CohortRun, responses=errors(404, 409, 422))
async def publish(run_id: ResourceId, principal: CurrentPrincipal,
                  runs: CohortRunner) -> CohortRun:
    """Send each pair its mentorship request (409 CONFLICT: published already); a pair the
    lifecycle refuses carries the refusal, the others go out."""
    run = await runs.own(run_id, _organization(principal))
    return CohortRun.of(await runs.publish(run))


@router.get("/{run_id}/report", response_model=CohortReport, responses=errors(404, 409, 422))
async def report(run_id: ResourceId, principal: CurrentPrincipal,
                 runs: CohortRunner) -> CohortReport:
    """The published pairs' mentorships by status now (409 CONFLICT for a draft)."""
    run = await runs.own(run_id, _organization(principal))
    return CohortReport.of(await runs.report(run))
