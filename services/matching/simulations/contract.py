"""The HTTP contract of match simulations: what an organization sends to queue a run and what
the routes (api.py) answer, so the gateway's types can be checked against it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from matchsim.generator import NATIONAL
from smartpick.events.models import DisplayName
from smartpick.mongo import Document

NATIONAL_COUPLE_SHARE = NATIONAL.couples / NATIONAL.applicants
UPLOAD_PATH = "/simulations/uploads"
MAX_PROPOSALS = 1_000_000_000
"""Far above what a national instance needs (its default budget is in the millions)."""
MaxProposals = Annotated[int | None, Field(
    ge=1, le=MAX_PROPOSALS, description="stop a run after this many proposals; default: a "
                                        "budget that scales with the rank lists")]


class GenerateOptions(BaseModel):
    """A synthetic instance shaped like the 2026 Main Match, scaled to ``applicants``."""

    model_config = ConfigDict(extra="forbid")

    applicants: int = Field(default=NATIONAL.applicants, ge=10, le=100_000)
    couples: int | None = Field(
        default=None, ge=0, le=50_000, description="default: the national share of couples")
    supplemental: bool = True
    seed: int = Field(default=2026, ge=0, le=2**32 - 1)

    @model_validator(mode="after")
    def _couples_fit(self) -> GenerateOptions:
        if self.couples is None:
            self.couples = round(self.applicants * NATIONAL_COUPLE_SHARE)
        if 2 * self.couples > self.applicants:
            raise ValueError(f"{self.couples} couples need {2 * self.couples} applicants, "
                             f"more than {self.applicants}")
        return self


class GeneratedRun(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: DisplayName = ""
    generate: GenerateOptions = Field(default_factory=GenerateOptions)
    max_proposals: MaxProposals = None


class SimulationStats(BaseModel):
    """The simulator's figures of a finished run (matchsim/result.py; ``total_seconds`` from
    run.py). A run stored before a figure existed lacks it, and reads 0 (False for ``stable``,
    which every stored run has)."""

    applicants: int = 0
    matched: int = 0
    unmatched: int = 0
    couples: int = 0
    couples_matched: int = 0
    programs: int = 0
    positions: int = 0
    filled: int = 0
    unfilled: int = 0
    supplemental_matched: int = 0
    proposals: int = 0
    rounds: int = 0
    attempts: int = 0
    stable: bool = Field(default=False, description=(
        "false when the couples admit no stable match within the proposal bound"))
    solve_seconds: float = 0.0
    total_seconds: float = 0.0


class Row(BaseModel):
    cursor: str | None = Field(default=None, description="its position, in lists")


Item = TypeVar("Item", bound=Row)


class SimulationJob(Row):
    id: str
    name: str
    status: str
    source: str
    generator: GenerateOptions | None
    max_proposals: int | None
    attempts: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    expires_at: datetime | None = Field(
        description="when it is deleted with its files (SIMULATION_RETENTION_DAYS after it "
                    "finished); null while it runs, or when finished runs are kept")
    stats: SimulationStats | None = Field(
        description="null until the run has finished, and for a failed run")
    error: str | None

    @classmethod
    def of(cls, job: Document, keep_for: timedelta | None) -> SimulationJob:
        finished = job.get("finished_at")
        expires = finished + keep_for if finished is not None and keep_for is not None else None
        return cls.model_validate({"id": job["_id"], "generator": None, "max_proposals": None,
                                   "started_at": None, "finished_at": None, "stats": None,
                                   "error": None, **job, "expires_at": expires})


class Page(BaseModel, Generic[Item]):
    """One page of an offset-paged list; ``end_cursor`` is the ``after`` of the next page."""

    items: list[Item]
    total: int
    has_next: bool
    end_cursor: str | None

    @classmethod
    def of(cls, items: list[Item], start: int, total: int) -> Page[Item]:
        """Call it on the concrete page type (``Page[MatchRow].of``), so items keep their type."""
        return cls(items=items, total=total, has_next=start + len(items) < total,
                   end_cursor=items[-1].cursor if items else None)


class MatchRow(Row):
    applicant_id: str
    program_id: str | None
    supplemental_program_id: str | None


class UnfilledRow(Row):
    program_id: str
    unfilled: int
