"""MongoDB access of the calendar reminders: who is in an audience, and which reminders are done.

``calendar_reminders_sent`` holds one document per reminder (``_id`` its key) once it was sent to
its whole audience or passed over; the insert is unique, the one write FerretDB makes atomic, so
racing instances may both finish a reminder but only one records it. Nothing is ever updated.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from datetime import datetime

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.notifications.calendar.due import Reminder
from smartpick.auth import Role
from smartpick.mongo import Document, find_by_ids

DONE = "calendar_reminders_sent"


class CalendarStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._people = db.people
        self._done = db[DONE]

    async def audience(self, roles: Set[Role]) -> list[str]:
        """The accounts whose role is one of ``roles``. A filter on ``role`` reads the whole
        ``people`` collection on FerretDB; it runs only when a reminder goes out, a few times
        a season."""
        wanted = sorted(role.value for role in roles)
        found = self._people.find({"role": {"$in": wanted}}, {"_id": 1})
        return [person["_id"] async for person in found]

    async def done(self, reminders: Iterable[Reminder]) -> set[str]:
        """The keys of ``reminders`` already sent or passed over (look-ups by ``_id``)."""
        found = await find_by_ids(self._done, [reminder.key for reminder in reminders], {"_id": 1})
        return {document["_id"] for document in found}

    async def mark_done(self, reminder: Reminder, sent_to: int | None, at: datetime) -> bool:
        """Record ``reminder`` done: sent to ``sent_to`` people, or passed over (None). False
        when another instance recorded it first."""
        document = {"_id": reminder.key, "season": reminder.season, "date": reminder.date.id,
                    "days_before": reminder.days_before, "sent_to": sent_to, "at": at}
        try:
            await self._done.insert_one(document)
        except DuplicateKeyError:
            return False
        return True
