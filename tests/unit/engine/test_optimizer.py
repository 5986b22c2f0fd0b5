"""The optimized list: budgets, fees, constraints, signals and its guarantees."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.catalog import CatalogArrays
from engine.fees import max_affordable, specialty_fee
from engine.interview import score
from engine.match import list_outcome
from engine.optimizer import Request, greedy_by_probability, plan
from engine.params import shipped_params
from engine.recommend import per_rank_match_chance
from smartpick.events.specialties import SPECIALTIES
from tests.unit.engine.builders import catalog, profile

PARAMS = shipped_params()
TWO = ("Internal Medicine", "Pediatrics")
ARRAYS = CatalogArrays.from_programs(catalog(400, seed=3, specialties=TWO))


def test_eras_fees_reset_per_specialty() -> None:
    assert specialty_fee(30) == 330 and specialty_fee(31) == 360
    assert max_affordable(330) == 30 and max_affordable(359) == 30 and max_affordable(360) == 31


def test_plan_by_count_is_ordered_and_priced() -> None:
    result = plan(profile(), ARRAYS, Request(applications=40))
    assert len(result.applications) == 40
    p = [a.p_interview for a in result.applications if not a.signal]
    assert p == sorted(p, reverse=True)
    assert [a.cost_usd for a in result.applications].count(30) == 10
    assert result.cost_usd == specialty_fee(40)
    assert [c.applications for c in result.curve] == [10, 20, 30, 40]
    assert all(a.reasons for a in result.applications)


def test_plan_lists_programs_by_what_they_add_signals_included() -> None:
    applicant = profile(specialties=list(TWO))
    # Long enough to reach into both specialties: each Pediatrics program adds more for this
    # applicant than the best Internal Medicine one, down to about the 146th.
    result = plan(applicant, ARRAYS, Request(applications=150, specialties=TWO))
    q = per_rank_match_chance(applicant, PARAMS, 2027)
    specialty = {name: index for index, name in enumerate(SPECIALTIES)}
    added = [-np.log1p(-a.p_interview * q[specialty[a.specialty]])
             for a in result.applications]
    assert any(a.signal for a in result.applications)
    assert added == sorted(added, reverse=True)
    assert len({a.specialty for a in result.applications}) == 2


def test_curve_points_past_30_programs_cost_30_dollars_each() -> None:
    result = plan(profile(), ARRAYS, Request(applications=50))
    assert [(c.applications, c.cost_usd) for c in result.curve] == [
        (10, 110), (20, 220), (30, 330), (40, 630), (50, 930)]
    assert result.curve[-1].cost_usd == result.cost_usd == sum(
        a.cost_usd for a in result.applications)


def test_curve_counts_the_fee_tiers_per_specialty() -> None:
    result = plan(profile(specialties=list(TWO)), ARRAYS,
                  Request(applications=70, specialties=TWO))
    per_specialty = Counter(a.specialty for a in result.applications)
    assert max(per_specialty.values()) > 30  # the $30 tier is reached in one of them
    assert result.curve[-1].cost_usd == result.cost_usd == sum(
        specialty_fee(count) for count in per_specialty.values())


def test_curve_ends_at_the_plan_with_and_without_signals() -> None:
    result = plan(profile(), ARRAYS, Request(applications=40))
    last = result.curve[-1]
    assert last.applications == 40 and result.signals
    assert math.isclose(last.p_match, result.p_match)
    assert math.isclose(last.p_match_without_signals, result.p_match_without_signals)
    assert math.isclose(last.expected_interviews, result.expected_interviews)
    assert all(c.p_match > c.p_match_without_signals for c in result.curve)
    assert [c.p_match for c in result.curve] == sorted(c.p_match for c in result.curve)


def test_what_each_program_adds_is_the_plan_without_it() -> None:
    applicant = profile(specialties=list(TWO))
    result = plan(applicant, ARRAYS, Request(applications=30, specialties=TWO))
    q = per_rank_match_chance(applicant, PARAMS, 2027)
    specialty = {name: index for index, name in enumerate(SPECIALTIES)}
    p = np.array([a.p_interview for a in result.applications])
    spec = np.array([specialty[a.specialty] for a in result.applications])
    for k in (0, 7, 29):
        without = np.delete(np.arange(len(p)), k)
        rest = list_outcome(p[without], spec[without], q).p_match
        assert math.isclose(result.applications[k].adds_p_match, result.p_match - rest,
                            rel_tol=1e-9)
    added = [a.adds_p_match for a in result.applications]
    assert added == sorted(added, reverse=True)


def test_plan_respects_dollar_budget_and_constraints() -> None:
    applicant = profile(specialties=list(TWO))
    forced = next(i for i, p in zip(ARRAYS.ids, ARRAYS.programs, strict=True)
                  if p.state == "NY" and p.specialty == "Pediatrics"
                  and p.min_step2_score is None and p.sponsors_j1 is not False)
    request = Request(budget_usd=700, must_include=[forced], avoid_states=["TX"],
                      max_per_state=6, specialties=TWO)
    result = plan(applicant, ARRAYS, request)
    states = [a.state for a in result.applications]
    assert result.cost_usd <= 700 and forced in {a.program_id for a in result.applications}
    assert "TX" not in states and max(states.count(s) for s in set(states)) <= 6


def test_signals_go_to_the_list_and_raise_p_match() -> None:
    result = plan(profile(), ARRAYS, Request(applications=30))
    assert len(result.signals) == 15
    assert set(result.signals) <= {a.program_id for a in result.applications}
    assert result.p_match > result.p_match_without_signals


def test_must_include_ineligible_is_refused_with_a_warning() -> None:
    ineligible = next(i for i, p in zip(ARRAYS.ids, ARRAYS.programs, strict=True)
                      if p.sponsors_j1 is False)
    result = plan(profile(visa="j1"), ARRAYS, Request(applications=10, must_include=[ineligible]))
    assert ineligible not in {a.program_id for a in result.applications}
    assert "not eligible" in result.warnings[0]


def test_plan_needs_a_budget() -> None:
    with pytest.raises(ValueError, match="budget"):
        plan(profile(), ARRAYS, Request())


applicants = st.builds(
    profile,
    step2_score=st.integers(200, 270),
    visa=st.sampled_from(["none", "j1", "h1b"]),
    step3_passed=st.booleans(),
    graduation_year=st.integers(2012, 2026),
    usce_months=st.integers(0, 12),
    exam_attempts_failed=st.integers(0, 2),
    specialties=st.just(list(TWO)),
)


@settings(max_examples=25, deadline=None)
@given(applicants, st.integers(5, 80))
def test_an_ineligible_program_is_never_recommended(applicant: object, n: int) -> None:
    from smartpick.events.models import ApplicantProfile

    assert isinstance(applicant, ApplicantProfile)
    excluded = score(applicant, ARRAYS, PARAMS).eligibility.excluded
    result = plan(applicant, ARRAYS, Request(applications=n, budget_usd=900, signals={}))
    assert not any(excluded[ARRAYS.index_of[a.program_id]] for a in result.applications)


@settings(max_examples=25, deadline=None)
@given(applicants, st.integers(50, 1500))
def test_optimized_list_is_never_worse_than_greedy_by_probability(
    applicant: object, budget: int
) -> None:
    from smartpick.events.models import ApplicantProfile

    assert isinstance(applicant, ApplicantProfile)
    scores = score(applicant, ARRAYS, PARAMS)
    q = per_rank_match_chance(applicant, PARAMS)
    greedy = greedy_by_probability(scores, ARRAYS, TWO, budget)
    greedy_cost = sum(specialty_fee(int(c)) for c in np.bincount(ARRAYS.specialty[greedy]))
    baseline = list_outcome(scores.p_interview[greedy], ARRAYS.specialty[greedy], q).p_match
    optimized = plan(applicant, ARRAYS, Request(budget_usd=max(greedy_cost, 1), specialties=TWO,
                                                signals={}))
    assert optimized.cost_usd <= max(greedy_cost, 1)
    assert optimized.p_match >= baseline - 1e-9
