"""How uncertain each specialty's conversion intercept is: the spread its 80 % ranges come from.

An approximate posterior, one standard deviation per specialty, worked out on the logit scale
of the specialty's match rate and carried to its intercept by the calibration's local slope:

- The feature model misses a specialty it has not seen by tau: Paule-Mandel over the
  leave-specialties-out folds (predictive.py), so the error is measured out of sample.
- A specialty's own published count (k of n matched) pins its rate with the binomial variance
  v = 1/(k + 1/2) + 1/(n - k + 1/2).
- The shipped intercept mixes the two with trust t = n / (n + 30) (calibration.py), so its error
  has variance t^2 v + (1 - t)^2 tau^2. That variance can *grow* with n at small n and extreme
  rates (a tiny count is noisier than the features but still gets some weight), so the spread
  used is the largest the estimator has at this or any larger n, capped at tau: a specialty's
  range never narrows as its data shrink, and one predicted from features alone is the widest.
"""

from __future__ import annotations

import math

from engine.calibration import SHRINK_APPLICANTS, population_rate
from engine.params import ModelParams, SpecialtyParams
from engine.statsfiles import SpecialtyOutcomes

SLOPE_STEP = 0.01
"""Intercept step of the numerical slope d logit(rate) / d intercept."""


def rate_logit_sd(matched: int, applicants: int, tau: float) -> float:
    """Sd of the shipped estimate on the rate's logit scale; ``tau`` alone without a count."""
    if applicants == 0:
        return tau
    v = 1.0 / (matched + 0.5) + 1.0 / (applicants - matched + 0.5)
    a = v * applicants  # v = a / n for a fixed rate
    s = SHRINK_APPLICANTS
    # (a n + s^2 tau^2) / (n + s)^2, the estimator's variance, peaks at n* = s - 2 s^2 tau^2 / a.
    n = max(float(applicants), s - 2.0 * s * s * tau * tau / a)
    variance = (a * n + s * s * tau * tau) / (n + s) ** 2
    return min(math.sqrt(variance), tau)


def rate_logit_slope(params: ModelParams, specialty: SpecialtyParams) -> float:
    """d logit(population match rate) / d intercept at the specialty's intercept."""
    def rate_logit(c: float) -> float:
        r = population_rate(c, params.interview_intercept, params.interview_slope,
                            specialty.typical_applications, params.population_sd,
                            params.interview_sd)
        return math.log(r / (1.0 - r))

    c = specialty.conversion_intercept
    return (rate_logit(c + SLOPE_STEP) - rate_logit(c - SLOPE_STEP)) / (2.0 * SLOPE_STEP)


def with_spreads(
    params: ModelParams, outcomes: dict[str, SpecialtyOutcomes], tau: float
) -> ModelParams:
    """``params`` with each specialty's ``conversion_sd`` set from its count and ``tau``."""
    specialties = {}
    for name, specialty in params.specialties.items():
        o = outcomes.get(name)
        sd = rate_logit_sd(o.matched, o.applicants, tau) if o else tau
        spread = sd / rate_logit_slope(params, specialty)
        specialties[name] = specialty.model_copy(update={"conversion_sd": round(spread, 4)})
    return params.model_copy(update={"specialties": specialties,
                                     "intercept_error_tau": round(tau, 4)})
