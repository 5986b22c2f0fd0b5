"""The diminishing-returns curve of a plan: P(match) of the best 10, 20, ... programs.

Each point is a prefix of the plan's ranked queue with the signals it would get, chosen as the
plan chooses them, and its application fees, so a user sees what each further ten programs add.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.catalog import FloatArray, IntArray
from engine.fees import specialty_fee
from engine.match import match_weights
from engine.params import ModelParams
from engine.signals import choose_signals

CURVE_STEP = 10


@dataclass(frozen=True)
class CurvePoint:
    """The best list of ``applications`` programs, with the signals it would get (as a plan)."""

    applications: int
    p_match: float
    p_match_without_signals: float
    expected_interviews: float
    cost_usd: int


def signaled(p: FloatArray, params: ModelParams) -> FloatArray:
    """Interview chances with a preference signal: the signal's shift on the logit."""
    logit = np.log(p) - np.log1p(-p)
    return 1.0 / (1.0 + np.exp(-(logit + params.program.signal)))


def curve(
    queue: IntArray,
    p_interview: FloatArray,
    specialty: IntArray,
    q: FloatArray,
    params: ModelParams,
    allowance: dict[int, int],
    planned: int,
) -> list[CurvePoint]:
    """P(match) of the best n-program lists, n = 10, 20, ...: prefixes of the ranked queue, each
    with the signals it would get, as the plan chooses them, and without. The closed form
    1 - exp(-sum of weights) equals the Poisson-binomial result (tested)."""
    head = queue[: min(max(planned, CURVE_STEP), len(queue))]
    p, spec = p_interview[head], specialty[head]
    boosted = signaled(p, params)
    weight = match_weights(p, q[spec])
    gain = match_weights(boosted, q[spec]) - weight
    points = []
    for n in range(CURVE_STEP, len(head) + 1, CURVE_STEP):
        picked = choose_signals(gain[:n], spec[:n], allowance)
        plain = float(weight[:n].sum())
        cost = sum(specialty_fee(c) for c in np.bincount(spec[:n]).tolist())
        points.append(CurvePoint(
            applications=n,
            p_match=float(-np.expm1(-(plain + gain[picked].sum()))),
            p_match_without_signals=float(-np.expm1(-plain)),
            expected_interviews=float(p[:n].sum() + (boosted - p)[picked].sum()),
            cost_usd=int(cost)))
    return points
