"""Events published by the profiles service about applicants."""

from typing import ClassVar

from smartpick.events.base import Event
from smartpick.models import ApplicantProfile


class ApplicantProfileUpdated(Event):
    """An applicant created or changed their profile; carries the whole profile (state transfer)."""

    event_type: ClassVar[str] = "org.smartpick.profiles.applicant.updated.v1"
    topic: ClassVar[str] = "profiles.applicants"

    applicant_id: str
    profile: ApplicantProfile

    @property
    def aggregate_id(self) -> str:
        return self.applicant_id
