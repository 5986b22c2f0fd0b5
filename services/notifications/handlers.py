"""The notifications service's one handler registry: which handlers each event goes to."""

from __future__ import annotations

from services.notifications.dispatch import Dispatcher
from services.notifications.email import handlers as email
from services.notifications.email.handlers import Mail
from services.notifications.in_app import handlers as in_app
from services.notifications.in_app.store import NotificationsStore
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

HANDLERS = (HandlerRegistry[NotificationsStore]()
            .add_batch(RecommendationsReady, in_app.lists_ready)
            .add(MatchSimulationCompleted, in_app.simulation_completed)
            .add(MentorshipChanged, in_app.mentorship_changed)
            .add(MentorshipMessagePosted, in_app.mentorship_message)
            .add(MentorshipProblemReported, in_app.mentorship_problem_reported)
            .add(MentorSuggestionsReady, in_app.mentors_suggested)
            .add(MentorshipReminderIssued, in_app.mentorship_reminder))

EMAIL_HANDLERS = (HandlerRegistry[Mail]()
                  .add(EmailVerificationRequested, email.verification_requested))
"""Handlers that send email; bound with the runtime's ``Mail`` beside ``HANDLERS``."""

PEOPLE_HANDLERS = (HandlerRegistry[Dispatcher]()
                   .add(AccountRegistered, people.account_registered)
                   .add(AccountEmailVerified, people.email_verified))
"""Who may be told, and how: kept from profiles' account events."""

WEBHOOK_HANDLERS = HandlerRegistry[Webhooks]()
"""Events some organization hears of (webhooks/audience.py) become webhook messages."""
for _routed in WEBHOOK_AUDIENCE:
    WEBHOOK_HANDLERS.add(_routed, event_to_messages)
