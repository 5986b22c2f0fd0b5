"""Problem reports for the mentor's organization in GraphQL: its admins list the reports about
their mentors and resolve one, resuming the paused mentorship or ending it; kept and decided by
the matching service (services/matching/mentorship/report_review.py).

Listing is for organization accounts (others: FORBIDDEN); resolving answers NOT_FOUND to anyone
but the admins the report went to, and CONFLICT once the mentorship has left that pause.
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.accounts import Account
from gateway.common import GraphInfo, PageInfo, matching, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from services.matching.mentorship.report_review_contract import ReporterSide
from smartpick.events.mentorships import MentorshipStatus, ProblemReason

strawberry.enum(ReporterSide, name="MentorshipSide")


@strawberry.type(description="A problem one side of a mentorship reported about one of my "
                             "organization's mentors.")
class MentorshipProblemReport:
    id: strawberry.ID
    mentorship_id: strawberry.ID
    reason: ProblemReason
    details: str
    reporter_side: ReporterSide | None = strawberry.field(
        description="Which side reported it; null if the mentorship is gone.")
    reported_at: datetime
    mentorship_status: MentorshipStatus | None = strawberry.field(
        description="The mentorship's status now; null if it is gone.")
    resolved: bool = strawberry.field(
        description="The mentorship has left the pause this report made (resumed or ended).")


@strawberry.type
class MentorshipProblemReportEdge:
    cursor: str
    node: MentorshipProblemReport


@strawberry.type
class MentorshipProblemReportConnection:
    total_count: int
    page_info: PageInfo
    edges: list[MentorshipProblemReportEdge]


@strawberry.input
class ResolveMentorshipProblemInput:
    mentorship_id: strawberry.ID = strawberry.field(description="The paused mentorship.")
    resume: bool = strawberry.field(description="True: ACTIVE again; false: it is ended "
                                                "(CANCELLED).")
    note: str | None = strawberry.field(default=None, description="Told to both people (up to "
                                                                  "500 characters).")


@strawberry.field(description="Problem reports about my organization's mentors, newest first "
                              "(organization accounts).", metadata=cost(SERVICE))
async def my_mentorship_problem_reports(root: Account, info: GraphInfo, first: int = 20,
                                        after: str | None = None
                                        ) -> MentorshipProblemReportConnection:
    page = await matching(info, "GET", "mentorship-reports", params=page_params(first, after))
    edges = [MentorshipProblemReportEdge(cursor=item["cursor"],
                                         node=from_json(MentorshipProblemReport, item))
             for item in page["items"]]
    return MentorshipProblemReportConnection(total_count=page["total"],
                                             page_info=page_info(page), edges=edges)


@strawberry.mutation(description="Resolve a problem reported to my organization: resume the "
                                 "paused mentorship or end it; both people are told. The "
                                 "report, resolved: the mentorship's inside stays the two "
                                 "people's.", metadata=cost(SERVICE))
async def resolve_mentorship_problem(info: GraphInfo, input: ResolveMentorshipProblemInput
                                     ) -> MentorshipProblemReport:
    body = {"resume": input.resume, "note": input.note}
    answer = await matching(info, "POST", "mentorships", str(input.mentorship_id),
                         "problem-resolution", json=body)
    return from_json(MentorshipProblemReport, answer)
