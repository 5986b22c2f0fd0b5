"""The optimized application list: the programs that maximize P(match) within a budget.

Under the model P(match) = 1 - prod(1 - p_i q_s), so each program carries an additive weight
-log(1 - p_i q_s) and the best list of n programs is the n heaviest; with a dollar budget the
exact allocation across specialties comes from ``allocate``. Signals then go to the programs of
the list where they add most.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from engine.allocate import allocate
from engine.catalog import SPECIALTY_INDEX, CatalogArrays, FloatArray, IntArray
from engine.curve import CurvePoint, curve, signaled
from engine.eligibility import DEFAULT_SEASON_YEAR, reasons
from engine.explain import Context, factors
from engine.fees import fee_of_nth
from engine.interview import Scores, score, tier
from engine.match import ListOutcome, list_outcome, match_weights
from engine.params import ModelParams, shipped_params
from engine.ranges import ChanceRange, interview_ranges, list_ranges, per_rank_ranges
from engine.recommend import per_rank_match_chance
from engine.signals import SIGNALS_BY_SPECIALTY, choose_signals
from engine.strength import fitted_deviations, reference_step2
from smartpick.events.models import ApplicantProfile
from smartpick.events.specialties import SPECIALTIES

NO_SPECIALTY = ("no specialty to plan for: list the specialties you apply in, in your profile "
                "or in the plan's specialties")


@dataclass(frozen=True)
class Request:
    """What to optimize for: at least one of ``applications`` and ``budget_usd``."""

    applications: int | None = None
    budget_usd: int | None = None
    specialties: Sequence[str] = ()
    """Empty: the profile's specialties."""
    must_include: Sequence[str] = ()
    avoid_states: Sequence[str] = ()
    max_per_state: int | None = None
    signals: dict[str, int] | None = None
    """Signals per specialty; ``None``: the ERAS counts of ``signals.SIGNALS_BY_SPECIALTY``."""
    season_year: int = DEFAULT_SEASON_YEAR
    ranges: bool = True
    """80 % ranges of the chances (ranges.py); without them each range is its point, for
    callers that compare points only."""


@dataclass(frozen=True)
class PlannedApplication:
    program_id: str
    name: str
    specialty: str
    state: str | None
    p_interview: float
    tier: str
    cost_usd: int
    signal: bool
    reasons: list[str]
    adds_p_match: float
    """P(match) of the plan minus P(match) without this program (the others as planned)."""
    p_interview_range: ChanceRange


@dataclass(frozen=True)
class SpecialtyChance:
    """One planned specialty's per-rank match chance: what each program ranked in it adds."""

    specialty: str
    per_rank_match: float
    """The chance that any one ranked program of the specialty matches (match.py's q)."""
    per_rank_match_range: ChanceRange


@dataclass(frozen=True)
class Plan:
    applications: list[PlannedApplication]
    p_match: float
    p_match_without_signals: float
    expected_interviews: float
    cost_usd: int
    curve: list[CurvePoint]
    signals: list[str]
    interviews_distribution: list[float]
    p_match_range: ChanceRange
    expected_interviews_range: ChanceRange
    specialties: list[SpecialtyChance] = field(default_factory=list)
    """The per-rank match chance of each specialty planned for, with its 80 % range."""
    warnings: list[str] = field(default_factory=list)


