"""Private feedback at the end of a mentorship: each side rates it once it is COMPLETED.

One document per side (``mentorship_feedback``, ``_id`` ``<mentorship>:<side>``), inserted once:
of two feedbacks of one side sent at once exactly one is kept, the other refused with CONFLICT
(a unique insert, the one atomic write on FerretDB). Only the giver reads it back; the other
side never sees it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.rules import Code, may_write, refused
from smartpick.events.mentorships import MentorshipStatus
from smartpick.mongo import Document, insert_once

COMPLETED = frozenset({MentorshipStatus.COMPLETED})


class Feedback:
    def __init__(self, db: AsyncDatabase[Document], lifecycle: Lifecycle) -> None:
        self._feedback = db.mentorship_feedback
        self._lifecycle = lifecycle

    async def ensure_indexes(self) -> None:
        await self._feedback.create_index("mentorship_id")

    async def give(self, mentorship_id: str, account_id: str, rating: int,
                   comment: str) -> Document:
        mentorship, side = await self._lifecycle.visible(mentorship_id, account_id)
        may_write(MentorshipStatus(mentorship["status"]), "give feedback", COMPLETED)
        given = {"_id": f"{mentorship_id}:{side}", "mentorship_id": mentorship_id,
                 "mentor_id": mentorship["mentor_id"], "side": side, "giver_id": account_id,
                 "rating": rating, "comment": comment, "at": datetime.now(UTC)}
        if not await insert_once(self._feedback, given):
            raise refused(409, Code.CONFLICT, "you gave your feedback on this mentorship already")
        return given

    async def mine(self, mentorship_id: str, account_id: str) -> Document | None:
        """The caller's own feedback, if given (never the other side's)."""
        _, side = await self._lifecycle.visible(mentorship_id, account_id)
        return await self._feedback.find_one({"_id": f"{mentorship_id}:{side}"})

    async def ratings_of(self, mentorship_ids: Sequence[str]) -> list[int]:
        """Every rating given on these mentorships, by either side (a cohort report averages
        them; no comment and no giver leaves this service that way)."""
        found = self._feedback.find({"mentorship_id": {"$in": list(mentorship_ids)}},
                                    {"rating": 1})
        return [given["rating"] async for given in found]
