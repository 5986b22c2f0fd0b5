"""The HTTP contract of cohort runs: what an organization sends to run its mentoring program and
what the routes (cohort_runs_api.py) answer, so the gateway's types can be checked against it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.matching.mentorship.contract import MentorshipPerson
from services.matching.simulations.contract import Row
from smartpick.events.mentorships import MentorshipStatus
from smartpick.events.models import DisplayName, ResourceId
from smartpick.mongo import Document, as_utc

MAX_MENTEES, MAX_MENTORS = 5_000, 2_000


class CohortRunInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: DisplayName = Field(min_length=1, description="the program's name, shown to the "
                                                        "people paired as \"Suggested by …\"")
    mentee_ids: list[ResourceId] = Field(max_length=MAX_MENTEES, description="applicant "
                                         "account ids; those without a profile are skipped")
    mentor_ids: list[ResourceId] = Field(max_length=MAX_MENTORS, description="mentor account "
                                         "ids; those not in the directory are skipped")
    min_score: float = Field(default=0.0, ge=0.0, le=100.0, description="pairs below this "
                             "compatibility are not made")


class CohortRunStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class CohortSide(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"


class PairPublication(BaseModel):
    """What publishing did for a pair: the request it made, or the lifecycle's refusal."""

    mentorship_id: str | None
    refusal_code: str | None = Field(description="for example CAPACITY_REACHED, "
                                                 "TOO_MANY_REQUESTS, CONFLICT, "
                                                 "ALREADY_MENTORED")
    refusal: str | None


class CohortPair(BaseModel):
    mentee: MentorshipPerson
    mentor: MentorshipPerson
    score: float = Field(description="compatibility, 0 to 100")
    reasons: list[str] = Field(description="what counted, strongest first")
    publication: PairPublication | None = Field(description="null while a draft")


class UnmatchedMentee(BaseModel):
    mentee_id: str
    reason: str


class SkippedId(BaseModel):
    """An id of the input that names nobody this run can match."""

    id: str
    side: CohortSide
    reason: str


class CohortTotals(BaseModel):
    """Total compatibility of the optimal assignment and of the two it is measured against."""

    optimal: float
    greedy: float
    first_come_first_served: float


class CohortRun(Row):
    id: str
    name: str
    status: CohortRunStatus
    min_score: float
    pairs: list[CohortPair]
    unmatched: list[UnmatchedMentee]
    skipped: list[SkippedId]
    totals: CohortTotals
    solve_seconds: float = Field(description="scoring and solving, in seconds")
    created_at: datetime
    published_at: datetime | None

    @classmethod
    def of(cls, run: Document, cursor: str | None = None) -> CohortRun:
        pairs = [CohortPair(mentee=MentorshipPerson(id=p["mentee_id"]),
                            mentor=MentorshipPerson(id=p["mentor_id"]), score=round(p["score"], 1),
                            reasons=p["reasons"], publication=p["publication"])
                 for p in run["pairs"]]
        published = run["published_at"]
        return cls.model_validate({
            **run, "id": run["_id"], "cursor": cursor, "pairs": pairs,
            "created_at": as_utc(run["created_at"]),
            "published_at": None if published is None else as_utc(published)})


class CohortMonthReport(BaseModel):
    """One calendar month of the accepted pairs' check-ins (mentorship/cohort_report.py)."""

    month: str = Field(description="YYYY-MM")
    active_pairs: int = Field(description="accepted pairs under way at some time that month")
    check_ins: int = Field(description="check-ins whose meeting date falls in the month")
    per_pair: float | None = Field(description="check-ins per active pair; null when none was "
                                               "active")


class CohortReport(BaseModel):
    """Where the published pairs stand now: their mentorships counted by status, and how the
    accepted ones work together (check-ins, goals, ratings)."""

    pairs: int
    not_sent: int = Field(description="pairs the lifecycle refused at publication")
    requested: int
    active: int
    paused: int
    completed: int
    cancelled: int
    declined: int
    expired: int
    withdrawn: int
    accepted: int = Field(description="pairs whose mentor accepted, whatever came after")
    check_ins: int = Field(description="check-ins the accepted pairs recorded")
    check_ins_by_month: list[CohortMonthReport] = Field(
        description="from the month of the first accept to this one, oldest first")
    goals: int = Field(description="goals the accepted pairs set")
    goals_completed: int = Field(description="of those, the goals DONE now")
    ratings: int = Field(description="feedbacks given at completion, by either side")
    average_rating: float | None = Field(description="their mean rating (1-5), to one "
                                                     "decimal; null before any")

    @classmethod
    def of(cls, counts: dict[str, Any]) -> CohortReport:
        return cls.model_validate({s.value: 0 for s in MentorshipStatus} | counts)
