"""A mentorship's progress in GraphQL: goals (with templates timed to the Match calendar) and
check-ins, kept by the matching service. Either side of an ACTIVE mentorship adds them (CONFLICT
otherwise); both see them; anyone else gets NOT_FOUND.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import strawberry

from gateway.common import GraphInfo, matching
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import GoalStatus

if TYPE_CHECKING:
    from gateway.mentorships import Mentorship

strawberry.enum(GoalStatus)
Day = date  # for the types with a field called ``date``


@strawberry.type
class MentorshipGoal:
    id: strawberry.ID
    title: str
    topic: MentorTopic
    due_date: date
    status: GoalStatus
    created_by: strawberry.ID = strawberry.field(description="The account that added it.")
    created_at: datetime


@strawberry.type(description="A suggested goal, due before its next Match calendar milestone.")
class GoalTemplate:
    title: str
    topic: MentorTopic
    due_date: date
    why: str


@strawberry.type
class MentorshipCheckIn:
    id: strawberry.ID
    date: Day
    notes: str = strawberry.field(description="Seen by both sides.")
    next_date: Day | None
    recorded_by: strawberry.ID
    recorded_at: datetime


@strawberry.input
class GoalInput:
    title: str = strawberry.field(description="One line, up to 200 characters.")
    topic: MentorTopic
    due_date: date


@strawberry.input
class CheckInInput:
    date: Day
    notes: str = strawberry.field(default="", description="Up to 2,000 characters.")
    next_date: Day | None = None


@strawberry.field(description="Suggested goals timed to the coming Match season.",
                  metadata=cost(SERVICE))
async def goal_templates(info: GraphInfo) -> list[GoalTemplate]:
    return [from_json(GoalTemplate, t) for t in await matching(info, "GET", "goal-templates")]


@strawberry.field(description="Its goals, soonest due first.", metadata=cost(SERVICE))
async def mentorship_goals(root: Mentorship, info: GraphInfo) -> list[MentorshipGoal]:
    found = await matching(info, "GET", "mentorships", str(root.id), "goals")
    return [from_json(MentorshipGoal, goal) for goal in found]


@strawberry.field(description="Its check-ins, latest meeting first.", metadata=cost(SERVICE))
async def mentorship_check_ins(root: Mentorship, info: GraphInfo) -> list[MentorshipCheckIn]:
    found = await matching(info, "GET", "mentorships", str(root.id), "check-ins")
    return [from_json(MentorshipCheckIn, checkin) for checkin in found]


@strawberry.mutation(description="Add a goal to an active mentorship (either side).",
                     metadata=cost(SERVICE))
async def add_mentorship_goal(info: GraphInfo, mentorship_id: strawberry.ID,
                              input: GoalInput) -> MentorshipGoal:
    body = {"title": input.title, "topic": input.topic.value,
            "due_date": input.due_date.isoformat()}
    return from_json(MentorshipGoal, await matching(info, "POST", "mentorships", str(mentorship_id),
                                                 "goals", json=body))


@strawberry.mutation(description="Mark a goal open, done or dropped (either side).",
                     metadata=cost(SERVICE))
async def set_mentorship_goal_status(info: GraphInfo, mentorship_id: strawberry.ID,
                                     goal_id: strawberry.ID,
                                     status: GoalStatus) -> MentorshipGoal:
    changed = await matching(info, "PUT", "mentorships", str(mentorship_id), "goals", str(goal_id),
                          "status", json={"status": status.value})
    return from_json(MentorshipGoal, changed)


@strawberry.mutation(description="Record a check-in of an active mentorship (either side).",
                     metadata=cost(SERVICE))
async def record_mentorship_check_in(info: GraphInfo, mentorship_id: strawberry.ID,
                                     input: CheckInInput) -> MentorshipCheckIn:
    body = {"date": input.date.isoformat(), "notes": input.notes,
            "next_date": None if input.next_date is None else input.next_date.isoformat()}
    return from_json(MentorshipCheckIn, await matching(
        info, "POST", "mentorships", str(mentorship_id), "check-ins", json=body))
