"""The HTTP contract of a mentorship's progress (progress_api.py): goals, their templates timed
to the Match calendar, check-ins and feedback; so the gateway's types can be checked against it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import GoalStatus, MentorshipMessage
from smartpick.mongo import Document, as_utc

Day = date
"""``date`` under another name, for the models with a field called ``date``."""
GoalTitle = Annotated[str, StringConstraints(min_length=1, max_length=200,
                                             pattern=r"^[^\u0000-\u001F\u007F-\u009F\u061C"
                                                     r"\u200E\u200F\u2028-\u202E\u2066-\u2069]*$")]


class GoalInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: GoalTitle = Field(description="one line, up to 200 characters")
    topic: MentorTopic
    due_date: date


class GoalStatusInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: GoalStatus


class MentorshipGoal(BaseModel):
    id: str
    title: str
    topic: MentorTopic
    due_date: date
    status: GoalStatus
    created_by: str = Field(description="the account that added it")
    created_at: datetime

    @classmethod
    def of(cls, goal: Document) -> MentorshipGoal:
        return cls(id=goal["_id"], title=goal["title"], topic=goal["topic"],
                   due_date=date.fromisoformat(goal["due"]), status=goal["status"],
                   created_by=goal["creator_id"], created_at=as_utc(goal["at"]))


class GoalTemplate(BaseModel):
    title: str
    topic: MentorTopic
    due_date: date = Field(description="the next date of its milestone, from today")
    why: str


class CheckInInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: Day
    notes: MentorshipMessage = Field(default="", description="seen by both sides; up to 2,000 "
                                                             "characters")
    next_date: Day | None = None


class MentorshipCheckIn(BaseModel):
    id: str
    date: Day
    notes: str
    next_date: Day | None
    recorded_by: str
    recorded_at: datetime

    @classmethod
    def of(cls, checkin: Document) -> MentorshipCheckIn:
        next_date = checkin["next_date"]
        return cls(id=checkin["_id"], date=date.fromisoformat(checkin["date"]),
                   notes=checkin["notes"],
                   next_date=None if next_date is None else date.fromisoformat(next_date),
                   recorded_by=checkin["recorder_id"], recorded_at=as_utc(checkin["at"]))


class FeedbackInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rating: int = Field(ge=1, le=5)
    comment: MentorshipMessage = Field(default="", description="up to 2,000 characters")


class MentorshipFeedback(BaseModel):
    """Feedback as its giver sees it; the other side never does."""

    rating: int
    comment: str
    given_at: datetime

    @classmethod
    def of(cls, given: Document) -> MentorshipFeedback:
        return cls(rating=given["rating"], comment=given["comment"], given_at=as_utc(given["at"]))


class MyFeedback(BaseModel):
    feedback: MentorshipFeedback | None = Field(description="null until the caller gives it")
