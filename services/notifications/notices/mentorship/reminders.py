"""The reminders of an active mentorship: a check-in coming up, a goal overdue."""

from __future__ import annotations

from datetime import UTC

from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.events import CloudEvent, MentorshipReminderIssued
from smartpick.inbox import effect_id


async def mentorship_reminder(event: MentorshipReminderIssued, envelope: CloudEvent,
                              dispatcher: Dispatcher) -> None:
    """Both people are reminded, each told who the other side is: one notice per reminder and
    person, as the reminder's one insert staged its event once, so the id derived from the event
    and the recipient is the same however often it arrives."""
    kind = f"MENTORSHIP_{event.kind.value.upper()}"
    today = event.at.astimezone(UTC).date()
    for recipient, other in ((event.mentee_id, "mentor"), (event.mentor_id, "mentee")):
        await dispatcher.send(Outgoing(
            id=effect_id(envelope, "in-app", recipient), recipient=recipient, kind=kind,
            subject_id=event.mentorship_id,
            params={"other": other, "goal": event.title, "date": event.date.isoformat(),
                    "days_ahead": (event.date - today).days}))
