"""Chance of an interview at every program of the catalog at once, with its top signed factors.

logit p = specialty interview intercept + applicant terms (strength.py) + program terms
          + the program's learned effect (program_effects.py; none in a published fit).
The top factors are the largest logit contributions; each is shown in points, p minus the
chance without that factor, so it reads as "what this changes for you here".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.catalog import BoolArray, CatalogArrays, EffectArrays, FloatArray, IntArray
from engine.eligibility import (
    DEFAULT_SEASON_YEAR,
    US_GRADUATE_TYPES,
    Eligibility,
    check,
)
from engine.params import ModelParams
from engine.strength import APPLICANT_FACTORS, applicant_terms
from smartpick.events.models import ApplicantProfile
from smartpick.events.specialties import SPECIALTIES

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
    top_factors: IntArray
    """(n, TOP_FACTORS) factor indices, largest absolute logit contribution first."""
    top_points: FloatArray
    """(n, TOP_FACTORS) their effects in percentage points."""
    effects: EffectArrays | None = None
    """The learned program effects of the parameters, if any, in catalog order; their points
    are worked out only for the programs explained (explain.py)."""

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
    """Eligibility, interview chance and top factors for every program."""
    eligibility = check(profile, arrays, season_year)
    spec = arrays.specialty
    applicant = applicant_terms(profile, params, season_year)
    factors, program = program_terms(profile, arrays, params, eligibility, signaled)
    logit = (interview_intercepts(params) + applicant.sum(axis=1))[spec] + program.sum(axis=0)
    effects = arrays.effect_arrays(params.program_effects)
    if effects is not None:
        logit += effects.logit
    p = _sigmoid(logit)
    top, values = _top_factors(applicant, factors, program, spec)
    points = 100.0 * (p[:, None] - _sigmoid(logit[:, None] - values))
    p[eligibility.excluded] = 0.0
    return Scores(p, eligibility, top, points, effects)


def _top_factors(
    applicant: FloatArray, factors: IntArray, program: FloatArray, spec: IntArray
) -> tuple[IntArray, FloatArray]:
    """(n, TOP_FACTORS) factor indices and logit contributions, largest first.

    The candidates of a program are its specialty's top applicant terms (the same for the
    whole specialty, so sorted once per specialty) and its few program terms. Sorting each
    program's candidates costs microseconds apiece; instead each candidate becomes one int64
    key, its |contribution|'s bits (which order like the floats) with the low 4 bits replaced
    by its position, so that keys never tie and lower positions (lower factor indices) win,
    as in a stable sort. Keeping the top keys then takes only np.maximum and np.minimum over
    whole columns. Values closer than 2^-48 relative count as tied.
    """
    order = np.argsort(-np.abs(applicant), axis=1, kind="stable")[:, :TOP_FACTORS]
    best = np.take_along_axis(applicant, order, axis=1)
    n, width = len(spec), TOP_FACTORS + len(factors)
    candidates = np.empty((width, n))
    np.take(np.ascontiguousarray(best.T), spec, axis=1, out=candidates[:TOP_FACTORS])
    candidates[TOP_FACTORS:] = program
    tie_break = np.int64(_POSITION_BITS) - np.arange(width)
    top_keys = _keys(best.T, tie_break[:TOP_FACTORS, None])
    keys = [top_keys[k][spec] for k in range(TOP_FACTORS)]
    for column, tie in zip(program, tie_break[TOP_FACTORS:].tolist(), strict=True):
        key = _keys(column, np.int64(tie))
        # Insert into the sorted slots, last slot first, each from the old slot above it.
        for k in range(TOP_FACTORS - 1, 0, -1):
            np.maximum(keys[k], np.minimum(keys[k - 1], key), out=keys[k])
        np.maximum(keys[0], key, out=keys[0])
    position = _POSITION_BITS - (np.stack(keys) & _POSITION_BITS)
    # Factor index per (specialty, position): the specialty's top applicant factors, then
    # the program factors.
    table = np.concatenate([order, np.broadcast_to(factors, (len(order), len(factors)))], axis=1)
    index = table.reshape(-1)[spec * width + position]
    values = candidates.reshape(-1)[position * n + np.arange(n)]
    return index.T, values.T


_POSITION_BITS = 15
"""Low mantissa bits that hold a candidate's position in a key (at most 16 candidates)."""


def _keys(contributions: FloatArray, tie_break: IntArray | np.int64) -> IntArray:
    """Order-preserving int64 keys of |contributions|, low bits replaced by ``tie_break``."""
    bits = np.abs(contributions).view(np.int64)
    keys: IntArray = (bits & ~np.int64(_POSITION_BITS)) | tie_break
    return keys


def program_terms(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    params: ModelParams,
    eligibility: Eligibility,
    signaled: BoolArray | None,
) -> tuple[IntArray, FloatArray]:
    """The program factors that apply to this applicant (indices into FACTORS, ascending, so
    that ties rank as in factor order) and their logit terms, one row per factor, shape
    (len(indices), n);
    factors that are zero everywhere are left out."""
    t = params.program
    first = len(APPLICANT_FACTORS)
    img_share, positions = arrays.img_share_and_positions_terms(t)
    columns: list[np.ndarray[Any, Any]] = []
    factors = []
    # A program's IMG share says how open it is to IMGs; it says nothing to US graduates.
    if profile.applicant_type not in US_GRADUATE_TYPES:
        columns.append(img_share)
        factors.append(first)
    columns.append(positions)
    factors.append(first + 1)
    if profile.preferred_states:
        columns.append(t.preferred_state * np.isin(arrays.state, profile.preferred_states))
        factors.append(first + 2)
    if eligibility.preference_count.any():
        columns.append(t.per_missed_preference * eligibility.preference_count)
        factors.append(first + 3)
    if signaled is not None:
        columns.append(t.signal * signaled)
        factors.append(first + 4)
    return np.array(factors, dtype=np.int64), np.stack(columns)


def _sigmoid(x: FloatArray) -> FloatArray:
    out: FloatArray = 1.0 / (1.0 + np.exp(-x))
    return out
