"""Matching's mentorship handlers called directly, as the consumer calls them, with fakes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.handlers import (
    member_joined,
    member_left,
    mentors_updated,
    mentorship_changed,
)
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.organization_members import OrganizationMembers
from smartpick.auth import Role
from smartpick.events import (
    MentorProfileUpdated,
    MentorshipChanged,
    OrganizationMemberJoined,
    OrganizationMemberLeft,
)
from smartpick.events.mentoring import MentorPosition, MentorTopic
from smartpick.events.mentors import MentorProfile
from smartpick.events.mentorships import MentorshipChange, MentorshipStatus
from smartpick.publisher import envelope_for

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


@dataclass
class Fakes:
    calls: list[tuple[str, Any]] = field(default_factory=list)

    async def keep(self, event: MentorProfileUpdated | OrganizationMemberJoined
                   | OrganizationMemberLeft) -> bool:
        kept = event.mentor_id if isinstance(event, MentorProfileUpdated) else event.account_id
        self.calls.append(("keep", kept))
        return True

    async def withdraw_others(self, mentee_id: str, accepted_id: str,
                              accepted_at: datetime) -> int:
        self.calls.append(("withdraw_others", (mentee_id, accepted_id, accepted_at)))
        return 0

    @property
    def mentors(self) -> MentorDirectory:
        return cast(MentorDirectory, self)

    @property
    def lifecycle(self) -> Lifecycle:
        return cast(Lifecycle, self)

    @property
    def members(self) -> OrganizationMembers:
        return cast(OrganizationMembers, self)


def profile_updated(mentor_id: str) -> MentorProfileUpdated:
    profile = MentorProfile(position=MentorPosition.ATTENDING, specialty="Internal Medicine",
                            institution="General Hospital", languages=["en"],
                            topics=[MentorTopic.CV], capacity=3)
    return MentorProfileUpdated(mentor_id=mentor_id, profile=profile, updated_at=AT)


def changed(change: MentorshipChange, status: MentorshipStatus) -> MentorshipChanged:
    return MentorshipChanged(mentorship_id="m-1", mentee_id="a-1", mentor_id="t-1",
                             status=status, previous_status=MentorshipStatus.REQUESTED,
                             change=change, actor_id="t-1", at=AT, revision=2)


async def test_each_mentor_profile_goes_to_the_directory() -> None:
    fakes = Fakes()
    events = [profile_updated("t-1"), profile_updated("t-2")]
    await mentors_updated([(e, envelope_for(e, "/profiles")) for e in events], fakes)
    assert fakes.calls == [("keep", "t-1"), ("keep", "t-2")]


async def test_an_accept_withdraws_the_mentee_s_requests_made_before_it() -> None:
    fakes = Fakes()
    accepted = changed(MentorshipChange.ACCEPTED, MentorshipStatus.ACTIVE)
    await mentorship_changed(accepted, envelope_for(accepted, "/matching"), fakes)
    declined = changed(MentorshipChange.DECLINED, MentorshipStatus.DECLINED)
    await mentorship_changed(declined, envelope_for(declined, "/matching"), fakes)
    assert fakes.calls == [("withdraw_others", ("a-1", "m-1", AT))]


async def test_joins_and_departures_go_to_the_organization_members_read_model() -> None:
    fakes = Fakes()
    joined = OrganizationMemberJoined(organization_id="o-1", account_id="a-1",
                                      role=Role.APPLICANT, at=AT)
    left = OrganizationMemberLeft(organization_id="o-1", account_id="a-2", role=Role.MENTOR,
                                  at=AT)
    await member_joined(joined, envelope_for(joined, "/profiles"), fakes)
    await member_left(left, envelope_for(left, "/profiles"), fakes)
    assert fakes.calls == [("keep", "a-1"), ("keep", "a-2")]
