"""The notice of a problem reported in a mentorship, to the mentor's organization."""

from __future__ import annotations

import logging

from services.notifications.dispatch import Dispatcher, Outgoing
from services.notifications.notices.excerpt import excerpt
from smartpick.events import CloudEvent, MentorshipProblemReported
from smartpick.inbox import effect_id

log = logging.getLogger(__name__)


async def mentorship_problem_reported(event: MentorshipProblemReported, envelope: CloudEvent,
                                      dispatcher: Dispatcher) -> None:
    """The mentor's organization account is told what was reported, by which side; without one
    the report waits in matching's ``mentorship_reports`` for the platform's admins, and is
    logged here too."""
    if event.organization_id is None:
        log.warning("problem reported on mentorship %s, whose mentor has no organization",
                    event.mentorship_id)
        return
    await dispatcher.send(Outgoing(
        id=effect_id(envelope, "in-app"), recipient=event.organization_id,
        kind="MENTORSHIP_PROBLEM_REPORTED", subject_id=event.mentorship_id,
        params={"reporter": "mentee" if event.reporter_id == event.mentee_id else "mentor",
                "mentor_id": event.mentor_id, "reason": event.reason.value,
                "details": excerpt(event.details)}))
