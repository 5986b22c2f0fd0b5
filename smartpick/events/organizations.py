"""Events published by the profiles service about organizations' members.

Keyed by organization id, so one organization's joins and departures keep their order: a
consumer (matching's cohort checks, webhook routing) that applies them in order knows who
belongs to the organization. The organization id is its admin's account id.
"""

from datetime import datetime
from typing import ClassVar

from smartpick.auth import Role
from smartpick.events.base import Event


class MembershipChange(Event):
    """What a join and a departure both say; the event type says which."""

    topic: ClassVar[str] = "profiles.organizations"

    organization_id: str
    account_id: str
    role: Role
    """The member's account role (APPLICANT or MENTOR)."""
    at: datetime

    @property
    def aggregate_id(self) -> str:
        return self.organization_id


class OrganizationMemberJoined(MembershipChange):
    """``account_id`` became a member of the organization (with an invitation code, or by
    accepting an invitation)."""

    event_type: ClassVar[str] = "org.smartpick.profiles.organization.member-joined.v1"


class OrganizationMemberLeft(MembershipChange):
    """``account_id`` is no longer a member: they left, or an admin removed them."""

    event_type: ClassVar[str] = "org.smartpick.profiles.organization.member-left.v1"
