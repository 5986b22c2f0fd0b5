"""Cohort matching: optimal (equal to an exhaustive search), within capacity, never worse than
the greedy or first-come-first-served baselines, with reasons for whoever is left out."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.matching.mentorship.cohort import (
    Cohort,
    CohortAssignment,
    Pair,
    Unmatched,
    optimal_assignment,
)
from services.matching.mentorship.cohort_baselines import (
    first_come_assignment,
    greedy_assignment,
)
from services.matching.mentorship.compatibility import Mentee, Mentor, compatibility
from tests.unit.matching.mentorship.people import mentee, mentees, mentor, mentors, with_mentee

AT = datetime(2026, 3, 1, 15, tzinfo=UTC)
FULL = "no mentor has free capacity"


@st.composite
def cohorts(draw: st.DrawFn) -> Cohort:
    some = [draw(mentees(id=f"e{i}")) for i in range(draw(st.integers(0, 6)))]
    others = [draw(mentors(id=f"m{j}")) for j in range(draw(st.integers(0, 4)))]
    active = {m.id: draw(st.integers(0, 3)) for m in others}
    return Cohort.of(some, others, active, min_score=draw(st.sampled_from((0, 0, 15, 30))),
                     at=AT)


def exhaustive_best(cohort: Cohort) -> tuple[int, float]:
    """The most mentees matched, then the largest total, over every feasible assignment."""
    n, m = cohort.scores.shape
    left = cohort.free.tolist()
    best = (0, 0.0)

    def visit(i: int, count: int, total: float) -> None:
        nonlocal best
        if i == n:
            best = max(best, (count, total))
            return
        visit(i + 1, count, total)
        for j in range(m):
            if left[j] and cohort.admissible[i, j]:
                left[j] -= 1
                visit(i + 1, count + 1, total + float(cohort.scores[i, j]))
                left[j] += 1

    visit(0, 0, 0.0)
    return best


@settings(max_examples=400, deadline=None)
@given(cohorts())
def test_optimal_equals_exhaustive_search_and_beats_the_baselines(cohort: Cohort) -> None:
    result = optimal_assignment(cohort)
    count, total = exhaustive_best(cohort)
    assert len(result.pairs) == count
    assert result.total == pytest.approx(total, abs=1e-9)
    assert_valid(cohort, result)
    for baseline in (greedy_assignment(cohort), first_come_assignment(cohort)):
        assert_valid(cohort, baseline)
        assert len(result.pairs) >= len(baseline.pairs)
        if cohort.min_score == 0:
            assert result.total >= baseline.total - 1e-9
    if cohort.min_score == 0:
        assert len(result.pairs) == min(len(cohort.mentees), int(cohort.free.sum()))


def assert_valid(cohort: Cohort, result: CohortAssignment) -> None:
    """Within capacity, admissible pairs only, every mentee once, scores and reasons as told."""
    free = dict(zip([m.id for m in cohort.mentors], cohort.free.tolist(), strict=True))
    used = Counter(pair.mentor_id for pair in result.pairs)
    assert all(used[mentor_id] <= free[mentor_id] for mentor_id in used)
    ids = [p.mentee_id for p in result.pairs] + [u.mentee_id for u in result.unmatched]
    assert sorted(ids) == sorted(e.id for e in cohort.mentees)
    who = {e.id: e for e in cohort.mentees}
    whom = {m.id: m for m in cohort.mentors}
    for pair in result.pairs:
        fit = compatibility(who[pair.mentee_id], whom[pair.mentor_id], AT)
        assert (pair.score, pair.reasons) == (fit.score, fit.reasons)
        assert pair.score >= cohort.min_score
    assert result.total == pytest.approx(sum(pair.score for pair in result.pairs))



def pair_of_mentors() -> tuple[list[Mentee], list[Mentor]]:
    """a suits X (40) a little more than Y (38); b suits only X (26): greedy and a first
    come give a X and b nothing good (40 in all); the optimum gives a Y and b X (64)."""
    a = with_mentee(mentee("a"), specialties=("Internal Medicine", "Family Medicine"))
    b = mentee("b", languages=["hi"])
    x = mentor("X", verified=True, specialty="Internal Medicine", languages=["en", "ur"],
               capacity=1)
    y = mentor("Y", specialty="Family Medicine", languages=["en", "ur"], capacity=1)
    return [a, b], [x, y]


def test_optimal_gives_up_a_little_for_one_mentee_to_gain_more_for_another() -> None:
    cohort = Cohort.of(*pair_of_mentors(), at=AT)
    result = optimal_assignment(cohort)
    assert [(p.mentee_id, p.mentor_id, p.score) for p in result.pairs] == [
        ("a", "Y", 38.0), ("b", "X", 26.0)]
    assert result.pairs[1].reasons == ("same specialty: Internal Medicine",
                                       "verified by their organization")
    assert (result.total, result.unmatched) == (64.0, ())
    assert greedy_assignment(cohort).total == first_come_assignment(cohort).total == 40.0


def test_first_come_first_served_depends_on_arrival_order() -> None:
    (a, b), mentors_ = pair_of_mentors()
    assert first_come_assignment(Cohort.of([b, a], mentors_, at=AT)).total == 64.0


def test_free_capacity_is_capacity_minus_active_never_negative_and_zero_when_not_accepting(
) -> None:
    others = [mentor("A", capacity=3), mentor("B", capacity=2), mentor("C", capacity=4),
              mentor("D", capacity=5, accepting_mentees=False)]
    cohort = Cohort.of([], others, {"A": 1, "B": 5}, at=AT)
    assert cohort.free.tolist() == [2, 0, 4, 0]


def test_mentors_take_up_to_their_free_capacity_and_the_rest_are_told_why() -> None:
    some = [mentee(f"e{i}") for i in range(5)]
    result = optimal_assignment(Cohort.of(some, [mentor("A", capacity=3)], {"A": 1}, at=AT))
    assert [p.mentor_id for p in result.pairs] == ["A", "A"]
    assert [u.reason for u in result.unmatched] == [FULL] * 3


def test_nobody_is_matched_when_no_mentor_accepts() -> None:
    result = optimal_assignment(Cohort.of(
        [mentee()], [mentor(accepting_mentees=False)], at=AT))
    assert result == CohortAssignment((), (Unmatched("e1", FULL),), 0.0)


def test_below_the_minimum_compatibility_a_mentee_stays_unmatched_with_the_reason() -> None:
    (_, b), (x, y) = pair_of_mentors()
    c = with_mentee(b, id="c")
    result = optimal_assignment(Cohort.of([b, c], [x, y], min_score=25, at=AT))
    assert result.pairs == (Pair("b", "X", 26.0, ("same specialty: Internal Medicine",
                                                  "verified by their organization")),)
    assert result.unmatched == (
        Unmatched("c", "every mentor reaching the minimum compatibility of 25 is full"),)
    result = optimal_assignment(Cohort.of([b], [x, y], min_score=30, at=AT))
    assert result.unmatched == (Unmatched(
        "b", "no mentor with free capacity reaches the minimum compatibility of 30"),)


def test_empty_cohorts_give_empty_assignments() -> None:
    empty = CohortAssignment((), (), 0.0)
    for solve in (optimal_assignment, greedy_assignment, first_come_assignment):
        assert solve(Cohort.of([], [mentor()], at=AT)) == empty
        assert solve(Cohort.of([mentee()], [], at=AT)).unmatched == (Unmatched("e1", FULL),)
