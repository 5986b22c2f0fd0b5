"""Event contracts of Smart Pick: every event type, its topic, and the CloudEvents envelope.

Services import events from here and nowhere else, so a contract has exactly one definition.
"""

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
from smartpick.events.registry import EVENT_TYPES, TOPICS, Topic, dead_letter_topic, parse_event

__all__ = [
    "EVENT_TYPES",
    "TOPICS",
    "AccountEmailVerified",
    "AccountRegistered",
    "ApplicantProfileUpdated",
    "CloudEvent",
    "EmailVerificationRequested",
    "Event",
    "MalformedEvent",
    "MatchSimulationCompleted",
    "MentorProfileUpdated",
    "MentorSuggestionsReady",
    "MentorshipChanged",
    "MentorshipMessagePosted",
    "MentorshipProblemReported",
    "MentorshipReminderIssued",
    "NotificationAdded",
    "OrganizationMemberJoined",
    "OrganizationMemberLeft",
    "OutcomeDeleted",
    "OutcomeReported",
    "ProgramUpserted",
    "RecommendationsReady",
    "Topic",
    "dead_letter_topic",
    "parse_event",
]
