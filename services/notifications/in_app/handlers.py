"""Event handlers of in-app notifications: each event becomes one notification of its recipient.

A notification's id derives from its event, so an event handled twice adds nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence

from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.texts import (
    feedback_requests,
    mentorship_notices,
    message_notice,
    problem_notice,
    recommendations_text,
    reminder_notices,
    simulation_text,
    suggestions_text,
)
from smartpick.events import (
    CloudEvent,
    MatchSimulationCompleted,
    MentorshipChanged,
    MentorshipMessagePosted,
    MentorshipProblemReported,
    MentorshipReminderIssued,
    MentorSuggestionsReady,
    RecommendationsReady,
)
from smartpick.events.mentorships import ReminderKind
from smartpick.inbox import effect_id

log = logging.getLogger(__name__)
RECOMMENDATIONS_READY = "RECOMMENDATIONS_READY"
MATCH_SIMULATION_COMPLETED = "MATCH_SIMULATION_COMPLETED"
MENTORSHIP_MESSAGE = "MENTORSHIP_MESSAGE"
MENTORSHIP_FEEDBACK_REQUESTED = "MENTORSHIP_FEEDBACK_REQUESTED"
MENTORSHIP_PROBLEM_REPORTED = "MENTORSHIP_PROBLEM_REPORTED"
MENTOR_SUGGESTIONS = "MENTOR_SUGGESTIONS"
MENTORSHIP_CHECK_IN_DUE = "MENTORSHIP_CHECK_IN_DUE"
MENTORSHIP_GOAL_OVERDUE = "MENTORSHIP_GOAL_OVERDUE"


async def recommendations_ready(event: RecommendationsReady, envelope: CloudEvent,
                                store: NotificationsStore) -> None:
    title, body = recommendations_text(event)
    notification_id = effect_id(envelope, "in-app")
    # Catalog imports and model refits tell everyone, often several times a day: the newest
    # list's notice replaces an unread older one instead of piling up beside it.
    await store.add_current(notification_id, event.applicant_id, RECOMMENDATIONS_READY, title,
                            body, envelope.time)


async def lists_ready(events: Sequence[tuple[RecommendationsReady, CloudEvent]],
                      store: NotificationsStore) -> None:
    """A run of list events, without the consumer's inbox: handling one again changes nothing
    (its notification's id is fixed, and an older one never replaces a newer)."""
    for event, envelope in events:
        await recommendations_ready(event, envelope, store)


async def simulation_completed(event: MatchSimulationCompleted, envelope: CloudEvent,
                               store: NotificationsStore) -> None:
    title, body = simulation_text(event)
    await store.add(effect_id(envelope, "in-app"), event.requested_by,
                    MATCH_SIMULATION_COMPLETED, title, body, event.simulation_id)


async def mentorship_changed(event: MentorshipChanged, envelope: CloudEvent,
                             store: NotificationsStore) -> None:
    """One notice per transition and person: its id is the mentorship's revision and the
    recipient, so neither a redelivered event nor a second event of that same transition (the
    repair of a change whose writer died, services/matching/mentorship/repair.py) adds one."""
    kind = f"MENTORSHIP_{event.change.value.upper()}"
    for recipient, title, body in mentorship_notices(event):
        key = f"mentorship|{event.mentorship_id}|{event.revision}|{recipient}"
        notice_id = hashlib.sha256(key.encode()).hexdigest()[:32]
        await store.add(notice_id, recipient, kind, title, body, event.mentorship_id)
    for recipient, title, body in feedback_requests(event):
        key = f"mentorship-feedback|{event.mentorship_id}|{recipient}"
        notice_id = hashlib.sha256(key.encode()).hexdigest()[:32]
        await store.add(notice_id, recipient, MENTORSHIP_FEEDBACK_REQUESTED, title, body,
                        event.mentorship_id)


async def mentorship_message(event: MentorshipMessagePosted, envelope: CloudEvent,
                             store: NotificationsStore) -> None:
    """One notice per message (its id derives from the event, which the message's one insert
    staged once)."""
    recipient, title, body = message_notice(event)
    await store.add(effect_id(envelope, "in-app"), recipient, MENTORSHIP_MESSAGE, title, body,
                    event.mentorship_id)


async def mentorship_problem_reported(event: MentorshipProblemReported, envelope: CloudEvent,
                                      store: NotificationsStore) -> None:
    """The mentor's organization account is told; without one the report waits in matching's
    ``mentorship_reports`` for the platform's admins, and is logged here too."""
    if event.organization_id is None:
        log.warning("problem reported on mentorship %s, whose mentor has no organization",
                    event.mentorship_id)
        return
    recipient, title, body = problem_notice(event, event.organization_id)
    await store.add(effect_id(envelope, "in-app"), recipient, MENTORSHIP_PROBLEM_REPORTED, title,
                    body, event.mentorship_id)


async def mentors_suggested(event: MentorSuggestionsReady, envelope: CloudEvent,
                            store: NotificationsStore) -> None:
    """One current notice of new mentor suggestions per applicant: a newer set replaces an
    unread older notice; handled again, the same event adds nothing (its id is fixed)."""
    title, body = suggestions_text(event)
    await store.add_current(effect_id(envelope, "in-app"), event.applicant_id,
                            MENTOR_SUGGESTIONS, title, body, event.at)
async def mentorship_reminder(event: MentorshipReminderIssued, envelope: CloudEvent,
                              store: NotificationsStore) -> None:
    """One notice per reminder and person: the reminder's one insert staged its event once, so
    the id derived from the event and the recipient is the same however often it arrives."""
    kind = (MENTORSHIP_CHECK_IN_DUE if event.kind is ReminderKind.CHECK_IN_DUE
            else MENTORSHIP_GOAL_OVERDUE)
    for recipient, title, body in reminder_notices(event):
        await store.add(effect_id(envelope, "in-app", recipient), recipient, kind, title, body,
                        event.mentorship_id)
