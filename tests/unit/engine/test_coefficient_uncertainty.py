"""The strength coefficients' bootstrap covers the truth in a simulated world about 80 % of the
time (issue 19: ranges from the parameters' uncertainty, checked against known parameters)."""

from __future__ import annotations

import numpy as np

from engine.calibration import fit_strength
from engine.coefficient_uncertainty import bootstrap_covariance
from engine.ranges import RANGE_Z
from engine.reconstruct import PseudoApplicants

TRUE = np.array([0.38, 0.38, 0.3])
"""Step 2 CK per 10 points, research and publications (log); away from the fit's bound at 0,
where a bootstrap of a bounded estimate says little (the shipped publications one: 0.018)."""
INTERCEPTS = np.array([-1.4, -0.9, -1.7])
APPLICANTS = 300
"""Per specialty; the large published groups pin the coefficients far more tightly."""
REF = 240.0


def _world(rng: np.random.Generator) -> PseudoApplicants:
    """Applicants drawn from the model itself, each a pseudo-applicant of weight 1."""
    n = APPLICANTS * len(INTERCEPTS)
    group = np.repeat(np.arange(len(INTERCEPTS)), APPLICANTS)
    step2 = REF + 12.0 * rng.standard_normal(n)
    research, publications = rng.poisson(3.0, n).astype(float), rng.poisson(3.0, n).astype(float)
    ranks = rng.poisson(3.0, n).astype(np.float64) + 1.0
    x = np.column_stack([(step2 - REF) / 10.0, np.log1p(research) - np.log1p(3.0),
                         np.log1p(publications) - np.log1p(3.0)])
    q = 1.0 / (1.0 + np.exp(-(INTERCEPTS[group] + x @ TRUE)))
    matched = rng.random(n) < 1.0 - (1.0 - q) ** ranks
    return PseudoApplicants([f"S{i}" for i in range(len(INTERCEPTS))], group, step2, ranks,
                            research, publications, matched, np.ones(n))


def test_bootstrap_intervals_cover_the_true_coefficients_about_80_percent() -> None:
    rng = np.random.default_rng(19)
    refs = {f"S{i}": REF for i in range(len(INTERCEPTS))}
    covered = []
    for _ in range(20):
        world = _world(rng)
        estimate, _ = fit_strength(world, refs)
        sd = np.sqrt(np.diag(bootstrap_covariance(world, refs, 15, rng)))
        covered.extend(np.abs(estimate - TRUE) <= RANGE_Z * sd)
    # 70 % with this seed, at the bottom of the range: research and publications are covered
    # less often than Step 2 CK (docs/model.md, "The strength coefficients").
    assert 0.7 <= np.mean(covered) <= 0.9
