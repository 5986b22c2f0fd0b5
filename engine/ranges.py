"""80 % ranges of every chance, from the uncertainty of each specialty's intercept and of the
fitted strength coefficients.

Each specialty's conversion intercept c_s is uncertain with sd sigma_s (uncertainty.py); the
interview logit carries lambda * c_s, the per-rank match logit c_s itself. The applicant's
fitted terms x_s . b (Step 2 CK, research, publications; x_s from strength.fitted_deviations)
enter both logits once, with sd a_s = sqrt(x_s' Sigma x_s) from the coefficients' covariance
Sigma (coefficient_uncertainty.py): zero for a typical applicant, growing with the distance
from one. The two are independent (different data), so a single program's or specialty's
chance, monotone in its logit, has an exact 80 % range at two sigmoids: the chance at its logit
-/+ 1.28 sqrt(lambda^2 sigma_s^2 + a_s^2) (interview) or sqrt(sigma_s^2 + a_s^2) (per rank).
A list mixes specialties, so its P(match) and expected interviews are evaluated under DRAWS
joint draws of every intercept (independent, since each rests on its own specialty's data) and
of the coefficients (shared by every specialty), vectorised over draws x programs, and the
range is their 10th to 90th percentile, widened if needed to contain the point (a few hundred
draws can put a percentile a hair on the wrong side of it).
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
STRENGTH_SEED = 20
COEFFICIENTS = 3


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


def strength_sds(params: ModelParams, deviations: FloatArray | None) -> FloatArray:
    """a_s per specialty index: sd of the applicant's fitted terms (zero without a covariance
    or without the applicant's deviations)."""
    if deviations is None or not params.strength_covariance:
        return np.zeros(len(SPECIALTIES))
    covariance = np.asarray(params.strength_covariance)
    sds: FloatArray = np.sqrt(np.einsum("si,ij,sj->s", deviations, covariance, deviations))
    return sds


def interview_ranges(
    p_interview: FloatArray, specialty: IntArray, params: ModelParams,
    deviations: FloatArray | None = None,
) -> tuple[FloatArray, FloatArray]:
    """(low, high) of each program's interview chance; an excluded program's 0 stays 0.
    ``deviations``: the applicant's (strength.fitted_deviations), None to leave them out."""
    sd = np.hypot(params.interview_slope * conversion_sds(params),
                  strength_sds(params, deviations))
    return _around(p_interview, RANGE_Z * sd[specialty])


def per_rank_ranges(
    q: FloatArray, params: ModelParams, deviations: FloatArray | None = None
) -> tuple[FloatArray, FloatArray]:
    """(low, high) of the per-rank match chance of each specialty index."""
    return _around(q, RANGE_Z * np.hypot(conversion_sds(params),
                                         strength_sds(params, deviations)))


def list_ranges(
    p_interview: FloatArray, specialty: IntArray, q: FloatArray, params: ModelParams,
    deviations: FloatArray | None = None,
) -> ListRanges:
    """Ranges of a list's P(match) and expected interviews (p, specialty: the listed programs;
    q: the per-rank chance of every specialty index). P(match) = 1 - prod(1 - p q) per draw,
    the identity match.py's tests check against the Poisson-binomial."""
    z = _draws() * conversion_sds(params)  # (DRAWS, specialties)
    fitted = _strength_shifts(params, deviations)  # (DRAWS, specialties), shared coefficients
    p = _shifted(p_interview[None, :], (params.interview_slope * z + fitted)[:, specialty])
    q_of = _shifted(q[None, specialty], (z + fitted)[:, specialty])
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


def _strength_shifts(params: ModelParams, deviations: FloatArray | None) -> FloatArray:
    """x_s . (b - b_hat) per draw and specialty, b - b_hat ~ N(0, Sigma)."""
    if deviations is None or not params.strength_covariance:
        return np.zeros((DRAWS, len(SPECIALTIES)))
    root = np.linalg.cholesky(np.asarray(params.strength_covariance))
    shifts: FloatArray = (_coefficient_draws() @ root.T) @ deviations.T
    return shifts


@cache
def _coefficient_draws() -> FloatArray:
    """Fixed standard normal draws of the coefficients, apart from the intercepts' own."""
    draws: FloatArray = np.random.default_rng(STRENGTH_SEED).standard_normal((DRAWS,
                                                                             COEFFICIENTS))
    return draws


def _shifted(p: FloatArray, shift: FloatArray) -> FloatArray:
    """sigmoid(logit(p) + shift); chances of exactly 0 or 1 stay where they are."""
    inside = (p > 0.0) & (p < 1.0)
    safe = np.where(inside, p, 0.5)
    out: FloatArray = np.where(inside, expit(logit(safe) + shift), p)
    return out
