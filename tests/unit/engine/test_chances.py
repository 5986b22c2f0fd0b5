"""Interview and match chances: explanations, monotonicity, and the exact Poisson-binomial."""

from __future__ import annotations

import itertools
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.catalog import CatalogArrays
from engine.chance import chance
from engine.match import list_outcome, p_match_given_ranks, poisson_binomial
from engine.params import shipped_params
from engine.recommend import recommend
from tests.unit.engine.builders import catalog, profile, program

PARAMS = shipped_params()
ARRAYS = CatalogArrays.from_programs(catalog(300, seed=7))
probabilities = st.lists(st.floats(0.0, 1.0), min_size=0, max_size=9)


@given(probabilities)
def test_poisson_binomial_matches_brute_force(p: list[float]) -> None:
    exact = np.zeros(len(p) + 1)
    for outcome in itertools.product((0, 1), repeat=len(p)):
        exact[sum(outcome)] += math.prod(pi if o else 1 - pi for pi, o in zip(p, outcome,
                                                                              strict=True))
    assert np.allclose(poisson_binomial(np.array(p)), exact, atol=1e-12)


@given(st.lists(st.floats(0.0, 1.0), min_size=1, max_size=30), st.floats(0.01, 0.9))
def test_list_p_match_equals_closed_form(p: list[float], q: float) -> None:
    arr = np.array(p)
    outcome = list_outcome(arr, np.zeros(len(p), dtype=np.int64), np.array([q]))
    assert math.isclose(outcome.p_match, 1 - np.prod(1 - arr * q), abs_tol=1e-9)
    assert math.isclose(outcome.expected_interviews, arr.sum())


def test_p_match_grows_with_ranks_and_one_rank_is_q() -> None:
    curve = p_match_given_ranks(0.2, np.arange(0, 10))
    assert curve[0] == 0.0 and math.isclose(curve[1], 0.2)
    assert np.all(np.diff(curve) > 0)


@settings(max_examples=40, deadline=None)
@given(st.integers(180, 289), st.integers(1, 11), st.sampled_from(["none", "j1", "h1b"]))
def test_higher_step2_never_lowers_a_chance(step2: int, more: int, visa: str) -> None:
    low = profile(step2_score=step2, visa=visa, step3_passed=True)
    high = profile(step2_score=step2 + more, visa=visa, step3_passed=True)
    from engine.interview import score

    assert np.all(score(high, ARRAYS, PARAMS).p_interview >= score(low, ARRAYS, PARAMS).p_interview)
    assert chance(high, "Surgery-General", 5).p_match >= chance(low, "Surgery-General", 5).p_match


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["j1", "h1b"]), st.booleans(), st.integers(200, 270))
def test_visa_need_never_raises_a_chance(visa: str, step3: bool, step2: int) -> None:
    from engine.interview import score

    free = profile(step2_score=step2, step3_passed=step3)
    needs = profile(step2_score=step2, step3_passed=step3, visa=visa)
    worse = score(needs, ARRAYS, PARAMS).p_interview
    assert np.all(worse <= score(free, ARRAYS, PARAMS).p_interview)
    assert chance(needs, "Pediatrics", 4).p_match <= chance(free, "Pediatrics", 4).p_match


def test_factors_are_signed_points_in_plain_words() -> None:
    arrays = CatalogArrays.from_programs([program(img_share=0.6, positions=20)])
    rec = recommend(profile(step2_score=261), arrays)[0]
    texts = [f.text for f in rec.factors]
    assert rec.eligible and rec.tier in {"reach", "target", "safety"}
    assert any(t.startswith("Step 2 CK 12 points above the typical interviewee (249): +") and
               t.endswith(" pts") for t in texts), texts
    assert all(f.points > 0 for f in rec.factors if f.name in {"step2", "img_share"})


def test_ineligible_programs_come_last_with_reasons() -> None:
    arrays = CatalogArrays.from_programs([program(id="no", sponsors_j1=False), program(id="ok")])
    recs = recommend(profile(visa="j1"), arrays)
    assert [r.program_id for r in recs] == ["ok", "no"]
    assert recs[1].p_interview == 0.0 and recs[1].exclusion_reasons


def test_us_md_has_a_better_chance_than_non_us_img() -> None:
    img = chance(profile(), "Internal Medicine", 6).p_match
    assert chance(profile(applicant_type="us_md"), "Internal Medicine", 6).p_match > img
