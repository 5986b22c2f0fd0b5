"""Event handlers of mentorship: matching's read models of mentors and of organizations'
members, and the withdrawal of a mentee's other requests once one of them is accepted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.organization_members import OrganizationMembers
from smartpick.events import (
    CloudEvent,
    MentorProfileUpdated,
    MentorshipChanged,
    OrganizationMemberJoined,
    OrganizationMemberLeft,
)
from smartpick.events.mentorships import MentorshipChange


class MentorshipDependencies(Protocol):
    """What these handlers use, of the service's ``Dependencies`` (fakes in tests)."""

    @property
    def mentors(self) -> MentorDirectory: ...
    @property
    def lifecycle(self) -> Lifecycle: ...
    @property
    def members(self) -> OrganizationMembers: ...


async def mentors_updated(events: Sequence[tuple[MentorProfileUpdated, CloudEvent]],
                          deps: MentorshipDependencies) -> None:
    """A run of mentor profiles (the last of each mentor: the consumer drops the others),
    without the consumer's inbox: the directory keeps a profile only if it is newer."""
    for event, _ in events:
        await deps.mentors.keep(event)


async def mentorship_changed(event: MentorshipChanged, envelope: CloudEvent,
                             deps: MentorshipDependencies) -> None:
    """Once a request is accepted, the mentee's other requests made before are withdrawn (their
    mentors are told by the events of those withdrawals). Taken from the event rather than done
    by the accept itself, so a process dying right after the accept leaves nothing undone:
    handled again, it finds those requests withdrawn already."""
    if event.change is MentorshipChange.ACCEPTED:
        await deps.lifecycle.withdraw_others(event.mentee_id, event.mentorship_id, event.at)


async def member_joined(event: OrganizationMemberJoined, envelope: CloudEvent,
                        deps: MentorshipDependencies) -> None:
    await deps.members.keep(event)


async def member_left(event: OrganizationMemberLeft, envelope: CloudEvent,
                      deps: MentorshipDependencies) -> None:
    await deps.members.keep(event)
