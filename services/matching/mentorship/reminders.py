"""The reminder job: finds check-ins coming up and goals overdue in ACTIVE mentorships
(reminder_rules.py) and sends each reminder once, however many instances run it at once.

A reminder is a document (``mentorship_reminders``, ``_id`` ``checkin-due:<check-in>`` or
``goal-overdue:<goal>``) inserted once with its ``MentorshipReminderIssued`` event staged inside
(smartpick/outbox.py): of racing instances one insert wins, and a process dying before it leaves
the reminder to the next run, after it to the outbox relay. Each run reads check-ins by their next
date and goals by their due date (indexed), and mentorships by ``_id``, never all of them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, date, datetime

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.matching.mentorship.reminder_rules import (
    Reminder,
    check_in_window,
    check_ins_due,
    current_statuses,
    goals_overdue,
    latest_check_ins,
    overdue_window,
    reminder_id,
)
from smartpick.events.mentorships import MentorshipReminderIssued, MentorshipStatus, ReminderKind
from smartpick.mongo import Document, find_by_ids
from smartpick.outbox import Outbox

log = logging.getLogger(__name__)
COLLECTION = "mentorship_reminders"


class Reminders:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._reminders = db[COLLECTION]
        self._mentorships = db.mentorships
        self._checkins = db.mentorship_checkins
        self._goals = db.mentorship_goals
        self._goal_updates = db.goal_updates
        self._outbox = outbox

    async def ensure_indexes(self) -> None:
        await self._checkins.create_index([("next_date", ASCENDING)])
        await self._goals.create_index([("due", ASCENDING)])

    async def run_once(self) -> int:
        """Send what is due today (UTC); how many reminders this run sent."""
        return await self.send_due(datetime.now(UTC).date())

    async def send_due(self, today: date) -> int:
        first, last = check_in_window(today)
        checkins = await self._unsent(ReminderKind.CHECK_IN_DUE, await self._checkins.find(
            {"next_date": {"$gte": first, "$lte": last}}).to_list())
        since, before = overdue_window(today)
        goals = await self._unsent(ReminderKind.GOAL_OVERDUE, await self._goals.find(
            {"due": {"$gte": since, "$lt": before}}).to_list())
        active = await self._active({found["mentorship_id"] for found in [*checkins, *goals]})
        due: list[Reminder] = []
        if checkins:
            mine = await self._checkins.find(
                {"mentorship_id": {"$in": sorted({c["mentorship_id"] for c in checkins})}},
                {"mentorship_id": 1, "date": 1, "at": 1}).to_list()
            due += check_ins_due(checkins, latest_check_ins(mine), set(active), today)
        if goals:
            updates = await self._goal_updates.find(
                {"goal_id": {"$in": [goal["_id"] for goal in goals]}},
                {"goal_id": 1, "revision": 1, "status": 1}).to_list()
            due += goals_overdue(goals, current_statuses(updates), set(active), today)
        sent = 0
        for reminder in due:
            sent += await self._send(reminder, active[reminder.mentorship_id])
        if sent:
            log.info("sent %d mentorship reminders", sent)
        return sent

    async def _unsent(self, kind: ReminderKind, items: Sequence[Document]) -> list[Document]:
        """The ``items`` (check-ins or goals) not reminded of yet: once sent, a reminder costs
        later runs a look-up by ``_id`` only."""
        ids = [reminder_id(kind, item["_id"]) for item in items]
        sent = {found["_id"] for found in await find_by_ids(self._reminders, ids, {"_id": 1})}
        return [item for item, key in zip(items, ids, strict=True) if key not in sent]

    async def _active(self, mentorship_ids: set[str]) -> dict[str, Document]:
        found = await find_by_ids(self._mentorships, sorted(mentorship_ids),
                                  {"status": 1, "mentee_id": 1, "mentor_id": 1})
        return {m["_id"]: m for m in found if m["status"] == MentorshipStatus.ACTIVE.value}

    async def _send(self, reminder: Reminder, mentorship: Document) -> bool:
        """Insert the reminder with its event; False when another run sent it first."""
        at = datetime.now(UTC)
        event = MentorshipReminderIssued(
            kind=reminder.kind, mentorship_id=reminder.mentorship_id,
            mentee_id=mentorship["mentee_id"], mentor_id=mentorship["mentor_id"],
            item_id=reminder.item_id, title=reminder.title, date=reminder.on, at=at)
        document = {"_id": reminder.id, "kind": reminder.kind.value,
                    "mentorship_id": reminder.mentorship_id, "item_id": reminder.item_id, "at": at}
        try:
            await self._outbox.insert(self._reminders, document, event)
        except DuplicateKeyError:
            return False
        return True
