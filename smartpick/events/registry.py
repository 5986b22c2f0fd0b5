"""Which event types exist, which topic carries each, and how a CloudEvent becomes a typed event."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from smartpick.events.accounts import (
    AccountEmailVerified,
    AccountRegistered,
    EmailVerificationRequested,
)
from smartpick.events.base import Event
from smartpick.events.catalog import ProgramUpserted
from smartpick.events.envelope import CloudEvent, MalformedEvent
from smartpick.events.matching import (
    MatchSimulationCompleted,
    MentorSuggestionsReady,
    RecommendationsReady,
)
from smartpick.events.mentors import MentorProfileUpdated
from smartpick.events.mentorships import (
    MentorshipChanged,
    MentorshipMessagePosted,
    MentorshipProblemReported,
    MentorshipReminderIssued,
)
from smartpick.events.notifications import NotificationAdded
from smartpick.events.organizations import OrganizationMemberJoined, OrganizationMemberLeft
from smartpick.events.profiles import ApplicantProfileUpdated, OutcomeDeleted, OutcomeReported

ALL_EVENTS: tuple[type[Event], ...] = (
    ApplicantProfileUpdated,
    OutcomeReported,
    OutcomeDeleted,
    ProgramUpserted,
    MentorProfileUpdated,
    RecommendationsReady,
    MatchSimulationCompleted,
    MentorshipChanged,
    MentorshipMessagePosted,
    MentorshipProblemReported,
    MentorSuggestionsReady,
    MentorshipReminderIssued,
    EmailVerificationRequested,
    AccountRegistered,
    AccountEmailVerified,
    NotificationAdded,
    OrganizationMemberJoined,
    OrganizationMemberLeft,
)
EVENT_TYPES: dict[str, type[Event]] = {cls.event_type: cls for cls in ALL_EVENTS}


@dataclass(frozen=True)
class Topic:
    """A topic and its partitions: enough partitions that a consumer group can scale out."""

    name: str
    partitions: int = 6
    description: str = ""

    @property
    def events(self) -> tuple[type[Event], ...]:
        return tuple(cls for cls in ALL_EVENTS if cls.topic == self.name)


TOPICS: tuple[Topic, ...] = (
    Topic("profiles.applicants",
          description="Applicants' profiles and reported outcomes, keyed by applicant id."),
    Topic("profiles.programs", description="The program catalog, keyed by program id."),
    Topic("profiles.mentors", description="Mentors' profiles, keyed by mentor id."),
    Topic("matching.recommendations",
          description="Recommendation runs and mentor suggestions, keyed by applicant id."),
    Topic("matching.simulations", description="Match simulation jobs, keyed by simulation id."),
    Topic("matching.mentorships",
          description="Mentorships' transitions and messages, keyed by mentorship id."),
    Topic("profiles.accounts",
          description="Accounts: sign-ups, email verification requests and verified addresses, "
                      "keyed by account id."),
    Topic("notifications.added",
          description="In-app notices as they are stored, keyed by recipient account id."),
    Topic("profiles.organizations",
          description="Organizations' members joining and leaving, keyed by organization id."),
)


def dead_letter_topic(topic: str) -> str:
    """Where records of ``topic`` that cannot be handled go (the Spring ``.DLT`` convention)."""
    return f"{topic}.DLT"


def parse_event(envelope: CloudEvent) -> Event:
    """The typed event inside ``envelope``; raises ``MalformedEvent`` for unknown or bad data."""
    cls = EVENT_TYPES.get(envelope.type)
    if cls is None:
        raise MalformedEvent(f"unknown event type {envelope.type!r}")
    try:
        return cls.model_validate(envelope.data)
    except ValidationError as error:
        raise MalformedEvent(f"invalid {envelope.type} data: {error}") from error
