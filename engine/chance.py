"""The quick question: my chance of matching in one specialty with k contiguous ranks."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.catalog import SPECIALTY_INDEX
from engine.eligibility import DEFAULT_SEASON_YEAR
from engine.match import p_match_given_ranks
from engine.params import ModelParams, shipped_params
from engine.ranges import ChanceRange, per_rank_ranges
from engine.recommend import per_rank_match_chance
from engine.strength import fitted_deviations
from smartpick.events.models import ApplicantProfile

CURVE_RANKS = 15


@dataclass(frozen=True)
class Chance:
    specialty: str
    ranks: int
    p_match: float
    per_rank: float
    """The chance that any one ranked program matches."""
    by_ranks: list[float]
    """P(match | k ranks) for k = 1..15."""
    params_version: str
    per_rank_range: ChanceRange
    p_match_range: ChanceRange
    """80 % ranges (ranges.py); P(match | k) is monotone in q, so its range is q's, carried."""


def chance(
    profile: ApplicantProfile,
    specialty: str,
    ranks: int,
    params: ModelParams | None = None,
    season_year: int = DEFAULT_SEASON_YEAR,
) -> Chance:
    params = params or shipped_params()
    index = SPECIALTY_INDEX[specialty]
    all_q = per_rank_match_chance(profile, params, season_year)
    q = float(all_q[index])
    deviations = fitted_deviations(profile, params)
    low, high = (float(x[index]) for x in per_rank_ranges(all_q, params, deviations))
    curve = p_match_given_ranks(q, np.arange(1, CURVE_RANKS + 1))
    return Chance(specialty, ranks, float(p_match_given_ranks(q, ranks)), q,
                  [round(float(x), 4) for x in curve], params.version, ChanceRange(low, high),
                  ChanceRange(float(p_match_given_ranks(low, ranks)),
                              float(p_match_given_ranks(high, ranks))))
