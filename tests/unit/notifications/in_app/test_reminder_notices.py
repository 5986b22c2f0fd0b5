"""Reminders of a mentorship reach both people, once each however often the event arrives."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import cast

from services.notifications.in_app.handlers import mentorship_reminder
from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.texts import reminder_notices
from smartpick.events import MentorshipReminderIssued
from smartpick.events.mentorships import ReminderKind
from tests.unit.notifications.in_app.test_handlers import FakeStore, envelope

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def reminder(kind: ReminderKind, on: date, title: str | None = None) -> MentorshipReminderIssued:
    return MentorshipReminderIssued(kind=kind, mentorship_id="m-1", mentee_id="mentee-1",
                                 mentor_id="mentor-1", item_id="c-1", title=title, date=on, at=AT)


async def test_both_sides_are_told_of_a_check_in_once() -> None:
    fake = FakeStore()
    event = reminder(ReminderKind.CHECK_IN_DUE, date(2026, 11, 30))
    for _ in range(2):
        await mentorship_reminder(event, envelope(event, "e-1"), cast(NotificationsStore, fake))
    told = sorted((n["recipient"], n["kind"], n["subject_id"])
                  for n in fake.notifications.values())
    assert told == [("mentee-1", "MENTORSHIP_CHECK_IN_DUE", "m-1"),
                    ("mentor-1", "MENTORSHIP_CHECK_IN_DUE", "m-1")]
    bodies = {n["recipient"]: n["body"] for n in fake.notifications.values()}
    assert bodies["mentee-1"].startswith("Your next check-in with your mentor is tomorrow")
    assert "with your mentee" in bodies["mentor-1"]


async def test_both_sides_are_told_of_an_overdue_goal_with_its_title() -> None:
    fake = FakeStore()
    event = reminder(ReminderKind.GOAL_OVERDUE, date(2026, 11, 28), "Draft the statement")
    await mentorship_reminder(event, envelope(event), cast(NotificationsStore, fake))
    assert {n["kind"] for n in fake.notifications.values()} == {"MENTORSHIP_GOAL_OVERDUE"}
    assert {n["recipient"] for n in fake.notifications.values()} == {"mentee-1", "mentor-1"}
    assert all("“Draft the statement” was due on 2026-11-28" in n["body"]
               for n in fake.notifications.values())


def test_a_check_in_is_named_by_its_day() -> None:
    texts = [reminder_notices(reminder(ReminderKind.CHECK_IN_DUE, date(2026, 11, day)))[0][2]
             for day in (29, 30)]
    later = reminder_notices(reminder(ReminderKind.CHECK_IN_DUE, date(2026, 12, 1)))[0][2]
    assert ("today (2026-11-29)" in texts[0], "tomorrow (2026-11-30)" in texts[1]) == (True, True)
    assert "is on 2026-12-01" in later