def plan(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    request: Request,
    params: ModelParams | None = None,
) -> Plan:
    params = params or shipped_params()
    if request.applications is None and request.budget_usd is None:
        raise ValueError("give a number of applications or a budget in dollars")
    names = list(request.specialties) or list(profile.specialties)
    warnings: list[str] = []
    if not names:  # a valid profile may have none yet: the plan is empty and says why
        warnings.append(NO_SPECIALTY)
    scores = score(profile, arrays, params, request.season_year)
    q = per_rank_match_chance(profile, params, request.season_year)
    weight = match_weights(scores.p_interview, q[arrays.specialty])
    forced = _must_include(request, arrays, scores, warnings)
    queue = _candidates(request, arrays, scores, weight, names, forced)
    chosen = _select(queue, forced, weight, arrays.specialty, request)
    chosen = chosen[np.argsort(-weight[chosen], kind="stable")]
    allowance = _allowance(request)
    signaled, p_final = _signals(chosen, scores, arrays, params, q, allowance)
    # Best first by what each adds to P(match), signals included: a signaled program of a
    # harder specialty may add more than an unsignaled one of an easier specialty, or less.
    final_weight = match_weights(p_final[chosen], q[arrays.specialty[chosen]])
    order = np.argsort(-final_weight, kind="stable")
    chosen, final_weight = chosen[order], final_weight[order]
    outcome = list_outcome(p_final[chosen], arrays.specialty[chosen], q)
    # What each program adds: P(match) of the list minus P(match) without it, the others as
    # planned. With P = 1 - exp(-W) that is exp(-W) (exp(w) - 1).
    adds = np.exp(-final_weight.sum()) * np.expm1(final_weight)
    plain = list_outcome(scores.p_interview[chosen], arrays.specialty[chosen], q)
    applications = _describe(profile, arrays, scores, params, chosen, signaled, p_final, adds,
                             request)
    deviations = fitted_deviations(profile, params) if request.ranges else None
    spread = (list_ranges(p_final[chosen], arrays.specialty[chosen], q, params, deviations)
              if request.ranges else None)
    return Plan(
        applications=applications,
        p_match=outcome.p_match,
        p_match_without_signals=plain.p_match,
        expected_interviews=outcome.expected_interviews,
        cost_usd=sum(a.cost_usd for a in applications),
        curve=curve(queue, scores.p_interview, arrays.specialty, q, params, allowance,
                     len(chosen)),
        signals=[arrays.ids[i] for i in signaled],
        interviews_distribution=_trimmed(outcome),
        p_match_range=spread.p_match if spread else ChanceRange(outcome.p_match, outcome.p_match),
        expected_interviews_range=(spread.expected_interviews if spread else ChanceRange(
            outcome.expected_interviews, outcome.expected_interviews)),
        specialties=_specialty_chances(names, q, params, deviations, request.ranges),
        warnings=warnings,
    )


def _specialty_chances(names: Sequence[str], q: FloatArray, params: ModelParams,
                       deviations: FloatArray | None, ranges: bool) -> list[SpecialtyChance]:
    """Each planned specialty's per-rank chance; its range widens where the specialty's
    published outcomes are few or absent (ranges.py)."""
    low, high = per_rank_ranges(q, params, deviations) if ranges else (q, q)
    return [SpecialtyChance(name, float(q[i]), ChanceRange(float(low[i]), float(high[i])))
            for name in names if (i := SPECIALTY_INDEX.get(name)) is not None]


def greedy_by_probability(
    scores: Scores, arrays: CatalogArrays, specialties: Sequence[str], budget_usd: int
) -> IntArray:
    """The naive list: highest interview chances first until the money runs out (a baseline)."""
    allowed = np.isin(arrays.specialty, [SPECIALTY_INDEX[s] for s in specialties])
    candidates = np.flatnonzero(allowed & (scores.p_interview > 0))
    counts: dict[int, int] = {}
    chosen = []
    for i in candidates[np.argsort(-scores.p_interview[candidates], kind="stable")]:
        s = int(arrays.specialty[i])
        fee = fee_of_nth(counts.get(s, 0) + 1)
        if fee > budget_usd:
            break
        budget_usd -= fee
        counts[s] = counts.get(s, 0) + 1
        chosen.append(i)
    return np.array(chosen, dtype=np.int64)


def _must_include(
    request: Request, arrays: CatalogArrays, scores: Scores, warnings: list[str]
) -> IntArray:
    forced = []
    for program_id in request.must_include:
        i = arrays.index_of.get(program_id)
        if i is None:
            warnings.append(f"must-include program {program_id} is not in the catalog")
        elif scores.eligibility.excluded[i]:
            warnings.append(f"must-include program {program_id} is left out: you are not eligible")
        else:
            forced.append(i)
    return np.array(sorted(set(forced)), dtype=np.int64)


