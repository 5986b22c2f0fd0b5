"""Leave-specialties-out validation: can the model predict a specialty it has never seen?

Each specialty with published outcomes is held out in turn; everything (strength coefficients,
interview link, feature model) is refitted on the others, and the held-out specialty's non-US
IMG match rate is predicted from its features alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.calibration import fit, population_rate
from engine.coefficient_uncertainty import strength_covariance
from engine.params import ModelParams
from engine.predictive import fold_error, model_spread
from engine.statsfiles import SpecialtyFeatures, SpecialtyOutcomes, Statistics
from engine.uncertainty import with_spreads


@dataclass(frozen=True)
class HeldOut:
    specialty: str
    applicants: int
    published: float
    predicted: float
    in_sample: float
    """The shipped model's rate for this specialty (fitted with it, after shrinkage)."""

    @property
    def matched(self) -> int:
        """The published count behind the rate (the rate is matched / applicants exactly)."""
        return round(self.published * self.applicants)


@dataclass(frozen=True)
class Validation:
    held_out: list[HeldOut]

    @property
    def error_beyond_noise(self) -> float:
        """tau: how far held-out predictions miss on the rate's logit scale beyond the noise of
        the published rates (Paule-Mandel over the folds, predictive.py)."""
        errors = [fold_error(h.matched, h.applicants, h.predicted) for h in self.held_out]
        return float(model_spread(np.array([[e.residual for e in errors]]),
                                  np.array([[e.noise_variance for e in errors]]))[0])

    @property
    def mae_pp(self) -> float:
        return 100.0 * float(np.mean([abs(h.predicted - h.published) for h in self.held_out]))

    @property
    def weighted_mae_pp(self) -> float:
        """Weighted by applicants: the error an average applicant sees."""
        errors = [abs(h.predicted - h.published) for h in self.held_out]
        return 100.0 * float(np.average(errors, weights=[h.applicants for h in self.held_out]))

    @property
    def noise_floor_pp(self) -> float:
        """Expected MAE of a perfect model, from binomial sampling noise of the published rates."""
        return 100.0 * float(np.mean([
            math.sqrt(2.0 / math.pi * h.published * (1.0 - h.published) / h.applicants)
            for h in self.held_out
        ]))

    def summary(self) -> dict[str, float]:
        """The figures a parameter set records about itself (its ``validation`` field)."""
        return {
            "leave_specialties_out_mae_pp": round(self.mae_pp, 2),
            "leave_specialties_out_weighted_mae_pp": round(self.weighted_mae_pp, 2),
            "sampling_noise_floor_pp": round(self.noise_floor_pp, 2),
            "held_out_specialties": float(len(self.held_out)),
        }

    def perfect_model_share_below(self, target_pp: float, draws: int = 20_000) -> float:
        """How often a model that knew every true rate would score an MAE under ``target_pp``.

        The published rates are draws: each specialty's n applicants match or not. Taking the
        published rates as the true ones, this redraws them (binomial, fixed seed) and scores the
        true rates against each redraw, so it says how much luck a target needs.
        """
        n = np.array([h.applicants for h in self.held_out])
        rate = np.array([h.published for h in self.held_out])
        redrawn = np.random.default_rng(2026).binomial(n, rate, size=(draws, len(n))) / n
        mae_pp = 100.0 * np.abs(redrawn - rate).mean(axis=1)
        return float((mae_pp < target_pp).mean())


def leave_specialties_out(
    outcomes: dict[str, SpecialtyOutcomes],
    features: dict[str, SpecialtyFeatures],
    only: list[str] | None = None,
    full: ModelParams | None = None,
) -> Validation:
    """Hold out every specialty with outcomes (or just ``only``), one at a time; ``full`` is the
    fit on all of them, if the caller made it already."""
    full = full or fit(outcomes, features, "validation").params
    held_out = []
    for specialty, outcome in outcomes.items():
        if only is not None and specialty not in only:
            continue
        others = {s: o for s, o in outcomes.items() if s != specialty}
        trained = fit(others, features, "validation")
        p = trained.params
        n = p.specialties[specialty].typical_applications
        predicted = population_rate(trained.feature_intercepts[specialty], p.interview_intercept,
                                    p.interview_slope, n, p.population_sd, p.interview_sd)
        in_sample = population_rate(full.specialties[specialty].conversion_intercept,
                                    full.interview_intercept, full.interview_slope, n,
                                    full.population_sd, full.interview_sd)
        held_out.append(HeldOut(specialty, outcome.applicants, outcome.match_rate, predicted,
                                in_sample))
    return Validation(held_out)


def validated_fit(statistics: Statistics, version: str) -> tuple[ModelParams, Validation]:
    """The full fit, carrying its own leave-specialties-out figures and its season's sources."""
    outcomes, features = statistics.outcomes, statistics.features
    params = fit(outcomes, features, version, statistics.season).params
    validation = leave_specialties_out(outcomes, features, full=params)
    params = with_spreads(params, outcomes, validation.error_beyond_noise)
    update = {"validation": validation.summary(),
              "strength_covariance": strength_covariance(outcomes, features)}
    return params.model_copy(update=update), validation
