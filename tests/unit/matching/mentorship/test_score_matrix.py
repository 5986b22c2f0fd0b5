"""The vectorized scores equal compatibility() pair by pair."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from services.matching.mentorship.compatibility import Mentee, Mentor, compatibility
from services.matching.mentorship.score_matrix import score_matrix
from tests.unit.matching.mentorship.people import mentees, mentors

SUMMER = datetime(2026, 7, 1, 9, tzinfo=UTC)


@settings(max_examples=200, deadline=None)
@given(st.lists(mentees(), min_size=1, max_size=8), st.lists(mentors(), min_size=1, max_size=8))
def test_score_matrix_equals_compatibility_of_every_pair(
        some: list[Mentee], others: list[Mentor]) -> None:
    scores = score_matrix(some, others, SUMMER)
    assert scores.shape == (len(some), len(others))
    assert [[compatibility(e, m, SUMMER).score for m in others] for e in some] == \
        scores.tolist()


def test_no_mentees_or_no_mentors_give_an_empty_matrix() -> None:
    assert score_matrix([], [], SUMMER).shape == (0, 0)
