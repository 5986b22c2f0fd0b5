"""MongoDB access of mentorships: the relationship documents and the markers of their transitions.

A mentorship is one document (``mentorships``) with a ``revision``. Who makes the change from
revision r is decided by inserting the marker ``<mentorship id>#<r>`` into
``mentorship_transitions`` (a unique ``_id``: two racing responses, or an accept racing a
withdrawal, cannot both win); the winner is then the document's one writer, and writes the new
status with its ``MentorshipChanged`` event staged in the same write (smartpick/outbox.py).
The marker holds the whole change, so a change whose writer died after the marker is finished by
the repair sweep (repair.py), with the same event id.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.rules import Transition
from services.matching.mentorship.search import RequestAnswer, Standing
from smartpick.events import MentorshipChanged
from smartpick.events.mentorships import MentorshipChange, MentorshipStatus
from smartpick.mongo import Document, as_utc, insert_once
from smartpick.outbox import FIELD, STAGED_AT, Outbox

OUTBOX_COLLECTIONS = ("mentorships",)
ANSWERS = (MentorshipChange.ACCEPTED.value, MentorshipChange.DECLINED.value)
HOLDING = (MentorshipStatus.ACTIVE.value, MentorshipStatus.PAUSED.value)
"""The statuses in which a mentorship takes one of its mentor's places."""
HIDDEN = {FIELD: 0, STAGED_AT: 0}


def changed_event(mentorship: Document, previous: MentorshipStatus | None,
                  change: MentorshipChange, actor_id: str | None) -> MentorshipChanged:
    """The event of ``mentorship`` as it is after ``change``."""
    return MentorshipChanged(
        mentorship_id=mentorship["_id"], mentee_id=mentorship["mentee_id"],
        mentor_id=mentorship["mentor_id"], status=mentorship["status"],
        previous_status=previous, change=change, actor_id=actor_id,
        reason=mentorship.get("reason"), message=mentorship["message"],
        goals=mentorship["goals"], at=as_utc(mentorship["updated_at"]),
        revision=mentorship["revision"])


class MentorshipStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._mentorships = db.mentorships
        self._transitions = db.mentorship_transitions
        self._repair_turns = db.mentorship_repair_turns
        self._outbox = outbox

    async def ensure_indexes(self) -> None:
        await self._mentorships.create_index([("parties", ASCENDING), ("created_at", DESCENDING)])
        await self._mentorships.create_index([("mentee_id", ASCENDING), ("status", ASCENDING)])
        await self._mentorships.create_index([("status", ASCENDING), ("created_at", ASCENDING)])
        await self._transitions.create_index("at")

    async def create(self, mentorship: Document) -> None:
        """Insert a new request with its event (revision 1)."""
        event = changed_event(mentorship, None, MentorshipChange.REQUESTED,
                              mentorship["mentee_id"])
        await self._outbox.insert(self._mentorships, mentorship, event)

    async def get(self, mentorship_id: str) -> Document | None:
        """The whole document, with its outbox: what a transition of it starts from."""
        return await self._mentorships.find_one({"_id": mentorship_id})

    async def many(self, mentorship_ids: list[str]) -> dict[str, Document]:
        """The mentorships of ``mentorship_ids`` found, by id (without their outbox)."""
        found = await self._mentorships.find({"_id": {"$in": mentorship_ids}}, HIDDEN).to_list()
        return {mentorship["_id"]: mentorship for mentorship in found}

    async def page_for(self, account_id: str, status: MentorshipStatus | None, skip: int,
                       limit: int) -> tuple[list[Document], int]:
        """The mentorships ``account_id`` is in (either side), newest first."""
        query: dict[str, Any] = {"parties": account_id}
        if status is not None:
            query["status"] = status.value
        total = await self._mentorships.count_documents(query)
        found = await self._mentorships.find(query, HIDDEN).sort(
            [("created_at", DESCENDING), ("_id", DESCENDING)]).skip(skip).limit(limit).to_list()
        return found, total

    async def requested_before(self, cutoff: datetime, limit: int = 100) -> list[Document]:
        """Requests still unanswered that were made before ``cutoff``, oldest first."""
        return await self._mentorships.find(
            {"status": MentorshipStatus.REQUESTED.value, "created_at": {"$lt": cutoff}},
        ).sort([("created_at", ASCENDING)]).limit(limit).to_list()

    async def requested_by(self, mentee_id: str) -> list[Document]:
        """The mentee's requests still unanswered."""
        return await self._mentorships.find(
            {"mentee_id": mentee_id, "status": MentorshipStatus.REQUESTED.value}).to_list()

    async def transition(self, mentorship: Document, transition: Transition,
                         actor_id: str | None, reason: str | None,
                         slot: str | None = None,
                         contact: str | None = None) -> Document | None:
        """Make ``transition`` from ``mentorship`` as read; None when another change of that
        revision won (or the document moved on since it was read)."""
        revision = mentorship["revision"]
        marker = {"_id": f"{mentorship['_id']}#{revision}", "mentorship_id": mentorship["_id"],
                  "from_revision": revision, "change": transition.change.value,
                  "status": transition.to.value, "actor_id": actor_id, "reason": reason,
                  "slot": slot, "contact": contact, "at": datetime.now(UTC)}
        if not await insert_once(self._transitions, marker):
            return None
        return await self.apply(mentorship, marker)

    async def apply(self, mentorship: Document, marker: Document) -> Document | None:
        """Write the change ``marker`` holds onto ``mentorship`` (at the marker's revision)."""
        changes: dict[str, Any] = {
            "status": marker["status"], "updated_at": marker["at"], "reason": marker["reason"],
            "revision": marker["from_revision"] + 1, "transition": marker["_id"]}
        if marker["slot"] is not None:
            changes["slot"] = marker["slot"]
        if marker.get("contact") is not None:  # the mentor's, given with the accept
            changes["mentor_contact"] = marker["contact"]
        if marker["change"] in ANSWERS:
            changes["answered_at"] = marker["at"]  # how fast mentors answer (search.Standing)
        after = {**mentorship, **changes}
        event = changed_event(after, MentorshipStatus(mentorship["status"]),
                              MentorshipChange(marker["change"]), marker["actor_id"])
        if await self._outbox.stage(self._mentorships, mentorship["_id"], {"$set": changes},
                                    event, f"mentorship-{marker['_id']}",
                                    where={"revision": marker["from_revision"]},
                                    current=mentorship):
            return after
        now = await self.get(mentorship["_id"])
        # the repair sweep may have written this very change meanwhile
        return now if now is not None and now.get("transition") == marker["_id"] else None

    async def transitions_before(self, cutoff: datetime) -> list[Document]:
        """Markers made before ``cutoff``: the repair sweep finishes or forgets them."""
        return await self._transitions.find({"at": {"$lt": cutoff}}).to_list()

    async def marker(self, mentorship_id: str, revision: int) -> Document | None:
        """The marker of the change from ``revision``, if one was made."""
        return await self._transitions.find_one({"_id": f"{mentorship_id}#{revision}"})

    async def forget_transition(self, marker_id: str) -> None:
        await self._transitions.delete_one({"_id": marker_id})

    async def take_repair_turn(self, turn: str, forget_before: datetime) -> bool:
        """Whether this instance repairs in ``turn`` (one instance per turn, so each leftover
        has one deleter); the instance that does forgets turns older than ``forget_before``."""
        if not await insert_once(self._repair_turns, {"_id": turn, "at": datetime.now(UTC)}):
            return False
        await self._repair_turns.delete_many({"at": {"$lt": forget_before}})
        return True

    async def standings(self) -> dict[str, Standing]:
        """Each mentor's active mentees and how they answered requests, from one pass over the
        mentorships (FerretDB would scan for a per-mentor query as well)."""
        active: dict[str, int] = {}
        answers: dict[str, list[RequestAnswer]] = {}
        async for found in self._mentorships.find(
                {}, {"mentor_id": 1, "status": 1, "created_at": 1, "answered_at": 1}):
            mentor = found["mentor_id"]
            active[mentor] = active.get(mentor, 0) + (found["status"] in HOLDING)
            answered = found.get("answered_at")
            answers.setdefault(mentor, []).append(RequestAnswer(
                as_utc(found["created_at"]), None if answered is None else as_utc(answered),
                expired=found["status"] == MentorshipStatus.EXPIRED.value))
        return {mentor: Standing.of(active[mentor], asked) for mentor, asked in answers.items()}
