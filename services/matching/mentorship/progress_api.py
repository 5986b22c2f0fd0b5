"""HTTP routes of a mentorship's progress: goals (with templates timed to the Match calendar)
and check-ins, added by either side of an ACTIVE mentorship (409 CONFLICT otherwise) and seen by
both; each side's private feedback once it is COMPLETED. Anyone else gets 404, as for an unknown
mentorship."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter

from services.matching.deps import Progress
from services.matching.mentorship.match_calendar import MILESTONES, next_due
from services.matching.mentorship.progress_contract import (
    CheckInInput,
    FeedbackInput,
    GoalInput,
    GoalStatusInput,
    GoalTemplate,
    MentorshipCheckIn,
    MentorshipFeedback,
    MentorshipGoal,
    MyFeedback,
)
from smartpick.auth import CurrentPrincipal
from smartpick.events.models import ResourceId
from smartpick.http_errors import errors

router = APIRouter(tags=["mentorships"], responses=errors(401))
WRITE = errors(400, 404, 409, 413, 422)


@router.get("/goal-templates", response_model=list[GoalTemplate])
async def goal_templates(principal: CurrentPrincipal) -> list[GoalTemplate]:
    """Suggested goals, each due before its next milestone of the Match calendar."""
    today = datetime.now(UTC).date()
    return [GoalTemplate(title=m.title, topic=m.topic, due_date=next_due(m, today), why=m.why)
            for m in MILESTONES]


@router.post("/mentorships/{mentorship_id}/goals", status_code=201,
             response_model=MentorshipGoal, responses=WRITE)
async def add_goal(mentorship_id: ResourceId, body: GoalInput, principal: CurrentPrincipal,
                   progress: Progress) -> MentorshipGoal:
    return MentorshipGoal.of(await progress.goals.add(
        mentorship_id, principal.account_id, body.title, body.topic, body.due_date))


@router.get("/mentorships/{mentorship_id}/goals", response_model=list[MentorshipGoal],
            responses=errors(404, 422))
async def goals(mentorship_id: ResourceId, principal: CurrentPrincipal,
                progress: Progress) -> list[MentorshipGoal]:
    """Soonest due first."""
    found = await progress.goals.of(mentorship_id, principal.account_id)
    return [MentorshipGoal.of(goal) for goal in found]


@router.put("/mentorships/{mentorship_id}/goals/{goal_id}/status",
            response_model=MentorshipGoal, responses=WRITE)
async def set_goal_status(mentorship_id: ResourceId, goal_id: ResourceId, body: GoalStatusInput,
                          principal: CurrentPrincipal, progress: Progress) -> MentorshipGoal:
    """409 CONFLICT when another change of the goal came first."""
    return MentorshipGoal.of(await progress.goals.set_status(
        mentorship_id, goal_id, principal.account_id, body.status))


@router.post("/mentorships/{mentorship_id}/check-ins", status_code=201,
             response_model=MentorshipCheckIn, responses=WRITE)
async def record_check_in(mentorship_id: ResourceId, body: CheckInInput,
                          principal: CurrentPrincipal, progress: Progress) -> MentorshipCheckIn:
    return MentorshipCheckIn.of(await progress.checkins.record(
        mentorship_id, principal.account_id, body.date, body.notes, body.next_date))


@router.get("/mentorships/{mentorship_id}/check-ins", response_model=list[MentorshipCheckIn],
            responses=errors(404, 422))
async def check_ins(mentorship_id: ResourceId, principal: CurrentPrincipal,
                    progress: Progress) -> list[MentorshipCheckIn]:
    """Latest meeting first."""
    found = await progress.checkins.of(mentorship_id, principal.account_id)
    return [MentorshipCheckIn.of(checkin) for checkin in found]


@router.post("/mentorships/{mentorship_id}/feedback", status_code=201,
             response_model=MentorshipFeedback, responses=WRITE)
async def give_feedback(mentorship_id: ResourceId, body: FeedbackInput,
                        principal: CurrentPrincipal, progress: Progress) -> MentorshipFeedback:
    """Once per side, once completed (409 CONFLICT otherwise); only the giver sees it."""
    return MentorshipFeedback.of(await progress.feedback.give(
        mentorship_id, principal.account_id, body.rating, body.comment))


@router.get("/mentorships/{mentorship_id}/feedback", response_model=MyFeedback,
            responses=errors(404, 422))
async def my_feedback(mentorship_id: ResourceId, principal: CurrentPrincipal,
                      progress: Progress) -> MyFeedback:
    """The caller's own feedback (the other side's is never shown)."""
    found = await progress.feedback.mine(mentorship_id, principal.account_id)
    return MyFeedback(feedback=None if found is None else MentorshipFeedback.of(found))
