"""The notice of mentors suggested for an applicant's changed profile."""

from __future__ import annotations

from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.events import CloudEvent, MentorSuggestionsReady
from smartpick.inbox import effect_id


async def mentors_suggested(event: MentorSuggestionsReady, envelope: CloudEvent,
                            dispatcher: Dispatcher) -> None:
    """One current notice of new mentor suggestions per applicant: a newer set replaces an
    unread older notice; handled again, the same event adds nothing (its id is fixed). The
    directory knows no names: mentors are described by position, specialty and institution."""
    mentors = [{"position": mentor.position.value, "specialty": mentor.specialty,
                "institution": mentor.institution, "reasons": list(mentor.reasons)}
               for mentor in event.mentors]
    await dispatcher.send(Outgoing(
        id=effect_id(envelope, "in-app"), recipient=event.applicant_id,
        kind="MENTOR_SUGGESTIONS", current_at=event.at, params={"mentors": mentors}))
