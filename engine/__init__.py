"""Smart Pick engine: eligibility, interview and match chances, and optimized application lists.

A pure library (numpy, no I/O at run time). Public API for services:

    from engine import (
        CatalogArrays, recommend, plan, Request, chance, what_if, shipped_params,
    )

    arrays = CatalogArrays.from_programs(programs)    # once per catalog; reuse for every applicant
    recs = recommend(profile, arrays, limit=50)       # list[Recommendation]: eligible, p_interview,
                                                      # tier, score, reasons, exclusion_reasons,
                                                      # factors (signed, in plain words)
    result = plan(profile, arrays, Request(applications=120, budget_usd=2000))
                                                      # Plan: ordered applications (tier, reasons,
                                                      # cost), p_match, expected_interviews,
                                                      # curve, signals
    answer = chance(profile, "Internal Medicine", ranks=6)   # P(match | k contiguous ranks)
    deltas = what_if(profile, arrays, Request(applications=80))

The fastest path is ``score(profile, arrays, params)``: arrays only (chances, exclusion bits,
factor contributions in points, top factors), for the whole catalog in a few milliseconds.
Parameters: ``shipped_params()`` (params_v1.json) or ``load_params(path)``; learning from
reported outcomes: ``learning.refit``. The method is in docs/model.md.
"""

from engine.catalog import CatalogArrays
from engine.chance import Chance, chance
from engine.eligibility import DEFAULT_SEASON_YEAR
from engine.interview import Scores, score
from engine.optimizer import Plan, PlannedApplication, Request, plan
from engine.params import ModelParams, load_params, shipped_params
from engine.recommend import Ranking, Recommendation, rank, recommend
from engine.whatif import what_if

__all__ = [
    "DEFAULT_SEASON_YEAR",
    "CatalogArrays",
    "Chance",
    "ModelParams",
    "Plan",
    "PlannedApplication",
    "Ranking",
    "Recommendation",
    "Request",
    "Scores",
    "chance",
    "load_params",
    "plan",
    "rank",
    "recommend",
    "score",
    "shipped_params",
    "what_if",
]
