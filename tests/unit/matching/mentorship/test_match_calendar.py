"""Goal templates fall before the next milestone of the Match calendar, counted from today."""

from __future__ import annotations

from datetime import date

import pytest

from services.matching.mentorship.match_calendar import MILESTONES, next_due


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 11, 29), [date(2027, 6, 1), date(2027, 10, 1), date(2027, 2, 25)]),
    (date(2027, 3, 1), [date(2027, 6, 1), date(2027, 10, 1), date(2028, 2, 25)]),
    (date(2027, 6, 1), [date(2028, 6, 1), date(2027, 10, 1), date(2028, 2, 25)]),  # due today
])
def test_each_template_is_due_at_its_next_milestone(today: date, expected: list[date]) -> None:
    assert [next_due(milestone, today) for milestone in MILESTONES] == expected


def test_the_templates_cover_statement_interviews_and_the_rank_list() -> None:
    assert [m.title for m in MILESTONES] == ["Finish the personal statement",
                                             "Practise interviews", "Review the rank list"]
