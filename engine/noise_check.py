"""Judges a leave-specialties-out validation against the sampling noise of the published rates.

Small specialties publish noisy rates, so a perfect model still misses them by about 6 pp on
average; these figures say whether the misses are larger than that noise (issue 19, point 3).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.noise import deviance, deviance_under_noise, standard_error, z_score
from engine.predictive import fold_error, model_spread, predictive_interval
from engine.validation import HeldOut, Validation

MAX_MEAN_ABS_Z = 1.2
"""Noise alone gives sqrt(2/pi) ~ 0.8; the target leaves room for the model's own error."""
MIN_SHARE_INSIDE = 14 / 16
"""At least 14 of 16 published rates inside their 95 % predictive interval."""
SEED = 2026


@dataclass(frozen=True)
class NoiseRow:
    """One held-out specialty judged against the noise of its published rate."""

    held_out: HeldOut
    standard_error: float
    z: float
    interval: tuple[float, float]
    deviance: float
    noise_deviance: float
    """What a model knowing the true rate would score on average (true rate ~ published)."""
    noise_deviance_variance: float

    @property
    def inside(self) -> bool:
        low, high = self.interval
        return low <= self.held_out.published <= high


@dataclass(frozen=True)
class NoiseCheck:
    rows: list[NoiseRow]
    mae_pp: float
    noise_floor_pp: float
    model_spread: float
    """The model's error beyond noise on the logit scale, estimated from every fold at once."""

    @property
    def mean_abs_z(self) -> float:
        return float(np.mean([abs(r.z) for r in self.rows]))

    @property
    def inside(self) -> int:
        return sum(r.inside for r in self.rows)

    @property
    def deviance(self) -> float:
        return sum(r.deviance for r in self.rows)

    @property
    def noise_deviance(self) -> tuple[float, float]:
        """Mean and standard deviation of the total deviance under sampling noise alone."""
        variance = sum(r.noise_deviance_variance for r in self.rows)
        return sum(r.noise_deviance for r in self.rows), math.sqrt(variance)

    @property
    def z_target_met(self) -> bool:
        return self.mean_abs_z <= MAX_MEAN_ABS_Z

    @property
    def inside_needed(self) -> int:
        return math.ceil(MIN_SHARE_INSIDE * len(self.rows) - 1e-9)

    @property
    def inside_target_met(self) -> bool:
        return self.inside >= self.inside_needed


def check_against_noise(validation: Validation, level: float = 0.95) -> NoiseCheck:
    """Each specialty's interval takes its model error from the other folds only, never its own."""
    held = validation.held_out
    if len(held) < 2:
        raise ValueError("judging against noise needs at least two held-out specialties")
    errors = [fold_error(h.matched, h.applicants, h.predicted) for h in held]
    rng = np.random.default_rng(SEED)
    rows = []
    for i, h in enumerate(held):
        mean, variance = deviance_under_noise(h.applicants, h.published)
        rows.append(NoiseRow(
            held_out=h,
            standard_error=standard_error(h.matched, h.applicants),
            z=z_score(h.predicted, h.matched, h.applicants),
            interval=predictive_interval(h.predicted, h.applicants, errors[:i] + errors[i + 1:],
                                         rng, level),
            deviance=float(deviance(h.matched, h.applicants, h.predicted)),
            noise_deviance=mean,
            noise_deviance_variance=variance,
        ))
    spread = model_spread(np.array([[e.residual for e in errors]]),
                          np.array([[e.noise_variance for e in errors]]))
    return NoiseCheck(rows, validation.mae_pp, validation.noise_floor_pp, float(spread[0]))
