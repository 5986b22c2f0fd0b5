"""Goals of an ACTIVE mentorship: either side adds one, either side changes its status.

A goal is its own document (``mentorship_goals``), inserted once. Its status changes are new
documents too (``goal_updates``, ``_id`` ``<goal>#<revision>``): a change inserts the revision
after the latest it read, so of two racing changes exactly one is kept (a unique insert, the one
atomic write on FerretDB) and the other is refused with CONFLICT. No document is ever updated,
so none has two writers. The current status is that of the latest revision (OPEN before any).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.rules import Code, may_write, refused
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import GoalStatus, MentorshipStatus
from smartpick.mongo import Document, insert_once

ACTIVE = frozenset({MentorshipStatus.ACTIVE})


class Goals:
    def __init__(self, db: AsyncDatabase[Document], lifecycle: Lifecycle) -> None:
        self._goals = db.mentorship_goals
        self._updates = db.goal_updates
        self._lifecycle = lifecycle

    async def ensure_indexes(self) -> None:
        await self._goals.create_index([("mentorship_id", ASCENDING), ("due", ASCENDING)])
        await self._updates.create_index([("mentorship_id", ASCENDING)])
        await self._updates.create_index([("goal_id", ASCENDING), ("revision", DESCENDING)])

    async def _under_way(self, mentorship_id: str, account_id: str, what: str) -> None:
        mentorship, _ = await self._lifecycle.visible(mentorship_id, account_id)
        may_write(MentorshipStatus(mentorship["status"]), what, ACTIVE)

    async def add(self, mentorship_id: str, account_id: str, title: str, topic: MentorTopic,
                  due: date) -> Document:
        await self._under_way(mentorship_id, account_id, "add goals")
        goal = {"_id": str(uuid.uuid4()), "mentorship_id": mentorship_id,
                "creator_id": account_id, "title": title, "topic": topic.value,
                "due": due.isoformat(), "at": datetime.now(UTC)}
        await self._goals.insert_one(goal)
        return {**goal, "status": GoalStatus.OPEN.value, "revision": 0}

    async def set_status(self, mentorship_id: str, goal_id: str, account_id: str,
                         status: GoalStatus) -> Document:
        """The goal with its new status; CONFLICT when another change of it came first."""
        await self._under_way(mentorship_id, account_id, "change goals")
        goal = await self._goals.find_one({"_id": goal_id, "mentorship_id": mentorship_id})
        if goal is None:
            raise refused(404, Code.NOT_FOUND, f"no goal {goal_id[:64]!r} in this mentorship")
        latest = await self._updates.find_one({"goal_id": goal_id},
                                              sort=[("revision", DESCENDING)])
        revision = 1 if latest is None else latest["revision"] + 1
        update = {"_id": f"{goal_id}#{revision}", "goal_id": goal_id,
                  "mentorship_id": mentorship_id, "revision": revision, "status": status.value,
                  "by": account_id, "at": datetime.now(UTC)}
        if not await insert_once(self._updates, update):
            raise refused(409, Code.CONFLICT, "this goal was changed meanwhile: read it again")
        return {**goal, "status": status.value, "revision": revision}

    async def of(self, mentorship_id: str, account_id: str) -> list[Document]:
        """The mentorship's goals, soonest due first, each with its current status."""
        await self._lifecycle.visible(mentorship_id, account_id)
        current: dict[str, tuple[int, str]] = {}  # goal -> (revision, status)
        async for update in self._updates.find({"mentorship_id": mentorship_id}):
            seen = current.get(update["goal_id"], (0, GoalStatus.OPEN.value))
            current[update["goal_id"]] = max(seen, (update["revision"], update["status"]))
        goals = await self._goals.find({"mentorship_id": mentorship_id}).sort(
            [("due", ASCENDING), ("at", ASCENDING)]).to_list()
        opened = (0, GoalStatus.OPEN.value)
        return [{**goal, "revision": current.get(goal["_id"], opened)[0],
                 "status": current.get(goal["_id"], opened)[1]} for goal in goals]

    async def counts_of(self, mentorship_ids: Sequence[str]) -> tuple[int, int]:
        """How many goals these mentorships set, and how many of them are DONE now."""
        ids = {"mentorship_id": {"$in": list(mentorship_ids)}}
        total = await self._goals.count_documents(ids)
        current: dict[str, tuple[int, str]] = {}  # goal -> (revision, status)
        async for update in self._updates.find(ids, {"goal_id": 1, "revision": 1, "status": 1}):
            seen = current.get(update["goal_id"], (0, GoalStatus.OPEN.value))
            current[update["goal_id"]] = max(seen, (update["revision"], update["status"]))
        return total, sum(status == GoalStatus.DONE.value for _, status in current.values())
