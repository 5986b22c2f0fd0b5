"""Per-program recommendations for one applicant: the service's cheap, explainable read path."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.catalog import SPECIALTY_INDEX, CatalogArrays, FloatArray
from engine.eligibility import DEFAULT_SEASON_YEAR, reasons
from engine.explain import Context, Factor, factors
from engine.interview import Scores, score, tier
from engine.params import ModelParams, shipped_params
from engine.strength import conversion_logits, reference_step2
from smartpick.events.models import ApplicantProfile


@dataclass(frozen=True)
class Recommendation:
    program_id: str
    name: str
    specialty: str
    state: str | None
    eligible: bool
    p_interview: float
    tier: str | None
    score: float
    """Chance, in percent, that this one application ends in the match (interview x conversion)."""
    reasons: list[str]
    """Preferred requirements this applicant misses; they lower the chance but do not exclude."""
    exclusion_reasons: list[str]
    factors: list[Factor]


def per_rank_match_chance(
    profile: ApplicantProfile, params: ModelParams, season_year: int = DEFAULT_SEASON_YEAR
) -> FloatArray:
    """q per specialty index: the chance one ranked program matches this applicant."""
    out: FloatArray = 1.0 / (1.0 + np.exp(-conversion_logits(profile, params, season_year)))
    return out


def recommend(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    params: ModelParams | None = None,
    season_year: int = DEFAULT_SEASON_YEAR,
    limit: int | None = None,
) -> list[Recommendation]:
    """Programs of the applicant's specialties (all if none given), best score first,
    ineligible ones last with their exclusion reasons."""
    params = params or shipped_params()
    scores = score(profile, arrays, params, season_year)
    q = per_rank_match_chance(profile, params, season_year)
    value = scores.p_interview * q[arrays.specialty]
    wanted = np.ones(len(arrays), dtype=bool)
    if profile.specialties:
        wanted = np.isin(arrays.specialty, [SPECIALTY_INDEX[s] for s in profile.specialties])
    order = np.flatnonzero(wanted)
    order = order[np.lexsort((-value[order], scores.eligibility.excluded[order]))]
    refs = reference_step2(params)
    return [
        _recommendation(profile, arrays, scores, int(i), float(value[i]), refs, season_year)
        for i in order[:limit]
    ]


def _recommendation(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    scores: Scores,
    i: int,
    value: float,
    refs: FloatArray,
    season_year: int,
) -> Recommendation:
    program = arrays.programs[i]
    eligible = not bool(scores.eligibility.excluded[i])
    context = Context(profile, arrays, i, float(refs[arrays.specialty[i]]), season_year)
    return Recommendation(
        program_id=program.id,
        name=program.name,
        specialty=program.specialty,
        state=program.state,
        eligible=eligible,
        p_interview=float(scores.p_interview[i]),
        tier=tier(float(scores.p_interview[i])) if eligible else None,
        score=100.0 * value,
        reasons=reasons(profile, arrays, i, int(scores.eligibility.preference_misses[i]),
                        season_year),
        exclusion_reasons=reasons(profile, arrays, i, int(scores.eligibility.strict_misses[i]),
                                  season_year),
        factors=factors(scores, context) if eligible else [],
    )
