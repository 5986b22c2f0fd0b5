"""Mentor cohort runs in GraphQL: an organization pairs its program's mentees with its mentors
(the optimal assignment, against greedy and first-come-first-served), reviews the draft,
publishes it once as mentorship requests, and reads how those fare.

The matching service computes and keeps every run; only the organization that made it sees it
(anyone else: NOT_FOUND), and only ORG_ADMIN accounts run cohorts (others: FORBIDDEN).
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.accounts import Account
from gateway.common import GraphInfo, PageInfo, matching, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.mentorships import MentorshipPerson
from services.matching.mentorship.cohort_runs_contract import CohortRunStatus, CohortSide

strawberry.enum(CohortRunStatus, name="MentorCohortRunStatus")
strawberry.enum(CohortSide, name="MentorCohortSide")


@strawberry.type(description="What publishing did for a pair: the request it made, or why the "
                             "mentorship lifecycle refused it.")
class MentorCohortPairPublication:
    mentorship_id: strawberry.ID | None
    refusal_code: str | None = strawberry.field(
        description="CAPACITY_REACHED, NOT_ACCEPTING, TOO_MANY_REQUESTS, CONFLICT or "
                    "ALREADY_MENTORED (the mentee has a mentor now).")
    refusal: str | None


@strawberry.type
class MentorCohortPair:
    mentee: MentorshipPerson
    mentor: MentorshipPerson
    score: float = strawberry.field(description="Compatibility, 0 to 100.")
    reasons: list[str] = strawberry.field(description="What counted, strongest first.")
    publication: MentorCohortPairPublication | None = strawberry.field(
        description="Null while a draft.")


@strawberry.type
class MentorCohortUnmatched:
    mentee_id: strawberry.ID
    reason: str


@strawberry.type(description="An id of the input that names nobody the run could match.")
class MentorCohortSkipped:
    id: strawberry.ID
    side: CohortSide
    reason: str


@strawberry.type(description="Total compatibility of the optimal assignment and of the two "
                             "ways it is measured against.")
class MentorCohortTotals:
    optimal: float
    greedy: float
    first_come_first_served: float


@strawberry.type(description="One calendar month of the accepted pairs' check-ins.")
class MentorCohortMonth:
    month: str = strawberry.field(description="YYYY-MM.")
    active_pairs: int = strawberry.field(
        description="Accepted pairs under way at some time that month.")
    check_ins: int = strawberry.field(description="Check-ins whose meeting date falls in it.")
    per_pair: float | None = strawberry.field(
        description="Check-ins per active pair; null when none was active.")


@strawberry.type(description="The published pairs' mentorships counted by status now, and how "
                             "the accepted ones work together.")
class MentorCohortReport:
    pairs: int
    not_sent: int = strawberry.field(description="Pairs the lifecycle refused at publication.")
    requested: int
    active: int
    paused: int
    completed: int
    cancelled: int
    declined: int
    expired: int
    withdrawn: int
    accepted: int = strawberry.field(
        description="Pairs whose mentor accepted, whatever came after.")
    check_ins: int = strawberry.field(description="Check-ins the accepted pairs recorded.")
    check_ins_by_month: list[MentorCohortMonth] = strawberry.field(
        description="From the month of the first accept to this one, oldest first.")
    goals: int = strawberry.field(description="Goals the accepted pairs set.")
    goals_completed: int = strawberry.field(description="Of those, the goals done now.")
    ratings: int = strawberry.field(
        description="Feedbacks given at completion, by either side.")
    average_rating: float | None = strawberry.field(
        description="Their mean rating (1-5) to one decimal; null before any.")


@strawberry.type
class MentorCohortRun:
    id: strawberry.ID
    name: str
    status: CohortRunStatus
    min_score: float
    pairs: list[MentorCohortPair]
    unmatched: list[MentorCohortUnmatched]
    skipped: list[MentorCohortSkipped]
    totals: MentorCohortTotals
    solve_seconds: float
    created_at: datetime
    published_at: datetime | None

    @strawberry.field(description="Null while a draft.", metadata=cost(SERVICE))
    async def report(self, info: GraphInfo) -> MentorCohortReport | None:
        if self.status is CohortRunStatus.DRAFT:
            return None
        return from_json(MentorCohortReport,
                         await matching(info, "GET", "cohort-runs", str(self.id), "report"))


@strawberry.type
class MentorCohortRunEdge:
    cursor: str
    node: MentorCohortRun


@strawberry.type
class MentorCohortRunConnection:
    total_count: int
    page_info: PageInfo
    edges: list[MentorCohortRunEdge]


@strawberry.input
class RunMentorCohortInput:
    name: str = strawberry.field(description="Shown to the people paired: \"Suggested by …\".")
    mentee_ids: list[strawberry.ID] = strawberry.field(description="Applicant account ids.")
    mentor_ids: list[strawberry.ID]
    min_score: float = strawberry.field(default=0.0, description="No pair below this "
                                                                 "compatibility (0 to 100).")


@strawberry.field(description="One of my organization's mentor cohort runs.",
                  metadata=cost(SERVICE))
async def mentor_cohort_run(info: GraphInfo, id: strawberry.ID) -> MentorCohortRun:
    return from_json(MentorCohortRun, await matching(info, "GET", "cohort-runs", str(id)))


@strawberry.field(description="Mentor cohort runs of this organization account, newest first.",
                  metadata=cost(SERVICE))
async def my_mentor_cohort_runs(root: Account, info: GraphInfo, first: int = 20,
                                after: str | None = None) -> MentorCohortRunConnection:
    page = await matching(info, "GET", "cohort-runs", params=page_params(first, after))
    edges = [MentorCohortRunEdge(cursor=item["cursor"], node=from_json(MentorCohortRun, item))
             for item in page["items"]]
    return MentorCohortRunConnection(total_count=page["total"], page_info=page_info(page),
                                     edges=edges)


@strawberry.mutation(description="Pair a mentoring program's mentees with its mentors, every "
                                 "capacity respected; kept as a draft nobody is told of "
                                 "(ORG_ADMIN accounts).", metadata=cost(SERVICE))
async def run_mentor_cohort(info: GraphInfo, input: RunMentorCohortInput) -> MentorCohortRun:
    body = {"name": input.name, "mentee_ids": [str(i) for i in input.mentee_ids],
            "mentor_ids": [str(i) for i in input.mentor_ids], "min_score": input.min_score}
    return from_json(MentorCohortRun, await matching(
        info, "POST", "cohort-runs", json=body,
        timeout=info.context.settings.cohort_timeout_seconds))


@strawberry.mutation(description="Publish a draft once: each pair gets a mentorship request "
                                 "from the mentee (CONFLICT when published already).",
                     metadata=cost(SERVICE))
async def publish_mentor_cohort(info: GraphInfo, id: strawberry.ID) -> MentorCohortRun:
    return from_json(MentorCohortRun, await matching(
        info, "POST", "cohort-runs", str(id), "publication",
        timeout=info.context.settings.cohort_timeout_seconds))
