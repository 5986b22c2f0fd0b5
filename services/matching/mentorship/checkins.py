"""Check-ins of an ACTIVE mentorship: either side records a meeting (its date, notes both see,
the next date). Each is its own document (``mentorship_checkins``), inserted once, never changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.goals import ACTIVE
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.rules import may_write
from smartpick.events.mentorships import MentorshipStatus
from smartpick.mongo import Document


class CheckIns:
    def __init__(self, db: AsyncDatabase[Document], lifecycle: Lifecycle) -> None:
        self._checkins = db.mentorship_checkins
        self._lifecycle = lifecycle

    async def ensure_indexes(self) -> None:
        await self._checkins.create_index([("mentorship_id", ASCENDING), ("date", DESCENDING)])

    async def record(self, mentorship_id: str, account_id: str, held_on: date, notes: str,
                     next_date: date | None) -> Document:
        mentorship, _ = await self._lifecycle.visible(mentorship_id, account_id)
        may_write(MentorshipStatus(mentorship["status"]), "record check-ins", ACTIVE)
        checkin = {"_id": str(uuid.uuid4()), "mentorship_id": mentorship_id,
                   "recorder_id": account_id, "date": held_on.isoformat(), "notes": notes,
                   "next_date": None if next_date is None else next_date.isoformat(),
                   "at": datetime.now(UTC)}
        await self._checkins.insert_one(checkin)
        return checkin

    async def of(self, mentorship_id: str, account_id: str) -> list[Document]:
        """The mentorship's check-ins, latest meeting first."""
        await self._lifecycle.visible(mentorship_id, account_id)
        return await self._checkins.find({"mentorship_id": mentorship_id}).sort(
            [("date", DESCENDING), ("at", DESCENDING)]).to_list()

    async def dates_of(self, mentorship_ids: Sequence[str]) -> list[date]:
        """The meeting dates of these mentorships' check-ins (a cohort report counts them)."""
        found = self._checkins.find({"mentorship_id": {"$in": list(mentorship_ids)}},
                                    {"date": 1})
        return [date.fromisoformat(checkin["date"]) async for checkin in found]
