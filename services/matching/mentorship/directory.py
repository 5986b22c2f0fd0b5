"""Matching's read model of mentors (``mentors``), kept from ``MentorProfileUpdated`` events.

Each event carries the whole profile, so a mentor's document is replaced by a newer one; the
profile's ``updated_at`` decides which is newer, so a late or redelivered older event never
overwrites a newer profile. A mentor's events come through one partition (keyed by mentor id):
the consumer of that partition is the document's one writer, and may read, then write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pymongo.asynchronous.database import AsyncDatabase

from smartpick.events import MentorProfileUpdated
from smartpick.events.mentors import MentorProfile
from smartpick.mongo import Document, as_utc, stored_time


@dataclass(frozen=True)
class ListedMentor:
    id: str
    profile: MentorProfile
    verified: bool
    updated_at: datetime


class MentorDirectory:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._mentors = db.mentors

    async def keep(self, event: MentorProfileUpdated) -> bool:
        """Store the mentor as of ``event``; False, and nothing changed, when this profile or a
        newer one is kept already."""
        at = stored_time(event.updated_at)
        kept = await self._mentors.find_one({"_id": event.mentor_id}, {"updated_at": 1})
        if kept is not None and as_utc(kept["updated_at"]) >= at:
            return False
        await self._mentors.replace_one(
            {"_id": event.mentor_id},
            {"profile": event.profile.model_dump(mode="json"), "verified": event.verified,
             "updated_at": at}, upsert=True)
        return True

    async def mentor(self, mentor_id: str) -> ListedMentor | None:
        found = await self._mentors.find_one({"_id": mentor_id})
        return None if found is None else _listed(found)

    async def everyone(self) -> list[ListedMentor]:
        """The whole directory, for search: mentors number in the thousands at most."""
        return [_listed(found) async for found in self._mentors.find({})]


def _listed(found: Document) -> ListedMentor:
    return ListedMentor(id=found["_id"], profile=MentorProfile.model_validate(found["profile"]),
                        verified=bool(found.get("verified")),
                        updated_at=as_utc(found["updated_at"]))
