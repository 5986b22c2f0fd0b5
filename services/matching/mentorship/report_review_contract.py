"""The HTTP contract of the organization's side of problem reports (report_review_api.py)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from services.matching.simulations.contract import Row
from smartpick.events.mentorships import MentorshipReason, MentorshipStatus, ProblemReason
from smartpick.mongo import Document, as_utc


class ReporterSide(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"


class ProblemResolution(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resume: bool = Field(description="true: ACTIVE again; false: the mentorship is ended")
    note: MentorshipReason | None = Field(default=None, description="told to both people")


class ReportedProblem(Row):
    """A problem report about one of the organization's mentors."""

    id: str
    mentorship_id: str
    reason: ProblemReason
    details: str
    reporter_side: ReporterSide | None = Field(description="null: the mentorship is gone")
    reported_at: datetime
    mentorship_status: MentorshipStatus | None = Field(description="now; null: it is gone")
    resolved: bool = Field(description="the mentorship has left the pause this report made")

    @classmethod
    def of(cls, report: Document, cursor: str | None = None) -> ReportedProblem:
        return cls.model_validate({**report, "id": report["_id"], "cursor": cursor,
                                   "reported_at": as_utc(report["at"])})
