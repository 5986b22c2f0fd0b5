"""The notices of a mentorship's changes: who is told of each transition, and the feedback
requests that follow a completed mentorship."""

from __future__ import annotations

import hashlib
from typing import Any

from services.notifications.dispatch import Dispatcher, Outgoing
from services.notifications.notices.excerpt import excerpt
from smartpick.events import CloudEvent, MentorshipChanged
from smartpick.events.mentorships import MentorshipChange as Change


def told_of(event: MentorshipChanged) -> list[str]:
    """The side that did not make the change: both sides when the platform or the mentor's
    organization made it, and only the mentor of a request the mentee gave up."""
    mentee, mentor = event.mentee_id, event.mentor_id
    if event.change in (Change.REQUESTED, Change.WITHDRAWN):
        return [mentor]
    if event.change in (Change.ACCEPTED, Change.DECLINED, Change.EXPIRED):
        return [mentee]
    if event.change is Change.REPORTED:
        return [mentor if event.actor_id == mentee else mentee]
    if event.change in (Change.RESUMED, Change.ENDED_BY_ADMIN):
        return [mentee, mentor]
    return [side for side in (mentee, mentor) if side != event.actor_id]


def params_of(event: MentorshipChanged) -> dict[str, Any]:
    """What the MENTORSHIP_<CHANGE> templates say: the request's goals and message, the reason
    given, and whether the platform made the change (no actor: an expiry, another mentor's
    acceptance)."""
    return {"goals": [goal.value for goal in event.goals], "message": excerpt(event.message),
            "reason": event.reason, "by_platform": event.actor_id is None}


def _key_id(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:32]


async def mentorship_changed(event: MentorshipChanged, envelope: CloudEvent,
                             dispatcher: Dispatcher) -> None:
    """One notice per transition and person: its id is the mentorship's revision and the
    recipient, so neither a redelivered event nor a second event of that same transition (the
    repair of a change whose writer died, services/matching/mentorship/repair.py) adds one."""
    kind, params = f"MENTORSHIP_{event.change.value.upper()}", params_of(event)
    for recipient in told_of(event):
        key = f"mentorship|{event.mentorship_id}|{event.revision}|{recipient}"
        await dispatcher.send(Outgoing(id=_key_id(key), recipient=recipient, kind=kind,
                                       params=params, subject_id=event.mentorship_id))
    if event.change is Change.COMPLETED:
        # both sides are asked for their private feedback, once per mentorship
        for recipient in (event.mentee_id, event.mentor_id):
            key = f"mentorship-feedback|{event.mentorship_id}|{recipient}"
            await dispatcher.send(Outgoing(id=_key_id(key), recipient=recipient,
                                           kind="MENTORSHIP_FEEDBACK_REQUESTED",
                                           subject_id=event.mentorship_id))
