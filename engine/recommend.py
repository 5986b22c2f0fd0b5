"""Per-program recommendations for one applicant: the service's cheap, explainable read path."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.catalog import SPECIALTY_INDEX, CatalogArrays, FloatArray, IntArray
from engine.eligibility import DEFAULT_SEASON_YEAR, reasons
from engine.explain import Context, Factor, factors
from engine.interview import Scores, score, tier
from engine.params import ModelParams, shipped_params
from engine.ranges import ChanceRange, interview_ranges
from engine.strength import conversion_logits, fitted_deviations, reference_step2
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
    p_interview_range: ChanceRange


def per_rank_match_chance(
    profile: ApplicantProfile, params: ModelParams, season_year: int = DEFAULT_SEASON_YEAR
) -> FloatArray:
    """q per specialty index: the chance one ranked program matches this applicant."""
    out: FloatArray = 1.0 / (1.0 + np.exp(-conversion_logits(profile, params, season_year)))
    return out


@dataclass(frozen=True)
class Ranking:
    """The programs of an applicant's specialties, best first, scored for the whole catalog at
    once; a program is explained (reasons, factors) only when it is shown, a page at a time, so
    a list of thousands costs what scoring costs."""

    profile: ApplicantProfile
    arrays: CatalogArrays
    scores: Scores
    value: FloatArray
    order: IntArray
    """Catalog indexes of the wanted programs: eligible ones by score, then ineligible ones."""
    season_year: int
    refs: FloatArray
    p_interview_range: tuple[FloatArray, FloatArray]
    """(low, high) of every program's interview chance, 80 % (ranges.py)."""

    def __len__(self) -> int:
        return len(self.order)

    @property
    def eligible_count(self) -> int:
        return int(np.count_nonzero(~self.scores.eligibility.excluded[self.order]))

    def select(self, eligible: bool | None = None, specialty: str | None = None,
               state: str | None = None, tier_name: str | None = None) -> IntArray:
        """The ranked indexes that pass every given filter, in rank order."""
        keep = np.ones(len(self.order), dtype=bool)
        excluded = self.scores.eligibility.excluded[self.order]
        if eligible is not None:
            keep &= excluded != eligible
        if specialty is not None:
            keep &= self.arrays.specialty[self.order] == SPECIALTY_INDEX.get(specialty, -1)
        if state is not None:
            keep &= self.arrays.state[self.order] == state
        if tier_name is not None:
            tiers = np.array([tier(float(p)) for p in self.scores.p_interview[self.order]])
            keep &= ~excluded & (tiers == tier_name)
        selected: IntArray = self.order[keep]
        return selected

    def explain(self, indexes: IntArray) -> list[Recommendation]:
        low, high = self.p_interview_range
        return [_recommendation(self.profile, self.arrays, self.scores, int(i),
                                float(self.value[i]), self.refs, self.season_year,
                                ChanceRange(float(low[i]), float(high[i])))
                for i in indexes]


def rank(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    params: ModelParams | None = None,
    season_year: int = DEFAULT_SEASON_YEAR,
) -> Ranking:
    """Score the catalog for ``profile``: programs of its specialties (all if none given)."""
    params = params or shipped_params()
    scores = score(profile, arrays, params, season_year)
    q = per_rank_match_chance(profile, params, season_year)
    value = scores.p_interview * q[arrays.specialty]
    wanted = np.ones(len(arrays), dtype=bool)
    if profile.specialties:
        wanted = np.isin(arrays.specialty, [SPECIALTY_INDEX[s] for s in profile.specialties])
    order = np.flatnonzero(wanted)
    order = order[np.lexsort((-value[order], scores.eligibility.excluded[order]))]
    return Ranking(profile, arrays, scores, value, order, season_year, reference_step2(params),
                   interview_ranges(scores.p_interview, arrays.specialty, params,
                                    fitted_deviations(profile, params)))


def recommend(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    params: ModelParams | None = None,
    season_year: int = DEFAULT_SEASON_YEAR,
    limit: int | None = None,
) -> list[Recommendation]:
    """Programs of the applicant's specialties (all if none given), best score first,
    ineligible ones last with their exclusion reasons."""
    ranking = rank(profile, arrays, params, season_year)
    return ranking.explain(ranking.order[:limit])


def _recommendation(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    scores: Scores,
    i: int,
    value: float,
    refs: FloatArray,
    season_year: int,
    p_interview_range: ChanceRange,
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
        p_interview_range=p_interview_range,
    )
