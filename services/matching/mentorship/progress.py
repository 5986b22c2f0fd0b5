"""What a mentorship records beside its status: goals and check-ins while it is active, each
side's feedback once it is completed; built together."""

from __future__ import annotations

from dataclasses import dataclass

from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.checkins import CheckIns
from services.matching.mentorship.feedback import Feedback
from services.matching.mentorship.goals import Goals
from services.matching.mentorship.lifecycle import Lifecycle
from smartpick.mongo import Document


@dataclass(frozen=True)
class MentorshipProgress:
    goals: Goals
    checkins: CheckIns
    feedback: Feedback

    @classmethod
    def of(cls, db: AsyncDatabase[Document], lifecycle: Lifecycle) -> MentorshipProgress:
        return cls(Goals(db, lifecycle), CheckIns(db, lifecycle), Feedback(db, lifecycle))

    async def ensure_indexes(self) -> None:
        await self.goals.ensure_indexes()
        await self.checkins.ensure_indexes()
        await self.feedback.ensure_indexes()
