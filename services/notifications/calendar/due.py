"""Which calendar reminders a poll sends, pure: given the time, the season and the reminders
marked done, the ones to send now and the ones to mark done without sending.

A reminder is due from its moment (the date less its lead) until the date itself; after the date
it is stale and never sent. When several leads of one date are due at once (every instance was
down for a while), only the nearest one is sent and the earlier ones are passed over: a person
gets "in 3 days", not "in 14 days" and "in 3 days" in the same minute.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from datetime import datetime, timedelta

from services.notifications.calendar.season import CalendarDate, Season


@dataclass(frozen=True)
class Reminder:
    season: str
    date: CalendarDate
    days_before: int

    @property
    def key(self) -> str:
        """The reminder's ``_id`` once done; also the root of every person's notice id."""
        return f"{self.season}|{self.date.id}|{self.days_before}d"

    @property
    def moment(self) -> datetime:
        """When it is due: the date's local time, that many days earlier (aware arithmetic in
        one zone is wall-clock, so 21:00 stays 21:00 across a daylight-saving change)."""
        return self.date.when - timedelta(days=self.days_before)


@dataclass(frozen=True)
class Plan:
    send: list[Reminder]
    pass_over: list[Reminder]
    """Due, but a nearer lead of the same date is due too: marked done, not sent."""


def reminders_of(season: Season) -> Iterable[Reminder]:
    return (Reminder(season.name, entry, days) for entry in season.dates
            for days in entry.remind_days_before)


def open_reminders(season: Season, now: datetime) -> list[Reminder]:
    """The reminders whose moment has come and whose date has not: all a poll may act on."""
    return [reminder for reminder in reminders_of(season)
            if reminder.moment <= now < reminder.date.when]


def plan(season: Season, now: datetime, done: Set[str]) -> Plan:
    """What to do at ``now``, ``done`` being the keys of reminders sent or passed over."""
    open_now = open_reminders(season, now)
    nearest: dict[str, int] = {}
    for reminder in open_now:
        days = nearest.get(reminder.date.id, reminder.days_before)
        nearest[reminder.date.id] = min(days, reminder.days_before)
    undone = [reminder for reminder in open_now if reminder.key not in done]
    return Plan(send=[r for r in undone if r.days_before == nearest[r.date.id]],
                pass_over=[r for r in undone if r.days_before != nearest[r.date.id]])
