"""The shared vocabulary of Smart Pick: an applicant's profile and a program of the catalog.

Both travel inside events, so every service validates them the same way. A catalog field that
a source does not give stays ``None`` (unknown) and is never guessed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from smartpick.specialties import SPECIALTY_SET

T = TypeVar("T")


class ApplicantType(StrEnum):
    NON_US_IMG = "non_us_img"
    US_IMG = "us_img"
    US_MD = "us_md"
    US_DO = "us_do"


class Visa(StrEnum):
    NONE = "none"
    J1 = "j1"
    H1B = "h1b"


class Strictness(StrEnum):
    """Whether missing a requirement excludes the applicant or only counts against them."""

    STRICT = "strict"
    PREFERENCE = "preference"


def _known_specialty(name: str) -> str:
    if name not in SPECIALTY_SET:
        raise ValueError(f"unknown specialty {name!r}; expected one of the 24 NRMP specialties")
    return name


def _us_state(code: str) -> str:
    code = code.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise ValueError(f"{code!r} is not a two-letter US state or territory code")
    return code


Specialty = Annotated[str, AfterValidator(_known_specialty)]
StateCode = Annotated[str, AfterValidator(_us_state)]


class Requirement(BaseModel, Generic[T]):
    """One program requirement with its strictness: a strict miss excludes, a preference costs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: T
    strictness: Strictness = Strictness.STRICT


class ApplicantProfile(BaseModel):
    """What an applicant tells us; the input of eligibility, chances and plans."""

    model_config = ConfigDict(extra="forbid")

    applicant_type: ApplicantType
    step1_passed: bool = True
    step2_score: int | None = Field(default=None, ge=1, le=300)
    step3_passed: bool = False
    graduation_year: int = Field(ge=1950, le=2035)
    visa: Visa = Visa.NONE
    usce_months: int = Field(default=0, ge=0, le=240)
    ecfmg_certified: bool = False
    exam_attempts_failed: int = Field(default=0, ge=0, le=20)
    publications: int = Field(default=0, ge=0, le=1000)
    research_experiences: int = Field(default=0, ge=0, le=200)
    specialties: list[Specialty] = Field(default_factory=list, max_length=24)
    preferred_states: list[StateCode] = Field(default_factory=list, max_length=60)


class Program(BaseModel):
    """A residency program of the catalog. ``None`` everywhere means "the source did not say"."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=300)
    institution: str | None = None
    specialty: Specialty
    city: str | None = None
    state: StateCode | None = None
    positions: int | None = Field(default=None, ge=0, le=500)
    img_share: float | None = Field(default=None, ge=0.0, le=1.0)
    sponsors_j1: bool | None = None
    sponsors_h1b: bool | None = None
    min_step2_score: Requirement[int] | None = None
    max_years_since_graduation: Requirement[int] | None = None
    min_usce_months: Requirement[int] | None = None
    accepts_failed_attempts: Requirement[bool] | None = None
    ecfmg_by_rank_deadline: Requirement[bool] | None = None


class ApplicationOutcome(BaseModel):
    """One program an applicant applied to in a season, and whether it invited them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    program_id: str = Field(min_length=1, max_length=64)
    invited: bool
