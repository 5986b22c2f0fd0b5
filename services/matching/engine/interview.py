"""Chance of an interview at every program of the catalog at once, with its top signed factors.

logit p = specialty interview intercept + applicant terms (strength.py) + program terms.
A factor's effect in points is p minus the chance without that factor, so factors read as
"what this changes for you here", in percentage points.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from services.matching.engine.catalog import BoolArray, CatalogArrays, FloatArray, IntArray
from services.matching.engine.eligibility import (
    DEFAULT_SEASON_YEAR,
    US_GRADUATE_TYPES,
    Eligibility,
    check,
)
from services.matching.engine.params import ModelParams
from services.matching.engine.strength import APPLICANT_FACTORS, applicant_terms
from smartpick.models import ApplicantProfile
from smartpick.specialties import SPECIALTIES

PROGRAM_FACTORS = ("img_share", "positions", "preferred_state", "preferences_missed", "signal")
FACTORS = APPLICANT_FACTORS + PROGRAM_FACTORS
TOP_FACTORS = 3
REACH_BELOW = 0.10
SAFETY_FROM = 0.35
"""Tier cut-offs on the interview chance: reach < 10 % <= target < 35 % <= safety."""


@dataclass(frozen=True)
class Scores:
    """Everything computed for one applicant over one catalog, as arrays in catalog order."""

    p_interview: FloatArray
    eligibility: Eligibility
    contributions: FloatArray
    points: FloatArray
    top_factors: IntArray

    @property
    def eligible(self) -> BoolArray:
        return ~self.eligibility.excluded


def interview_intercepts(params: ModelParams) -> FloatArray:
    conversion = np.array([params.specialties[s].conversion_intercept for s in SPECIALTIES])
    offset = np.array([params.specialties[s].interview_offset for s in SPECIALTIES])
    slope = params.interview_slope
    intercepts: FloatArray = params.interview_intercept + slope * conversion + offset
    return intercepts


def tiers(p_interview: FloatArray) -> list[str]:
    return [tier(float(p)) for p in p_interview]


def tier(p: float) -> str:
    return "reach" if p < REACH_BELOW else "target" if p < SAFETY_FROM else "safety"


def score(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    params: ModelParams,
    season_year: int = DEFAULT_SEASON_YEAR,
    signaled: BoolArray | None = None,
) -> Scores:
    """Eligibility, interview chance and factor contributions for every program."""
    eligibility = check(profile, arrays, season_year)
    spec = arrays.specialty
    contributions = np.empty((len(arrays), len(FACTORS)))
    contributions[:, : len(APPLICANT_FACTORS)] = applicant_terms(profile, params, season_year)[spec]
    contributions[:, len(APPLICANT_FACTORS) :] = program_terms(profile, arrays, params, eligibility,
                                                               signaled)
    logit = interview_intercepts(params)[spec] + contributions.sum(axis=1)
    p = _sigmoid(logit)
    without = _sigmoid(logit[:, None] - contributions)
    points = 100.0 * (p[:, None] - without)
    p[eligibility.excluded] = 0.0
    top = np.argsort(-np.abs(points), axis=1)[:, :TOP_FACTORS]
    return Scores(p, eligibility, contributions, points, top)


def program_terms(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    params: ModelParams,
    eligibility: Eligibility,
    signaled: BoolArray | None,
) -> FloatArray:
    """Logit terms that depend on the program: shape (n, len(PROGRAM_FACTORS))."""
    t = params.program
    n = len(arrays)
    terms = np.zeros((n, len(PROGRAM_FACTORS)))
    # A program's IMG share says how open it is to IMGs; it says nothing to US graduates.
    if profile.applicant_type not in US_GRADUATE_TYPES:
        terms[:, 0] = np.nan_to_num(t.img_share_slope * (arrays.img_share - t.img_share_center))
    terms[:, 1] = np.nan_to_num(t.log_positions_slope
                                * np.log(np.maximum(arrays.positions, 1.0) / t.positions_center))
    if profile.preferred_states:
        terms[:, 2] = t.preferred_state * np.isin(arrays.state, profile.preferred_states)
    terms[:, 3] = t.per_missed_preference * eligibility.preference_count
    if signaled is not None:
        terms[:, 4] = t.signal * signaled
    return terms


def _sigmoid(x: FloatArray) -> FloatArray:
    out: FloatArray = 1.0 / (1.0 + np.exp(-x))
    return out
