"""The arithmetic of a cohort report: which pairs are active in which month, check-ins per pair
in each, and the mean rating."""

from __future__ import annotations

from datetime import date

from services.matching.mentorship.cohort_report import CohortMonth, Span, average, by_month

TODAY = date(2026, 11, 29)


def test_no_accepted_pair_means_no_months() -> None:
    assert by_month([], [date(2026, 11, 2)], TODAY) == []


def test_months_run_from_the_first_accept_to_now_and_count_pairs_under_way() -> None:
    spans = [Span(date(2026, 9, 20), None),  # still going
             Span(date(2026, 10, 3), date(2026, 10, 30)),  # completed in October
             Span(date(2026, 11, 28), None)]
    met = [date(2026, 9, 25), date(2026, 10, 4), date(2026, 10, 18), date(2026, 10, 19),
           date(2026, 11, 28), date(2026, 8, 1)]  # August: before any accept, total only
    assert by_month(spans, met, TODAY) == [
        CohortMonth("2026-09", 1, 1, 1.0),
        CohortMonth("2026-10", 2, 3, 1.5),
        CohortMonth("2026-11", 2, 1, 0.5)]


def test_a_month_without_a_pair_under_way_has_no_rate() -> None:
    spans = [Span(date(2026, 8, 5), date(2026, 8, 30)), Span(date(2026, 10, 1), None)]
    months = by_month(spans, [], date(2026, 10, 2))
    assert [(m.month, m.active_pairs, m.per_pair) for m in months] == [
        ("2026-08", 1, 0.0), ("2026-09", 0, None), ("2026-10", 1, 0.0)]


def test_months_cross_a_year_and_reach_an_end_recorded_later_than_today() -> None:
    months = by_month([Span(date(2025, 12, 30), date(2026, 2, 1))], [], date(2026, 1, 15))
    assert [m.month for m in months] == ["2025-12", "2026-01", "2026-02"]


def test_the_average_rating_is_to_one_decimal_and_none_before_any() -> None:
    assert average([]) is None
    assert average([5, 4, 4]) == 4.3
