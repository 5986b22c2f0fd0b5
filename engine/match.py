"""Chance of matching: P(match | k contiguous ranks), and for a whole application list.

Each ranked program matches independently with chance q (per specialty and applicant), so
P(match | k ranks) = 1 - (1 - q)^k. For a list, the number of interviews per specialty follows
the exact Poisson-binomial distribution of the per-program interview chances (computed by
convolution, not sampled), and interviews are ranked.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.catalog import FloatArray, IntArray


def poisson_binomial(p: FloatArray) -> FloatArray:
    """P(K = k) for k = 0..n, K the number of successes of independent Bernoulli(p_i)."""
    dist = np.zeros(len(p) + 1)
    dist[0] = 1.0
    for i, pi in enumerate(p, start=1):
        dist[1 : i + 1] = dist[1 : i + 1] * (1.0 - pi) + dist[:i] * pi
        dist[0] *= 1.0 - pi
    return dist


def p_match_given_ranks(q: float, ranks: IntArray | FloatArray | int) -> FloatArray:
    """P(match | k contiguous ranks) for a per-rank match chance q."""
    return np.asarray(1.0 - (1.0 - q) ** np.asarray(ranks, dtype=np.float64), dtype=np.float64)


@dataclass(frozen=True)
class ListOutcome:
    """What a list of applications is expected to bring."""

    p_match: float
    expected_interviews: float
    interviews_distribution: FloatArray
    """P(total interviews = k) over all specialties of the list, k = 0..n."""


def list_outcome(p_interview: FloatArray, specialty: IntArray, q: FloatArray) -> ListOutcome:
    """Exact P(match) of a list; ``q`` holds the per-rank match chance of each specialty index."""
    p_no_match = 1.0
    total = np.ones(1)
    for s in np.unique(specialty):
        dist = poisson_binomial(p_interview[specialty == s])
        k = np.arange(len(dist))
        # Specialties' interview counts are independent, so their no-match chances multiply.
        p_no_match *= float(dist @ (1.0 - q[s]) ** k)
        total = np.convolve(total, dist)
    return ListOutcome(1.0 - p_no_match, float(p_interview.sum()), total)


def match_weights(p_interview: FloatArray, q_of_program: FloatArray) -> FloatArray:
    """-log(1 - p q) per program: P(match) = 1 - exp(-sum of weights), the optimizer's objective."""
    return np.asarray(-np.log1p(-np.clip(p_interview * q_of_program, 0.0, 1.0 - 1e-12)))
