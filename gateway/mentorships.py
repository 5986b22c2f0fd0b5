"""Mentorships in GraphQL: an applicant asks a mentor, the mentor answers, either side ends it;
kept by the matching service, which alone decides every change (and a mentor's capacity).

Only the two people in a mentorship see it; anyone else gets NOT_FOUND. Refusals keep the
matching service's codes: CAPACITY_REACHED, NOT_ACCEPTING, TOO_MANY_REQUESTS, CONFLICT,
ALREADY_MENTORED (a mentee has one mentor at a time).
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.accounts import Account
from gateway.common import GraphInfo, PageInfo, matching, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.mentorship_feedback import my_mentorship_feedback
from gateway.mentorship_progress import mentorship_check_ins, mentorship_goals
from gateway.mentorship_thread import mentorship_messages
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import MentorshipStatus, ProblemReason

strawberry.enum(MentorshipStatus)
strawberry.enum(ProblemReason)


@strawberry.type(description="One of the two people in a mentorship.")
class MentorshipPerson:
    id: strawberry.ID


@strawberry.type(description="How the two people reach each other, as each gave it.")
class MentorshipContact:
    mentee: str | None
    mentor: str | None


@strawberry.type
class Mentorship:
    id: strawberry.ID
    status: MentorshipStatus
    mentor: MentorshipPerson
    mentee: MentorshipPerson
    message: str = strawberry.field(description="The mentee's request, to the mentor.")
    goals: list[MentorTopic] = strawberry.field(description="What the mentee wants help with.")
    created_at: datetime
    updated_at: datetime = strawberry.field(description="When its status last changed.")
    contact: MentorshipContact | None = strawberry.field(
        default=None, description="Only while ACTIVE: contact details are shared once accepted.")
    messages = mentorship_messages
    tracked_goals = mentorship_goals
    check_ins = mentorship_check_ins
    my_feedback = my_mentorship_feedback


@strawberry.type
class MentorshipEdge:
    cursor: str
    node: Mentorship


@strawberry.type
class MentorshipConnection:
    total_count: int
    page_info: PageInfo
    edges: list[MentorshipEdge]


@strawberry.input
class RequestMentorshipInput:
    mentor_id: strawberry.ID
    message: str = strawberry.field(default="", description="Up to 2,000 characters.")
    goals: list[MentorTopic] = strawberry.field(default_factory=list)
    contact: str | None = strawberry.field(
        default=None, description="How the mentor can reach me once they accept (one line).")


async def _listed(info: GraphInfo, route: str, status: MentorshipStatus | None, first: int,
                  after: str | None) -> MentorshipConnection:
    """One page of the matching service's mentorship list at ``route``."""
    page = await matching(info, "GET", route, params=page_params(
        first, after, status=None if status is None else status.value))
    edges = [MentorshipEdge(cursor=item["cursor"], node=from_json(Mentorship, item))
             for item in page["items"]]
    return MentorshipConnection(total_count=page["total"], page_info=page_info(page),
                                edges=edges)


@strawberry.field(description="My mentorships, as mentee and as mentor, newest first.",
                  metadata=cost(SERVICE))
async def my_mentorships(root: Account, info: GraphInfo, status: MentorshipStatus | None = None,
                         first: int = 20, after: str | None = None) -> MentorshipConnection:
    return await _listed(info, "mentorships", status, first, after)


@strawberry.field(description="The mentorships of the mentors my organization verified, newest "
                              "first (organization accounts): their message and contact details "
                              "stay the two people's, empty and null here.",
                  metadata=cost(SERVICE))
async def my_organization_mentorships(root: Account, info: GraphInfo,
                                      status: MentorshipStatus | None = None, first: int = 20,
                                      after: str | None = None) -> MentorshipConnection:
    return await _listed(info, "organization-mentorships", status, first, after)


@strawberry.mutation(description="Ask a mentor to mentor me (applicants; at most 5 requests "
                                 "waiting for an answer at once).", metadata=cost(SERVICE))
async def request_mentorship(info: GraphInfo, input: RequestMentorshipInput) -> Mentorship:
    body = {"mentor_id": str(input.mentor_id), "message": input.message,
            "goals": [goal.value for goal in input.goals], "contact": input.contact}
    return from_json(Mentorship, await matching(info, "POST", "mentorships", json=body))


@strawberry.mutation(description="Accept or decline a request (the mentor).",
                     metadata=cost(SERVICE))
async def respond_to_mentorship_request(info: GraphInfo, id: strawberry.ID, accept: bool,
                                        reason: str | None = None,
                                        contact: str | None = None) -> Mentorship:
    """``contact``: how the mentee can reach the mentor, shown once accepted."""
    answer = await matching(info, "POST", "mentorships", str(id), "response",
                         json={"accept": accept, "reason": reason, "contact": contact})
    return from_json(Mentorship, answer)


@strawberry.mutation(description="Withdraw a request still waiting for an answer (the mentee).",
                     metadata=cost(SERVICE))
async def withdraw_mentorship_request(info: GraphInfo, id: strawberry.ID) -> Mentorship:
    return from_json(Mentorship,
                     await matching(info, "POST", "mentorships", str(id), "withdrawal"))


@strawberry.mutation(description="End an active mentorship early (either side).",
                     metadata=cost(SERVICE))
async def cancel_mentorship(info: GraphInfo, id: strawberry.ID,
                            reason: str | None = None) -> Mentorship:
    answer = await matching(info, "POST", "mentorships", str(id), "cancellation",
                            json={"reason": reason})
    return from_json(Mentorship, answer)


@strawberry.mutation(description="Mark an active mentorship completed (either side).",
                     metadata=cost(SERVICE))
async def complete_mentorship(info: GraphInfo, id: strawberry.ID) -> Mentorship:
    return from_json(Mentorship,
                     await matching(info, "POST", "mentorships", str(id), "completion"))


@strawberry.mutation(description="Report a problem (a request for payment, say): the mentorship "
                                 "is paused at once and the admins of the mentor's organization "
                                 "are told (either side).", metadata=cost(SERVICE))
async def report_mentorship_problem(info: GraphInfo, id: strawberry.ID, reason: ProblemReason,
                                    details: str = "") -> Mentorship:
    paused = await matching(info, "POST", "mentorships", str(id), "problem-reports",
                         json={"reason": reason.value, "details": details})
    return from_json(Mentorship, paused)
