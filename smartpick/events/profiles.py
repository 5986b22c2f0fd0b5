"""Events published by the profiles service about applicants."""

from datetime import datetime
from typing import ClassVar

from pydantic import Field

from smartpick.events.base import Event
from smartpick.events.models import ApplicantProfile, ApplicationOutcome


class ApplicantProfileUpdated(Event):
    """An applicant created or changed their profile; carries the whole profile (state transfer)."""

    event_type: ClassVar[str] = "org.smartpick.profiles.applicant.updated.v1"
    topic: ClassVar[str] = "profiles.applicants"
    supersedes_earlier: ClassVar[bool] = True

    applicant_id: str
    profile: ApplicantProfile
    updated_at: datetime | None = Field(
        default=None, description="when the profile was saved (milliseconds); absent in events "
                                  "published before it was added")

    @property
    def aggregate_id(self) -> str:
        return self.applicant_id

    @property
    def state_time(self) -> datetime | None:
        return self.updated_at


class OutcomeReported(Event):
    """An applicant reported a season's invitations and match result, with their profile then.

    On the applicants' topic, keyed by applicant, so it stays ordered with their profile events.
    """

    event_type: ClassVar[str] = "org.smartpick.profiles.outcome.reported.v1"
    topic: ClassVar[str] = "profiles.applicants"

    report_id: str
    applicant_id: str
    season_year: int
    profile: ApplicantProfile
    applications: list[ApplicationOutcome]
    matched: bool | None = Field(default=None, description="null: the match result is not known")
    matched_program_id: str | None = None
    reported_at: datetime
    revision: int = Field(default=1, ge=1, description=(
        "1 for a season's first report, then one more for each update of it (such as the match "
        "result added on Match Day); consumers keep the highest"))

    @property
    def aggregate_id(self) -> str:
        return self.applicant_id


class OutcomeDeleted(Event):
    """An applicant deleted a season's report: its content is erased, and no refit may use it.

    Carries the next revision of the report, so a late older revision cannot bring it back.
    """

    event_type: ClassVar[str] = "org.smartpick.profiles.outcome.deleted.v1"
    topic: ClassVar[str] = "profiles.applicants"

    report_id: str
    applicant_id: str
    season_year: int
    revision: int = Field(ge=2)
    deleted_at: datetime

    @property
    def aggregate_id(self) -> str:
        return self.applicant_id
