"""The notifications service's one handler registry: which handlers each event goes to."""

from __future__ import annotations

from services.notifications.dispatch import Dispatcher
from services.notifications.email import handlers as email
from services.notifications.notices.mentorship.changes import mentorship_changed
from services.notifications.notices.mentorship.messages import mentorship_message
from services.notifications.notices.mentorship.reminders import mentorship_reminder
from services.notifications.notices.mentorship.reports import mentorship_problem_reported
from services.notifications.notices.mentorship.suggestions import mentors_suggested
from services.notifications.notices.recommendations import lists_ready
from services.notifications.notices.simulations import simulation_completed
from services.notifications.people import handlers as people
from services.notifications.webhooks.audience import RULES as WEBHOOK_AUDIENCE
from services.notifications.webhooks.handlers import Webhooks, event_to_messages
from smartpick.events import (
    AccountEmailVerified,
    AccountRegistered,
    EmailVerificationRequested,
    MatchSimulationCompleted,
    MentorshipChanged,
    MentorshipMessagePosted,
    MentorshipProblemReported,
    MentorshipReminderIssued,
    MentorSuggestionsReady,
    RecommendationsReady,
)
from smartpick.registry import HandlerRegistry

HANDLERS = (HandlerRegistry[Dispatcher]()
            .add_batch(RecommendationsReady, lists_ready)
            .add(MatchSimulationCompleted, simulation_completed)
            .add(MentorshipChanged, mentorship_changed)
            .add(MentorshipMessagePosted, mentorship_message)
            .add(MentorshipProblemReported, mentorship_problem_reported)
            .add(MentorSuggestionsReady, mentors_suggested)
            .add(MentorshipReminderIssued, mentorship_reminder)
            # who may be told, and how: kept from profiles' account events
            .add(AccountRegistered, people.account_registered)
            .add(AccountEmailVerified, people.email_verified)
            .add(EmailVerificationRequested, email.verification_requested))
"""Each handler says who is told what (notices/, people/, email/); the dispatcher sends it."""

WEBHOOK_HANDLERS = HandlerRegistry[Webhooks]()
"""Events some organization hears of (webhooks/audience.py) become webhook messages; bound to
the runtime's ``Webhooks`` beside ``HANDLERS``."""
for _routed in WEBHOOK_AUDIENCE:
    WEBHOOK_HANDLERS.add(_routed, event_to_messages)