def _candidates(
    request: Request,
    arrays: CatalogArrays,
    scores: Scores,
    weight: FloatArray,
    names: list[str],
    forced: IntArray,
) -> IntArray:
    """Eligible programs of the chosen specialties outside avoided states, best first, with
    must-include programs at the front and at most ``max_per_state`` per state."""
    ok = np.isin(arrays.specialty, [SPECIALTY_INDEX[s] for s in names]) & (weight > 0)
    ok &= ~np.isin(arrays.state, [s.upper() for s in request.avoid_states])
    ok[forced] = False
    rest = np.flatnonzero(ok)
    order = np.concatenate([forced, rest[np.argsort(-weight[rest], kind="stable")]])
    if request.max_per_state is None:
        return order
    used: dict[str, int] = {}
    kept = []
    for position, i in enumerate(order):
        state = str(arrays.state[i])
        if state and used.get(state, 0) >= request.max_per_state and position >= len(forced):
            continue
        used[state] = used.get(state, 0) + 1
        kept.append(i)
    return np.array(kept, dtype=np.int64)


def _select(
    queue: IntArray, forced: IntArray, weight: FloatArray, specialty: IntArray, request: Request
) -> IntArray:
    if request.budget_usd is None:
        assert request.applications is not None
        return queue[: max(request.applications, len(forced))]
    groups = [queue[specialty[queue] == s] for s in np.unique(specialty[queue])]
    minimum = [int(np.isin(g, forced).sum()) for g in groups]
    counts = allocate([weight[g] for g in groups], minimum, request.budget_usd,
                      request.applications)
    return np.concatenate([g[:k] for g, k in zip(groups, counts, strict=True)] or [queue[:0]])


def _allowance(request: Request) -> dict[int, int]:
    """Signals per specialty index: the request's counts, or the ERAS ones."""
    counts = SIGNALS_BY_SPECIALTY if request.signals is None else request.signals
    return {SPECIALTY_INDEX[s]: n for s, n in counts.items() if n > 0}


def _signals(
    chosen: IntArray,
    scores: Scores,
    arrays: CatalogArrays,
    params: ModelParams,
    q: FloatArray,
    allowance: dict[int, int],
) -> tuple[IntArray, FloatArray]:
    p = scores.p_interview[chosen]
    boosted = signaled(p, params)
    spec = arrays.specialty[chosen]
    gain = match_weights(boosted, q[spec]) - match_weights(p, q[spec])
    picked = chosen[choose_signals(gain, spec, allowance)]
    p_final = scores.p_interview.copy()
    p_final[picked] = boosted[np.isin(chosen, picked)]
    return picked, p_final


def _describe(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    scores: Scores,
    params: ModelParams,
    chosen: IntArray,
    signaled: IntArray,
    p_final: FloatArray,
    adds: FloatArray,
    request: Request,
) -> list[PlannedApplication]:
    refs = reference_step2(params)
    counts: dict[int, int] = {}
    result = []
    low, high = (interview_ranges(p_final[chosen], arrays.specialty[chosen], params,
                                  fitted_deviations(profile, params))
                 if request.ranges else (p_final[chosen], p_final[chosen]))
    for i, added, lo, hi in zip(chosen, adds, low, high, strict=True):
        s = int(arrays.specialty[i])
        counts[s] = counts.get(s, 0) + 1
        context = Context(profile, arrays, int(i), float(refs[s]), request.season_year)
        texts = [f.text for f in factors(scores, context)]
        texts += reasons(profile, arrays, int(i), int(scores.eligibility.preference_misses[i]),
                         request.season_year)
        program = arrays.programs[i]
        result.append(PlannedApplication(
            program_id=program.id,
            name=program.name,
            specialty=SPECIALTIES[s],
            state=program.state,
            p_interview=float(p_final[i]),
            tier=tier(float(p_final[i])),
            cost_usd=fee_of_nth(counts[s]),
            signal=bool(np.isin(i, signaled)),
            reasons=texts,
            adds_p_match=float(added),
            p_interview_range=ChanceRange(float(lo), float(hi)),
        ))
    return result


def _trimmed(outcome: ListOutcome) -> list[float]:
    dist = outcome.interviews_distribution
    keep = int(np.max(np.flatnonzero(dist > 1e-6), initial=0)) + 1
    return [round(float(x), 6) for x in dist[:keep]]
