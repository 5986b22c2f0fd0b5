"""What an applicant may report about a season: the input model and the checks needing the catalog.

One report per applicant and season: its id derives from both, so a retried request updates the
same report instead of counting the season twice in a refit; an update is its next revision.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from smartpick.events.models import ApplicationOutcome

FIRST_SEASON = 2010
"""Older seasons ran under rules (no signals, other fees) the model does not describe."""


def _season(year: int) -> int:
    latest = datetime.now(UTC).year + 1
    if not FIRST_SEASON <= year <= latest:
        raise ValueError(f"season_year must be between {FIRST_SEASON} and {latest}")
    return year


SeasonYear = Annotated[int, AfterValidator(_season), Field(
    json_schema_extra={"minimum": FIRST_SEASON},
    description="The Match year, e.g. 2026 for the March 2026 Match; at most next year's.")]


class OutcomeInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    season_year: SeasonYear
    applications: list[ApplicationOutcome] = Field(min_length=1, max_length=400)
    matched: bool | None = None
    matched_program_id: str | None = Field(default=None, min_length=1, max_length=64)

    @model_validator(mode="after")
    def _consistent(self) -> OutcomeInput:
        counts = Counter(a.program_id for a in self.applications)
        repeated = sorted(program_id for program_id, n in counts.items() if n > 1)
        if repeated:
            raise ValueError(f"programs listed more than once: {', '.join(repeated)}")
        if self.matched_program_id is not None:
            if self.matched is not True:
                raise ValueError("matched_program_id needs matched: true")
            invited = {a.program_id for a in self.applications if a.invited}
            if self.matched_program_id not in invited:
                raise ValueError("matched_program_id must be one of the programs that invited you")
        return self


def report_id(applicant_id: str, season_year: int) -> str:
    return hashlib.sha256(f"{applicant_id}|{season_year}".encode()).hexdigest()[:32]
