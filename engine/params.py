"""The engine's model parameters: one versioned, validated object, loaded from small JSON files.

The shipped ``params_v1.json`` holds only fitted coefficients and cited priors, never rows of the
NRMP tables it was fitted on (NRMP restricts reuse of its publications).
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

SHIPPED_PARAMS = Path(__file__).with_name("params_v1.json")


class SpecialtyParams(BaseModel):
    """What the model needs to know about one specialty at run time."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    conversion_intercept: float
    """Logit of the chance that one ranked program matches, for a typical non-US IMG."""
    reference_step2: float
    """Step 2 CK of the specialty's typical non-US IMG interviewee (derived, rounded)."""
    typical_applications: int = Field(ge=1)
    """Applications a typical applicant sends in this specialty (assumption, see docs/model.md)."""
    fitted_from: str
    """"outcomes" when published outcomes pinned it, "features" when predicted from features."""
    interview_offset: float = 0.0
    """Learned from reported outcomes (learning.py); zero in a fit to published figures."""
    conversion_sd: float = Field(default=0.0, ge=0.0)
    """Sd of ``conversion_intercept`` (uncertainty.py), the spread of its 80 % ranges; zero in
    parameter sets fitted before ranges existed, whose ranges are then the point itself."""


class Strength(BaseModel):
    """Applicant-strength coefficients in logit units: the first three fitted, the rest priors."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    step2_per_10_points: float = Field(ge=0.0)
    research_log1p: float = Field(ge=0.0)
    publications_log1p: float = Field(ge=0.0)
    no_usce: float = Field(le=0.0)
    usce_per_3_months: float = Field(ge=0.0)
    per_year_since_graduation_beyond_3: float = Field(le=0.0)
    per_failed_attempt: float = Field(le=0.0)
    visa_j1: float = Field(le=0.0)
    visa_h1b: float = Field(le=0.0)
    missing_step2_points_below_reference: float = Field(ge=0.0)


class ProgramTerms(BaseModel):
    """Program-side terms of the interview logit (priors, see docs/model.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    img_share_slope: float = Field(ge=0.0)
    img_share_center: float = Field(ge=0.0, le=1.0)
    log_positions_slope: float = Field(ge=0.0)
    positions_center: float = Field(gt=0.0)
    preferred_state: float = Field(ge=0.0)
    per_missed_preference: float = Field(le=0.0)
    signal: float = Field(ge=0.0)


class ProgramEffect(BaseModel):
    """A program's learned departure from what its features predict (program_effects.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    logit: float
    reports: int = Field(ge=1)
    """Reported applications to this program the effect was estimated from."""


class ModelParams(BaseModel):
    """A complete, versioned parameter set of the Smart Pick model."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    sources: list[str]
    notes: str = ""
    strength: Strength
    applicant_type_offset: dict[str, float]
    program: ProgramTerms
    interview_intercept: float
    interview_slope: float = Field(ge=0.0)
    population_sd: float = Field(gt=0.0)
    interview_sd: float = Field(default=0.0, ge=0.0)
    """Spread of the interview logit among applicants of equal strength, fitted to published
    interview offers (calibration.py); sets earlier than its fit have none."""
    feature_model: dict[str, float]
    validation: dict[str, float] = Field(default_factory=dict)
    specialties: dict[str, SpecialtyParams]
    intercept_error_tau: float = Field(default=0.0, ge=0.0)
    """How far the feature model misses an unseen specialty's rate, on its logit scale, out of
    sample (uncertainty.py); the spread of specialties predicted from features alone."""
    strength_covariance: list[list[float]] = Field(default_factory=list)
    """Covariance of the three fitted strength coefficients (Step 2 CK per 10 points, research,
    publications) from a bootstrap of the published counts (coefficient_uncertainty.py); empty
    in sets stored before it existed, whose ranges then take the coefficients as known. Written
    flat, row after row: FerretDB stores no nested arrays, and the registry stores each set."""
    program_effects: dict[str, ProgramEffect] = Field(default_factory=dict)
    """By program id; empty in a fit to published figures, learned from reported outcomes."""

    @field_validator("strength_covariance", mode="before")
    @classmethod
    def _rows(cls, value: object) -> object:
        """The flat form it is written in, back to rows (rows as given are kept)."""
        if not isinstance(value, list) or not value or isinstance(value[0], list):
            return value
        size = math.isqrt(len(value))
        if size * size != len(value):
            raise ValueError(f"{len(value)} values do not make a square matrix")
        return [value[row * size:(row + 1) * size] for row in range(size)]

    @field_serializer("strength_covariance")
    def _flat(self, rows: list[list[float]]) -> list[float]:
        return [value for row in rows for value in row]

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"


def load_params(path: Path) -> ModelParams:
    """Parameters from a JSON file written by ``smartpick model fit`` (or shipped)."""
    return ModelParams.model_validate_json(path.read_text(encoding="utf-8"))


@cache
def shipped_params() -> ModelParams:
    """The parameters shipped with the engine; read once per process."""
    return load_params(SHIPPED_PARAMS)
