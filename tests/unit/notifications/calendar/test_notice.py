"""What a person is told of a calendar reminder: the same id everywhere, the time in the season's
time zone, and how far ahead the date is from when the reminder really goes out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.notifications import rendering
from services.notifications.calendar.due import Reminder
from services.notifications.calendar.notice import ahead, notice_id, outgoing
from services.notifications.calendar.season import load_season
from services.notifications.catalogue import kind_of

SEASON = load_season()
DATES = {entry.id: entry for entry in SEASON.dates}


def reminder(date_id: str, days: int) -> Reminder:
    return Reminder(SEASON.name, DATES[date_id], days)


def test_the_rank_list_deadline_reads_in_eastern_time() -> None:
    now = datetime(2027, 2, 28, 21, 0, tzinfo=SEASON.zone)
    sent = outgoing(reminder("rank-list-deadline", 3), "a-1", SEASON.zone, now)
    words = rendering.notice(kind_of(sent.kind), sent.params)
    assert words.title == "Rank-list deadline in 3 days"
    assert words.body.startswith("Rank-list deadline (2027 Main Residency Match): Wednesday "
                                 "3 March 2027 at 21:00 EST. Certify your rank order list")


def test_a_period_shows_its_days() -> None:
    now = datetime(2026, 9, 24, tzinfo=SEASON.zone)
    sent = outgoing(reminder("interview-season", 7), "a-1", SEASON.zone, now)
    words = rendering.notice(kind_of(sent.kind), sent.params)
    assert words.title == "Interview season starts in 7 days"
    assert ": Thursday 1 October 2026 to Sunday 31 January 2027. " in words.body


def test_the_id_depends_on_reminder_and_person_only() -> None:
    rank = reminder("rank-list-deadline", 3)
    assert notice_id(rank, "a-1") == notice_id(reminder("rank-list-deadline", 3), "a-1")
    assert len({notice_id(rank, "a-1"), notice_id(rank, "a-2"),
                notice_id(reminder("rank-list-deadline", 1), "a-1")}) == 3
    late = outgoing(rank, "a-1", SEASON.zone, datetime(2027, 3, 2, tzinfo=UTC))
    assert late.id == notice_id(rank, "a-1")


@pytest.mark.parametrize(("left", "said"), [
    (timedelta(days=14), "in 14 days"), (timedelta(days=2, hours=13), "in 3 days"),
    (timedelta(days=1, hours=5), "in a day"), (timedelta(hours=20), "in a day"),
    (timedelta(hours=5, minutes=10), "in 5 hours"), (timedelta(minutes=20), "in an hour"),
])
def test_how_far_ahead_counts_from_the_sending(left: timedelta, said: str) -> None:
    assert ahead(left) == said
