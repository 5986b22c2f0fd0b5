"""Mentorships: the relationship between a mentee and a mentor, from request to its end.

The matching service owns the lifecycle and publishes every transition as ``MentorshipChanged``
with the whole relationship, so a consumer (notifications) tells the other side without asking
matching, and a read model is rebuilt from the topic alone.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from smartpick.events.base import Event
from smartpick.events.mentoring import MentorTopic

MESSAGE_MAX_CHARS = 2000
REASON_MAX_CHARS = 500
_TEXT_PATTERN = (r"^[^\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F"
                 r"\u2028-\u202E\u2066-\u2069]*$")
"""Line breaks allowed; no other control characters or text-direction overrides (the text is
shown to the other person)."""

MentorshipMessage = Annotated[str, StringConstraints(max_length=MESSAGE_MAX_CHARS,
                                                     pattern=_TEXT_PATTERN)]
ContactDetails = Annotated[str, StringConstraints(
    min_length=1, max_length=200,
    pattern=r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]*$")]
"""How to reach someone (an email, a phone number, a link): one line."""
MentorshipReason = Annotated[str, StringConstraints(max_length=REASON_MAX_CHARS,
                                                    pattern=_TEXT_PATTERN)]


class MentorshipStatus(StrEnum):
    REQUESTED = "requested"
    ACTIVE = "active"
    DECLINED = "declined"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    PAUSED = "paused"


class GoalStatus(StrEnum):
    """Where a goal of a mentorship stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class MentorshipChange(StrEnum):
    """What happened: the transition that led to the new status."""

    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    EXPIRED = "expired"
    REPORTED = "reported"
    """A side reported a problem: the mentorship is PAUSED at once."""
    RESUMED = "resumed"
    """An admin of the mentor's organization settled the reported problem: ACTIVE again."""
    ENDED_BY_ADMIN = "ended_by_admin"
    """An admin of the mentor's organization ended the paused mentorship: CANCELLED."""


class ProblemReason(StrEnum):
    PAYMENT_REQUESTED = "payment_requested"
    INAPPROPRIATE = "inappropriate"
    UNRESPONSIVE = "unresponsive"
    OTHER = "other"


class MentorshipChanged(Event):
    """A mentorship was requested or changed status; carries the whole relationship."""

    event_type: ClassVar[str] = "org.smartpick.matching.mentorship.changed.v1"
    topic: ClassVar[str] = "matching.mentorships"

    mentorship_id: str
    mentee_id: str
    mentor_id: str
    status: MentorshipStatus
    previous_status: MentorshipStatus | None = Field(description="null for a new request")
    change: MentorshipChange
    actor_id: str | None = Field(
        description="who made the change; null when the platform did (an expiry, or the "
                    "withdrawal of a mentee's other requests once one was accepted); the "
                    "organization account for a reported problem it resolved")
    reason: MentorshipReason | None = None
    message: MentorshipMessage = Field(default="", description="the mentee's request message")
    goals: list[MentorTopic] = Field(default_factory=list, max_length=len(MentorTopic))
    at: datetime
    revision: int = Field(ge=1, description="1 for the request, one more per transition")

    @property
    def aggregate_id(self) -> str:
        return self.mentorship_id


class MentorshipMessagePosted(Event):
    """One of the two people wrote in a mentorship's thread; the other side is told."""

    event_type: ClassVar[str] = "org.smartpick.matching.mentorship.message-posted.v1"
    topic: ClassVar[str] = "matching.mentorships"

    mentorship_id: str
    message_id: str
    mentee_id: str
    mentor_id: str
    sender_id: str = Field(description="the mentee or the mentor")
    text: MentorshipMessage
    at: datetime

    @property
    def aggregate_id(self) -> str:
        return self.mentorship_id


class MentorshipProblemReported(Event):
    """One side reported a problem (the mentorship was paused by it); for the admins of the
    mentor's organization, or, without one, for the platform's admins."""

    event_type: ClassVar[str] = "org.smartpick.matching.mentorship.problem-reported.v1"
    topic: ClassVar[str] = "matching.mentorships"

    mentorship_id: str
    mentee_id: str
    mentor_id: str
    reporter_id: str
    reason: ProblemReason
    details: MentorshipMessage = ""
    organization_id: str | None = Field(
        description="the mentor's organization, whose admins are told; null: none, the report "
                    "waits for the platform's admins")
    at: datetime

    @property
    def aggregate_id(self) -> str:
        return self.mentorship_id


Day = date
"""``date`` under another name, for the models with a field called ``date``."""


class ReminderKind(StrEnum):
    """What a reminder of an ACTIVE mentorship is about."""

    CHECK_IN_DUE = "check_in_due"
    """The next date of the latest check-in is today or within two days."""
    GOAL_OVERDUE = "goal_overdue"
    """A goal still open is past its due date."""


class MentorshipReminderIssued(Event):
    """The platform reminds both people of an ACTIVE mentorship of a check-in coming up or of a
    goal left open past its date; one event per check-in or goal, ever."""

    event_type: ClassVar[str] = "org.smartpick.matching.mentorship.reminder-issued.v1"
    topic: ClassVar[str] = "matching.mentorships"

    kind: ReminderKind
    mentorship_id: str
    mentee_id: str
    mentor_id: str
    item_id: str = Field(description="the check-in's id (CHECK_IN_DUE) or the goal's id "
                                     "(GOAL_OVERDUE)")
    title: str | None = Field(default=None, max_length=200,
                              description="the goal's title; null for a check-in")
    date: Day = Field(description="the check-in's next date, or the goal's due date")
    at: datetime

    @property
    def aggregate_id(self) -> str:
        return self.mentorship_id
