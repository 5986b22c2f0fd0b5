"""The notice of a new message in a mentorship's thread."""

from __future__ import annotations

from services.notifications.dispatch import Dispatcher, Outgoing
from services.notifications.notices.excerpt import excerpt
from smartpick.events import CloudEvent, MentorshipMessagePosted
from smartpick.inbox import effect_id


async def mentorship_message(event: MentorshipMessagePosted, envelope: CloudEvent,
                             dispatcher: Dispatcher) -> None:
    """The other side of the thread is told, with the start of the message: one notice per
    message (its id derives from the event, which the message's one insert staged once)."""
    from_mentee = event.sender_id == event.mentee_id
    await dispatcher.send(Outgoing(
        id=effect_id(envelope, "in-app"),
        recipient=event.mentor_id if from_mentee else event.mentee_id,
        kind="MENTORSHIP_MESSAGE", subject_id=event.mentorship_id,
        params={"sender": "mentee" if from_mentee else "mentor", "text": excerpt(event.text)}))
