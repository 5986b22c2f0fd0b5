"""How uncertain the fitted strength coefficients (Step 2 CK, research, publications) are.

They are fitted to pseudo-applicants rebuilt from the published quartiles, each group weighted
by its published count (calibration.py). That count is a sample of applicants, so the
bootstrap redraws it: each group's n applicants are drawn again, with replacement, from its
pseudo-applicants, the coefficients are refitted, and their covariance over the redraws is what
the 80 % ranges carry (ranges.py). It leaves out what the quartiles cannot tell (the shape
between them, the correlations between variables): see docs/model.md, "What the ranges leave out".
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from engine.calibration import fit_strength, reference_step2, step2_offset
from engine.catalog import FloatArray
from engine.reconstruct import PseudoApplicants, reconstruct
from engine.statsfiles import SpecialtyFeatures, SpecialtyOutcomes

REDRAWS = 60
"""About 0.35 s of CPU each; enough for a covariance whose sds are good to about 10 %."""
SEED = 2026


def strength_covariance(
    outcomes: dict[str, SpecialtyOutcomes], features: dict[str, SpecialtyFeatures],
    redraws: int = REDRAWS,
) -> list[list[float]]:
    """Covariance of (Step 2 CK per 10 points, research, publications), rounded for storage."""
    rows = list(outcomes.values())
    refs = reference_step2(features, step2_offset(features, rows))
    pseudo = reconstruct([o for o in rows if o.complete])
    covariance = bootstrap_covariance(pseudo, refs, redraws, np.random.default_rng(SEED))
    return [[round(float(c), 7) for c in row] for row in covariance]


def bootstrap_covariance(
    pseudo: PseudoApplicants, refs: dict[str, float], redraws: int, rng: np.random.Generator
) -> FloatArray:
    """Each specialty's matched and unmatched group keeps its size (its weight, the published
    count) and redraws its members with replacement; the coefficients are refitted each time."""
    group = pseudo.group * 2 + pseudo.matched.astype(np.int64)
    members = [np.flatnonzero(group == g) for g in np.unique(group)]
    fitted = []
    for _ in range(redraws):
        weight = np.empty_like(pseudo.weight)
        for index in members:
            applicants = round(float(pseudo.weight[index].sum()))
            weight[index] = rng.multinomial(applicants, np.full(len(index), 1.0 / len(index)))
        fitted.append(fit_strength(replace(pseudo, weight=weight), refs)[0])
    covariance: FloatArray = np.cov(np.array(fitted).T)
    return covariance
