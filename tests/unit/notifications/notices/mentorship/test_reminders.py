"""Reminders of a mentorship reach both people, once each however often the event arrives."""

from __future__ import annotations

from datetime import UTC, date, datetime

from services.notifications.notices.mentorship.reminders import mentorship_reminder
from smartpick.events import MentorshipReminderIssued
from smartpick.events.mentorships import ReminderKind
from tests.unit.notifications.notices.fakes import FakeDispatcher, Sent, envelope

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def reminder(kind: ReminderKind, on: date, title: str | None = None) -> MentorshipReminderIssued:
    return MentorshipReminderIssued(kind=kind, mentorship_id="m-1", mentee_id="mentee-1",
                                 mentor_id="mentor-1", item_id="c-1", title=title, date=on, at=AT)


async def reminded(event: MentorshipReminderIssued) -> list[Sent]:
    fake = FakeDispatcher()
    await mentorship_reminder(event, envelope(event), fake.as_dispatcher())
    return fake.sent


async def test_both_sides_are_told_of_a_check_in_once() -> None:
    fake = FakeDispatcher()
    event = reminder(ReminderKind.CHECK_IN_DUE, date(2026, 11, 30))
    for _ in range(2):
        await mentorship_reminder(event, envelope(event, "e-1"), fake.as_dispatcher())
    assert sorted(s.told for s in fake.stored) == [("mentee-1", "MENTORSHIP_CHECK_IN_DUE", "m-1"),
                                                   ("mentor-1", "MENTORSHIP_CHECK_IN_DUE", "m-1")]
    bodies = {s.outgoing.recipient: s.body for s in fake.stored}
    assert bodies["mentee-1"] == ("Your next check-in with your mentor is tomorrow (2026-11-30). "
                                  "Agree on a time if you have not yet.")
    assert "with your mentee" in bodies["mentor-1"]
    assert {s.title for s in fake.stored} == {"Check-in coming up"}


async def test_both_sides_are_told_of_an_overdue_goal_with_its_title() -> None:
    told = await reminded(reminder(ReminderKind.GOAL_OVERDUE, date(2026, 11, 28),
                                   "Draft the statement"))
    assert {s.outgoing.kind for s in told} == {"MENTORSHIP_GOAL_OVERDUE"}
    assert {s.outgoing.recipient for s in told} == {"mentee-1", "mentor-1"}
    assert {s.title for s in told} == {"A mentorship goal is overdue"}
    assert told[0].body == ("“Draft the statement” was due on 2026-11-28 and is still open. Mark "
                            "it done or dropped, or set a new date with your mentor as a new goal.")


async def test_a_check_in_is_named_by_its_day() -> None:
    texts = [(await reminded(reminder(ReminderKind.CHECK_IN_DUE, date(2026, 11, day))))[0].body
             for day in (29, 30)]
    later = (await reminded(reminder(ReminderKind.CHECK_IN_DUE, date(2026, 12, 1))))[0].body
    assert ("today (2026-11-29)" in texts[0], "tomorrow (2026-11-30)" in texts[1]) == (True, True)
    assert "is on 2026-12-01." in later
