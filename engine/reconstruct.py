"""Pseudo-applicants rebuilt from published quartiles, the data the strength coefficients fit on.

NRMP publishes, per specialty, quartiles of Step 2 CK, contiguous ranks, research experiences
and publications for matched and unmatched non-US IMGs. We draw each group's variables from a
piecewise-linear quantile function through those quartiles and pair them at random (seeded):
within-group correlations are not published, so they are taken as independent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.catalog import BoolArray, FloatArray, IntArray
from engine.statsfiles import QUARTILE_VARIABLES, Quartiles, SpecialtyOutcomes

PER_GROUP = 64
SEED = 2026
LIMITS = {
    "step2ck": (180.0, 300.0),
    "contiguous_ranks": (1.0, 60.0),
    "research": (0.0, 200.0),
    "publications": (0.0, 1000.0),
}


@dataclass(frozen=True)
class PseudoApplicants:
    specialty: list[str]
    """The specialties present, in order; ``group`` indexes into it."""
    group: IntArray
    step2: FloatArray
    ranks: FloatArray
    research: FloatArray
    publications: FloatArray
    matched: BoolArray
    weight: FloatArray


def reconstruct(outcomes: list[SpecialtyOutcomes]) -> PseudoApplicants:
    rng = np.random.default_rng(SEED)
    columns: dict[str, list[FloatArray]] = {v: [] for v in QUARTILE_VARIABLES}
    group: list[IntArray] = []
    matched: list[BoolArray] = []
    weight: list[FloatArray] = []
    names = [o.specialty for o in outcomes if o.complete]
    for index, outcome in enumerate(o for o in outcomes if o.complete):
        sizes = (outcome.matched, outcome.applicants - outcome.matched)
        quartile_sets = (outcome.matched_quartiles, outcome.unmatched_quartiles)
        for is_matched, size, quartiles in zip((True, False), sizes, quartile_sets, strict=True):
            for v in QUARTILE_VARIABLES:
                q = quartiles[v]
                assert q is not None  # guaranteed by complete
                columns[v].append(rng.permutation(_draw(q, *LIMITS[v])))
            group.append(np.full(PER_GROUP, index))
            matched.append(np.full(PER_GROUP, is_matched))
            weight.append(np.full(PER_GROUP, size / PER_GROUP))
    return PseudoApplicants(
        specialty=names,
        group=np.concatenate(group),
        step2=np.concatenate(columns["step2ck"]),
        ranks=np.asarray(np.round(np.concatenate(columns["contiguous_ranks"])), dtype=np.float64),
        research=np.concatenate(columns["research"]),
        publications=np.concatenate(columns["publications"]),
        matched=np.concatenate(matched),
        weight=np.concatenate(weight),
    )


def _draw(quartiles: Quartiles, low: float, high: float) -> FloatArray:
    """Stratified draws from the quantile function through the quartiles, tails extrapolated."""
    u = (np.arange(PER_GROUP) + 0.5) / PER_GROUP
    q1, median, q3 = quartiles
    values = np.where(
        u < 0.5,
        median + (u - 0.5) * (median - q1) / 0.25,
        median + (u - 0.5) * (q3 - median) / 0.25,
    )
    return np.asarray(np.clip(values, low, high), dtype=np.float64)
