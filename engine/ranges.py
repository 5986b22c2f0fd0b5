"""80 % ranges of every chance, from the uncertainty of each specialty's intercept.

Each specialty's conversion intercept c_s is uncertain with sd sigma_s (uncertainty.py); the
interview logit carries lambda * c_s, the per-rank match logit c_s itself. A single program's
or specialty's chance is monotone in c_s, so its 80 % range is exact and costs two sigmoids:
the chance at c_s -/+ 1.28 sigma_s. A list mixes specialties, so its P(match) and expected
interviews are evaluated under DRAWS joint draws of every intercept (independent, since each
rests on its own specialty's data), vectorised over draws x programs, and the range is their
10th to 90th percentile, widened if needed to contain the point (a few hundred draws can put a
percentile a hair on the wrong side of it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from scipy.special import expit, logit

from engine.catalog import FloatArray, IntArray
from engine.params import ModelParams
from smartpick.events.specialties import SPECIALTIES

RANGE_Z = 1.2815515655446004
"""The standard normal's 90th percentile: an 80 % central interval is +/- this many sds."""
DRAWS = 256
SEED = 19


@dataclass(frozen=True)
class ChanceRange:
    """The central 80 % interval of a chance (or of an expected count)."""

    low: float
    high: float


@dataclass(frozen=True)
class ListRanges:
    p_match: ChanceRange
    expected_interviews: ChanceRange


def conversion_sds(params: ModelParams) -> FloatArray:
    """sigma_s per specialty index."""
    return np.array([params.specialties[s].conversion_sd for s in SPECIALTIES])


def interview_ranges(
    p_interview: FloatArray, specialty: IntArray, params: ModelParams
) -> tuple[FloatArray, FloatArray]:
    """(low, high) of each program's interview chance; an excluded program's 0 stays 0."""
    shift = RANGE_Z * params.interview_slope * conversion_sds(params)[specialty]
    return _around(p_interview, shift)


def per_rank_ranges(q: FloatArray, params: ModelParams) -> tuple[FloatArray, FloatArray]:
    """(low, high) of the per-rank match chance of each specialty index."""
    return _around(q, RANGE_Z * conversion_sds(params))


def list_ranges(
    p_interview: FloatArray, specialty: IntArray, q: FloatArray, params: ModelParams
) -> ListRanges:
    """Ranges of a list's P(match) and expected interviews (p, specialty: the listed programs;
    q: the per-rank chance of every specialty index). P(match) = 1 - prod(1 - p q) per draw,
    the identity match.py's tests check against the Poisson-binomial."""
    z = _draws() * conversion_sds(params)  # (DRAWS, specialties)
    p = _shifted(p_interview[None, :], params.interview_slope * z[:, specialty])
    q_of = _shifted(q[None, specialty], z[:, specialty])
    p_match = -np.expm1(np.log1p(-np.clip(p * q_of, 0.0, 1.0 - 1e-12)).sum(axis=1))
    point_match = float(-np.expm1(np.log1p(-np.clip(p_interview * q[specialty], 0.0,
                                                         1.0 - 1e-12)).sum()))
    return ListRanges(_range(p_match, point_match),
                      _range(p.sum(axis=1), float(p_interview.sum())))


def _range(values: FloatArray, point: float) -> ChanceRange:
    low, high = np.quantile(values, [0.1, 0.9]) if len(values) else (point, point)
    return ChanceRange(min(float(low), point), max(float(high), point))


def _around(p: FloatArray, shift: FloatArray) -> tuple[FloatArray, FloatArray]:
    """(low, high) at logit -/+ shift, holding p itself against rounding at tiny shifts."""
    return np.minimum(_shifted(p, -shift), p), np.maximum(_shifted(p, shift), p)


@cache
def _draws() -> FloatArray:
    """Fixed standard normal draws, so a plan's range is the same on every call."""
    draws: FloatArray = np.random.default_rng(SEED).standard_normal((DRAWS, len(SPECIALTIES)))
    return draws


def _shifted(p: FloatArray, shift: FloatArray) -> FloatArray:
    """sigmoid(logit(p) + shift); chances of exactly 0 or 1 stay where they are."""
    inside = (p > 0.0) & (p < 1.0)
    safe = np.where(inside, p, 0.5)
    out: FloatArray = np.where(inside, expit(logit(safe) + shift), p)
    return out
