"""A calendar reminder as the notice one person gets (an ``Outgoing`` of kind CALENDAR_REMINDER).

Its id is a hash of the reminder and the person, the same in every instance and every retry:
the in-app notice and the email take their ids from it, so sending it twice sends it once.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from services.notifications.calendar.due import Reminder
from services.notifications.dispatch import Outgoing

KIND = "CALENDAR_REMINDER"


def notice_id(reminder: Reminder, person: str) -> str:
    return hashlib.sha256(f"{reminder.key}|{person}".encode()).hexdigest()[:32]


def outgoing(reminder: Reminder, person: str, zone: ZoneInfo, now: datetime) -> Outgoing:
    """What ``person`` is told of ``reminder`` at ``now``, times shown in the season's ``zone``."""
    entry = reminder.date
    ends = None if entry.ends is None else shown(entry.ends, zone, entry.all_day)
    params = {"season": reminder.season, "title": entry.title, "note": entry.note,
              "when": shown(entry.when, zone, entry.all_day), "ends": ends,
              "ahead": ahead(entry.when - now)}
    return Outgoing(id=notice_id(reminder, person), recipient=person, kind=KIND, params=params)


def shown(moment: datetime, zone: ZoneInfo, all_day: bool) -> str:
    """"Wednesday 3 March 2027 at 21:00 EST", or the day alone for an all-day date."""
    local = moment.astimezone(zone)
    day = f"{local:%A} {local.day} {local:%B %Y}"
    return day if all_day else f"{day} at {local:%H:%M %Z}"


def ahead(left: timedelta) -> str:
    """How far off the date is, from the time the reminder actually goes out: a reminder sent
    late (every instance was down) must not say "in 3 days" a day before."""
    hours = left.total_seconds() / 3600
    days = round(hours / 24)
    if days >= 2:
        return f"in {days} days"
    if days == 1:
        return "in a day"
    return "in an hour" if round(hours) <= 1 else f"in {round(hours)} hours"
