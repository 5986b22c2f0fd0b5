"""The calendar reminder job every notifications instance runs: each poll sends the reminders
that are due (due.py) to everyone in their audience, then records them done.

Sent once, however many instances poll and whenever one dies: a person's notice has a fixed id
(notice.py) and the dispatcher's insert of it is unique, so a reminder sent again, by a racing
instance or by the next poll after a crash mid fan-out, reaches nobody twice. The done record
comes last, after the whole audience was told; it only saves later polls the work. No TTL
index or timer is needed: a reminder whose moment passed while no instance ran is simply due
at the first poll after one starts, until its date.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from services.notifications.calendar.due import open_reminders, plan
from services.notifications.calendar.notice import outgoing
from services.notifications.calendar.season import Season
from services.notifications.calendar.store import CalendarStore
from services.notifications.dispatch import Dispatcher

log = logging.getLogger(__name__)


class CalendarReminders:
    def __init__(self, season: Season, store: CalendarStore, dispatcher: Dispatcher) -> None:
        self._season = season
        self._store = store
        self._dispatcher = dispatcher

    async def run_once(self) -> int:
        return await self.send_due(datetime.now(UTC))

    async def send_due(self, now: datetime) -> int:
        """Send what is due at ``now``; how many reminders this poll sent. Most polls find
        nothing open and touch no database."""
        candidates = open_reminders(self._season, now)
        if not candidates:
            return 0
        todo = plan(self._season, now, await self._store.done(candidates))
        for reminder in todo.pass_over:
            await self._store.mark_done(reminder, None, now)
        for reminder in todo.send:
            people = await self._store.audience(reminder.date.audience)
            for person in people:
                await self._dispatcher.send(outgoing(reminder, person, self._season.zone, now))
            await self._store.mark_done(reminder, len(people), now)
            log.info("calendar reminder %s sent to %d people", reminder.key, len(people))
        return len(todo.send)
