"""Which calendar reminders a poll sends: due from their moment until their date, the nearest
lead only when several came due while nothing ran, and never one whose date has passed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.notifications.calendar.due import Plan, open_reminders, plan
from services.notifications.calendar.season import Season

DEADLINE = datetime(2027, 3, 4, 2, 0, tzinfo=UTC)  # 3 March 2027, 21:00 in New York
SEASON = Season.model_validate({
    "name": "Test Match", "time_zone": "America/New_York", "dates": [
        {"id": "deadline", "title": "Rank-list deadline", "when": DEADLINE,
         "audience": ["APPLICANT", "MENTOR"], "remind_days_before": [14, 3, 1]},
        {"id": "match-day", "title": "Match Day", "when": DEADLINE + timedelta(days=16),
         "audience": ["APPLICANT"], "remind_days_before": [1]},
    ]})


def keys(found: Plan) -> tuple[list[str], list[str]]:
    return ([r.key for r in found.send], [r.key for r in found.pass_over])


def test_nothing_is_due_before_the_first_moment() -> None:
    assert open_reminders(SEASON, DEADLINE - timedelta(days=14, seconds=1)) == []
    assert keys(plan(SEASON, DEADLINE - timedelta(days=14, seconds=1), set())) == ([], [])


def test_a_lead_is_due_from_its_moment() -> None:
    assert keys(plan(SEASON, DEADLINE - timedelta(days=14), set())) == (
        ["Test Match|deadline|14d"], [])


def test_a_done_reminder_is_not_sent_again() -> None:
    now = DEADLINE - timedelta(days=10)
    assert keys(plan(SEASON, now, {"Test Match|deadline|14d"})) == ([], [])


def test_only_the_nearest_lead_is_sent_when_several_came_due_unsent() -> None:
    now = DEADLINE - timedelta(hours=12)  # everything was down for two weeks
    assert keys(plan(SEASON, now, set())) == (
        ["Test Match|deadline|1d"], ["Test Match|deadline|14d", "Test Match|deadline|3d"])


def test_earlier_leads_left_over_are_passed_over_not_sent() -> None:
    now = DEADLINE - timedelta(days=2)
    assert keys(plan(SEASON, now, {"Test Match|deadline|14d"})) == (
        ["Test Match|deadline|3d"], [])
    assert keys(plan(SEASON, now, {"Test Match|deadline|3d"})) == (
        [], ["Test Match|deadline|14d"])


def test_a_date_that_has_passed_sends_nothing() -> None:
    assert keys(plan(SEASON, DEADLINE, set())) == ([], [])
    assert keys(plan(SEASON, DEADLINE + timedelta(days=15, hours=1), set())) == (
        ["Test Match|match-day|1d"], [])
    assert keys(plan(SEASON, DEADLINE + timedelta(days=30), set())) == ([], [])


def test_dates_are_planned_independently() -> None:
    both = Season.model_validate({**SEASON.model_dump(), "dates": [
        {**SEASON.dates[0].model_dump(), "id": "other", "when": DEADLINE + timedelta(days=1)},
        SEASON.dates[0].model_dump()]})
    now = DEADLINE - timedelta(days=2)
    assert keys(plan(both, now, set())) == (
        ["Test Match|other|3d", "Test Match|deadline|3d"],
        ["Test Match|other|14d", "Test Match|deadline|14d"])
