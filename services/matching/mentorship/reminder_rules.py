"""When an ACTIVE mentorship's people are reminded, pure: a check-in coming up (the latest
check-in's next date is today or within ``CHECK_IN_NOTICE_DAYS``) and a goal still OPEN past its
due date. Dates are UTC calendar days, as stored (ISO strings, which sort as dates do)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from smartpick.events.mentorships import GoalStatus, ReminderKind
from smartpick.mongo import Document

CHECK_IN_NOTICE_DAYS = 2
"""A check-in is announced when its date is at most this many days ahead: time to agree on an
hour, not so early that it is forgotten again."""
GOAL_LOOKBACK_DAYS = 30
"""Goals that fell due longer ago than this are not looked at any more, so each run reads a
bounded set however many goals pile up; a running job reminds of a goal the day after it is due."""


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    mentorship_id: str
    item_id: str
    on: date
    title: str | None = None

    @property
    def id(self) -> str:
        return reminder_id(self.kind, self.item_id)


def reminder_id(kind: ReminderKind, item_id: str) -> str:
    """The ``_id`` of the reminder of ``item_id`` (a check-in or a goal): its one insert decides
    that it is sent, once."""
    prefix = "checkin-due" if kind is ReminderKind.CHECK_IN_DUE else "goal-overdue"
    return f"{prefix}:{item_id}"


def check_in_window(today: date) -> tuple[str, str]:
    """The first and last next date (ISO) announced ``today``."""
    return today.isoformat(), (today + timedelta(days=CHECK_IN_NOTICE_DAYS)).isoformat()


def overdue_window(today: date) -> tuple[str, str]:
    """The earliest due date (ISO) looked at ``today``, and the first that is not overdue."""
    return (today - timedelta(days=GOAL_LOOKBACK_DAYS)).isoformat(), today.isoformat()


def latest_check_ins(checkins: Iterable[Document]) -> dict[str, Document]:
    """Each mentorship's latest check-in (latest meeting, then latest recorded), which alone
    says when the next one is."""
    latest: dict[str, Document] = {}
    for checkin in checkins:
        held = latest.get(checkin["mentorship_id"])
        if held is None or (checkin["date"], checkin["at"]) > (held["date"], held["at"]):
            latest[checkin["mentorship_id"]] = checkin
    return latest


def current_statuses(updates: Iterable[Document]) -> dict[str, str]:
    """Each goal's current status: that of its latest revision (goals.py)."""
    latest: dict[str, tuple[int, str]] = {}
    for update in updates:
        seen = latest.get(update["goal_id"], (0, GoalStatus.OPEN.value))
        latest[update["goal_id"]] = max(seen, (update["revision"], update["status"]))
    return {goal: status for goal, (_, status) in latest.items()}


def check_ins_due(candidates: Iterable[Document], latest: Mapping[str, Document],
                  active: set[str], today: date) -> list[Reminder]:
    """Reminders of the ``candidates`` (check-ins with a next date near ``today``) that are their
    ACTIVE mentorship's latest check-in."""
    first, last = check_in_window(today)
    return [Reminder(ReminderKind.CHECK_IN_DUE, c["mentorship_id"], c["_id"],
                     date.fromisoformat(c["next_date"]))
            for c in candidates
            if c["mentorship_id"] in active and latest.get(c["mentorship_id"], {}).get("_id")
            == c["_id"] and c.get("next_date") is not None and first <= c["next_date"] <= last]


def goals_overdue(candidates: Iterable[Document], statuses: Mapping[str, str],
                  active: set[str], today: date) -> list[Reminder]:
    """Reminders of the ``candidates`` (goals) of ACTIVE mentorships due before ``today`` and
    still OPEN (``statuses``: the current status of each goal changed since it was added)."""
    _, today_iso = overdue_window(today)
    return [Reminder(ReminderKind.GOAL_OVERDUE, g["mentorship_id"], g["_id"],
                     date.fromisoformat(g["due"]), g["title"])
            for g in candidates
            if g["mentorship_id"] in active and g["due"] < today_iso
            and statuses.get(g["_id"], GoalStatus.OPEN.value) == GoalStatus.OPEN.value]
