"""The HTTP contract of mentorships: what the routes (api.py) take and answer, so the gateway's
types can be checked against it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentors import MentorProfile
from smartpick.events.mentorships import (
    ContactDetails,
    MentorshipReason,
    MentorshipStatus,
    ProblemReason,
)
from smartpick.events.mentorships import MentorshipMessage as MessageText
from smartpick.events.models import ResourceId
from smartpick.mongo import Document, as_utc


class MentorshipRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mentor_id: ResourceId
    message: MessageText = Field(default="", description="to the mentor, up to 2,000 "
                                                               "characters; line breaks allowed")
    goals: list[MentorTopic] = Field(default_factory=list, max_length=len(MentorTopic))
    contact: ContactDetails | None = Field(default=None, description="shown to the mentor once "
                                                                     "they accept")


class MentorAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    accept: bool
    reason: MentorshipReason | None = Field(default=None, description="told to the mentee")
    contact: ContactDetails | None = Field(default=None, description="on an accept: shown to "
                                                                     "the mentee while active")


class Ending(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: MentorshipReason | None = Field(default=None, description="told to the other side")


class ProblemReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: ProblemReason
    details: MessageText = Field(default="", description="for the organization's admins only")


class MentorshipPerson(BaseModel):
    id: str


class MentorshipContact(BaseModel):
    """How the two people reach each other, as each gave it (null: not given)."""

    mentee: str | None
    mentor: str | None


class Mentorship(BaseModel):
    id: str
    cursor: str | None = Field(default=None, description="its position, in lists")
    status: MentorshipStatus
    mentor: MentorshipPerson
    mentee: MentorshipPerson
    message: str
    goals: list[MentorTopic]
    created_at: datetime
    updated_at: datetime
    contact: MentorshipContact | None = Field(
        default=None, description="only while ACTIVE: contact details are shared once accepted")

    @classmethod
    def of(cls, mentorship: Document, cursor: str | None = None) -> Mentorship:
        return cls(id=mentorship["_id"], cursor=cursor, status=mentorship["status"],
                   mentor=MentorshipPerson(id=mentorship["mentor_id"]),
                   mentee=MentorshipPerson(id=mentorship["mentee_id"]),
                   message=mentorship["message"], goals=mentorship["goals"],
                   created_at=as_utc(mentorship["created_at"]),
                   updated_at=as_utc(mentorship["updated_at"]),
                   contact=_contact(mentorship))

    @classmethod
    def for_organization(cls, mentorship: Document, cursor: str | None = None) -> Mentorship:
        """As the mentor's organization sees it: the request's message and the contact details
        are the two people's, so empty and null here."""
        return cls.of(mentorship, cursor).model_copy(update={"message": "", "contact": None})


def _contact(mentorship: Document) -> MentorshipContact | None:
    if mentorship["status"] != MentorshipStatus.ACTIVE.value:
        return None
    return MentorshipContact(mentee=mentorship.get("mentee_contact"),
                             mentor=mentorship.get("mentor_contact"))


class MentorshipPage(BaseModel):
    """One page of the caller's mentorships; ``end_cursor`` is the ``after`` of the next page."""

    items: list[Mentorship]
    total: int
    has_next: bool
    end_cursor: str | None


class MessageInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: MessageText = Field(min_length=1, description="up to 2,000 characters; line "
                                                              "breaks allowed")


class MentorshipMessage(BaseModel):
    id: str
    cursor: str | None = Field(default=None, description="its position, in the thread")
    sender: MentorshipPerson
    text: str
    sent_at: datetime

    @classmethod
    def of(cls, message: Document, cursor: str | None = None) -> MentorshipMessage:
        return cls(id=message["_id"], cursor=cursor,
                   sender=MentorshipPerson(id=message["sender_id"]), text=message["text"],
                   sent_at=as_utc(message["at"]))


class MessagePage(BaseModel):
    """One page of a thread, oldest first; ``end_cursor`` is the ``after`` of the next page."""

    items: list[MentorshipMessage]
    total: int
    has_next: bool
    end_cursor: str | None


class ShownMentorProfile(MentorProfile):
    """A mentor's profile as published, whether their organization verified them, and when."""

    verified: bool
    updated_at: datetime


class MentorCard(BaseModel):
    id: str
    profile: ShownMentorProfile


class MentorSuggestion(BaseModel):
    cursor: str
    mentor: MentorCard
    score: float = Field(description="compatibility with the caller, 0 to 100")
    reasons: list[str] = Field(description="what counted, strongest first, in plain words")
    free_capacity: int = Field(description="mentees they can still take (0 while not accepting)")
    active_mentees: int
    response_rate: float | None = Field(description="requests answered among those answered or "
                                                    "expired; null until one ended")
    median_response_hours: float | None


class MentorSearchPage(BaseModel):
    items: list[MentorSuggestion]
    total: int
    has_next: bool
    end_cursor: str | None
