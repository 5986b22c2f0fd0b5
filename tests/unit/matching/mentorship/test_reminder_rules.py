"""Who is reminded of what, on a fixed day: the latest check-in of an ACTIVE mentorship whose
next date is today or within two days, and goals of ACTIVE mentorships still OPEN past their
due date; each reminder named by its check-in or goal."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from services.matching.mentorship.reminder_rules import (
    check_in_window,
    check_ins_due,
    current_statuses,
    goals_overdue,
    latest_check_ins,
    overdue_window,
)
from smartpick.events.mentorships import ReminderKind
from smartpick.mongo import Document

TODAY = date(2026, 11, 29)


def checkin(checkin_id: str, held: str, next_date: str | None, mentorship: str = "m-1",
            recorded_hour: int = 9) -> Document:
    return {"_id": checkin_id, "mentorship_id": mentorship, "date": held,
            "next_date": next_date, "at": datetime(2026, 11, 1, recorded_hour)}


def goal(goal_id: str, due: str, mentorship: str = "m-1") -> Document:
    return {"_id": goal_id, "mentorship_id": mentorship, "title": f"goal {goal_id}", "due": due}


@pytest.mark.parametrize(("next_date", "due"), [
    ("2026-11-28", False),  # yesterday: past, nothing to announce
    ("2026-11-29", True),  # today
    ("2026-11-30", True),  # tomorrow
    ("2026-12-01", True),  # the day after
    ("2026-12-02", False),  # three days ahead: too early
])
def test_a_check_in_is_announced_from_two_days_ahead(next_date: str, due: bool) -> None:
    latest = checkin("c-1", "2026-11-20", next_date)
    reminders = check_ins_due([latest], latest_check_ins([latest]), {"m-1"}, TODAY)
    assert [(r.kind, r.item_id, r.id, r.on.isoformat()) for r in reminders] == (
        [(ReminderKind.CHECK_IN_DUE, "c-1", "checkin-due:c-1", next_date)] if due else [])


def test_the_window_queried_is_the_one_judged() -> None:
    assert check_in_window(TODAY) == ("2026-11-29", "2026-12-01")
    assert overdue_window(TODAY) == ("2026-10-30", "2026-11-29")


def test_only_the_latest_check_in_of_an_active_mentorship_counts() -> None:
    older = checkin("c-1", "2026-11-10", "2026-11-30")
    newer = checkin("c-2", "2026-11-20", "2026-12-20")  # met since: the next one is later
    same_day_later = checkin("c-3", "2026-11-20", "2026-11-30", recorded_hour=10)
    other = checkin("c-4", "2026-11-20", "2026-11-30", mentorship="m-2")
    latest = latest_check_ins([older, newer, other])
    assert [r.item_id for r in check_ins_due([older, other], latest, {"m-1", "m-2"}, TODAY)] \
        == ["c-4"]
    latest = latest_check_ins([older, newer, same_day_later])
    assert [r.item_id for r in check_ins_due([same_day_later], latest, {"m-1"}, TODAY)] == ["c-3"]
    assert check_ins_due([other], latest_check_ins([other]), {"m-1"}, TODAY) == []  # m-2 ended


@pytest.mark.parametrize(("due", "overdue"), [
    ("2026-11-28", True), ("2026-10-30", True), ("2026-11-29", False), ("2026-12-01", False)])
def test_an_open_goal_is_overdue_from_the_day_after_its_due_date(due: str, overdue: bool) -> None:
    reminders = goals_overdue([goal("g-1", due)], {}, {"m-1"}, TODAY)
    assert [(r.kind, r.id, r.title, r.on.isoformat()) for r in reminders] == (
        [(ReminderKind.GOAL_OVERDUE, "goal-overdue:g-1", "goal g-1", due)] if overdue else [])


def test_a_goal_done_dropped_or_of_an_inactive_mentorship_is_not_reminded() -> None:
    updates = [{"goal_id": "g-1", "revision": 1, "status": "done"},
               {"goal_id": "g-2", "revision": 1, "status": "done"},
               {"goal_id": "g-2", "revision": 2, "status": "open"},  # reopened
               {"goal_id": "g-3", "revision": 1, "status": "dropped"}]
    goals = [goal(g, "2026-11-01") for g in ("g-1", "g-2", "g-3", "g-4")]
    goals.append(goal("g-5", "2026-11-01", mentorship="m-2"))
    statuses = current_statuses(updates)
    assert statuses == {"g-1": "done", "g-2": "open", "g-3": "dropped"}
    assert [r.item_id for r in goals_overdue(goals, statuses, {"m-1"}, TODAY)] == ["g-2", "g-4"]
