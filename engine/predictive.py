"""The predictive interval of a held-out specialty's published rate: model error from the other
leave-out folds, sampling noise from the binomial, together.

How far the model misses a specialty it has not seen is measured by the folds that held out the
others (each an out-of-sample error, fitted-parameter noise included). Their errors on the logit
scale, r_t, are part model error (spread tau) and part the binomial noise of their own published
rates (variance v_t), so tau^2 solves sum r_t^2 / (v_t + tau^2) = m (the Paule-Mandel estimator,
not centred: a bias of the model counts as error). The folds are resampled with replacement and
tau re-estimated each time, so a tau guessed from 15 specialties carries its own uncertainty.
The specialty's true logit is then drawn around its prediction with that tau, and its published
count from the binomial; the interval holds the central share of those draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.special import expit, logit

from engine.catalog import FloatArray

RESAMPLES = 4_000
DRAWS_PER_RESAMPLE = 5
"""20,000 draws of the published rate; tau, the slow part, is estimated once per resample."""
BISECTION_STEPS = 40


@dataclass(frozen=True)
class FoldError:
    """One held-out specialty's miss on the logit scale, and how much of it noise can explain."""

    residual: float
    noise_variance: float


def fold_error(matched: int, applicants: int, predicted: float) -> FoldError:
    """The empirical logit (k + 1/2) / (n - k + 1/2) stays finite when none or all matched."""
    top, bottom = matched + 0.5, applicants - matched + 0.5
    return FoldError(float(np.log(top / bottom) - logit(predicted)), 1.0 / top + 1.0 / bottom)


def model_spread(residuals: FloatArray, noise_variances: FloatArray) -> FloatArray:
    """tau per row: Paule-Mandel, sum r^2 / (v + tau^2) = m, by bisection over every row at once
    (zero when noise alone explains the errors)."""
    squares = residuals**2
    low = np.zeros(len(residuals))
    high = squares.mean(axis=1)  # there the sum is at most m, so the root lies below
    for _ in range(BISECTION_STEPS):
        middle = (low + high) / 2.0
        too_small = (squares / (noise_variances + middle[:, None])).sum(axis=1) > squares.shape[1]
        low, high = np.where(too_small, middle, low), np.where(too_small, high, middle)
    spread: FloatArray = np.sqrt((low + high) / 2.0)
    return spread


def predictive_interval(
    predicted: float,
    applicants: int,
    others: Sequence[FoldError],
    rng: np.random.Generator,
    level: float = 0.95,
) -> tuple[float, float]:
    """Central ``level`` interval of the rate a publication of ``applicants`` would show."""
    if not others:
        raise ValueError("a predictive interval needs the errors of other held-out specialties")
    residuals = np.array([f.residual for f in others])
    variances = np.array([f.noise_variance for f in others])
    picks = rng.integers(0, len(others), size=(RESAMPLES, len(others)))
    tau = np.repeat(model_spread(residuals[picks], variances[picks]), DRAWS_PER_RESAMPLE)
    true_rates = expit(logit(predicted) + tau * rng.standard_normal(len(tau)))
    published = rng.binomial(applicants, true_rates) / applicants
    low, high = np.quantile(published, [(1 - level) / 2, (1 + level) / 2], method="inverted_cdf")
    return float(low), float(high)
