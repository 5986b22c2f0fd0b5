"""The shared vocabulary of Smart Pick: an applicant's profile and a program of the catalog.

Both travel inside events, so every service validates them the same way. A catalog field that
a source does not give stays ``None`` (unknown) and is never guessed.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Generic, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from smartpick.events.mentoring import MenteePreferences
from smartpick.events.specialties import SPECIALTIES, SPECIALTY_SET
from smartpick.events.states import US_STATES

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
        raise ValueError(f"unknown specialty {name[:80]!r}; expected one of the 24 NRMP "
                         "specialties")
    return name


def _us_state(code: str) -> str:
    code = code.strip().upper()
    if code not in US_STATES:
        raise ValueError(f"{code[:10]!r} is not the code of a US state or territory (USPS: NY, "
                         "DC, PR, ...)")
    return code


def _shown_text(text: str) -> str:
    if not _SHOWN_TEXT.fullmatch(text):
        raise ValueError("control characters and text-direction overrides are not allowed: "
                         "this text is shown to people")
    return text


SHOWN_TEXT_PATTERN = (r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F"
                      r"\u2028-\u202E\u2066-\u2069]*$")
"""Text shown to people (a simulation's name becomes a notification title) has no control
characters (NUL, newlines, C1), no bidirectional overrides or isolates (U+202E makes a title read
backwards), and no line or paragraph separators."""
_SHOWN_TEXT = re.compile(SHOWN_TEXT_PATTERN)

Specialty = Annotated[str, AfterValidator(_known_specialty), WithJsonSchema(
    {"type": "string", "enum": list(SPECIALTIES), "description": "An NRMP Main Match specialty"})]
StateCode = Annotated[str, AfterValidator(_us_state), WithJsonSchema(
    {"type": "string", "enum": sorted(US_STATES),
     "description": "USPS code of a US state or territory (any case)"})]
ResourceId = Annotated[str, StringConstraints(min_length=1, max_length=64)]
"""The id of an account, program, simulation or notification, as a path parameter or filter."""
DisplayName = Annotated[str, StringConstraints(max_length=200), AfterValidator(_shown_text),
                        Field(json_schema_extra={"pattern": SHOWN_TEXT_PATTERN})]
"""A name people give something that is shown to others (a match simulation's)."""


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
    mentee: MenteePreferences | None = Field(
        default=None, description="what they look for in a mentor; absent: not looking")


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
