"""The mentorship lifecycle: a request, the mentor's answer, and how a relationship ends.

Each change is checked against rules.py, decided by a unique insert (store.py: one winner per
revision; claims.py: a mentor's capacity slots, a mentee's open requests, one relationship per
pair, one mentor per mentee at a time), then the claims the new status no longer holds are
freed. Refusals are ``Refused`` values with a code; someone who is not one of the two people
gets the answer an unknown id gets.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from services.matching.mentorship.claims import Claims
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.rules import (
    HOLDS_SLOT,
    MAX_OPEN_REQUESTS,
    TERMINAL,
    Actor,
    Code,
    Side,
    allowed,
    refused,
    side_of,
)
from services.matching.mentorship.store import MentorshipStore
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import MentorshipChange, MentorshipStatus
from smartpick.http_errors import Refused
from smartpick.mongo import Document, as_utc

SUPERSEDED = "the mentee's request to another mentor was accepted"
MENTORED = "this applicant has just been accepted by another mentor: one mentor at a time"


class Lifecycle:
    def __init__(self, store: MentorshipStore, mentors: MentorDirectory, slots: Claims,
                 requests: Claims, pairs: Claims, mentees: Claims) -> None:
        self.store = store
        self._mentors = mentors
        self._slots = slots
        self._requests = requests
        self._pairs = pairs
        self._mentees = mentees

    async def request(self, mentee_id: str, mentor_id: str, message: str,
                      goals: list[MentorTopic], contact: str | None = None,
                      mentorship_id: str | None = None) -> Document:
        """A new REQUESTED mentorship, if the mentor takes requests and the mentee may ask.

        ``mentorship_id``: an id the caller derived (a cohort pair's), so a request made again
        after a crash is known by it; a new random one otherwise."""
        mentor = await self._mentors.mentor(mentor_id)
        if mentor is None:
            raise refused(404, Code.NOT_FOUND, f"no mentor {mentor_id[:64]!r}")
        if not mentor.profile.accepting_mentees:
            raise refused(409, Code.NOT_ACCEPTING, "this mentor does not take new mentees now")
        if await self._slots.held_by(mentor_id) >= mentor.profile.capacity:
            raise refused(409, Code.CAPACITY_REACHED, "this mentor has no free place now")
        if await self._mentees.held_by(mentee_id):
            raise refused(409, Code.ALREADY_MENTORED,
                          "you have a mentor now: one mentor at a time, so ask another once "
                          "this mentorship is completed or cancelled")
        mentorship_id = mentorship_id or str(uuid.uuid4())
        pair = f"{mentee_id}|{mentor_id}"
        if await self._pairs.claim_first([pair], mentorship_id, mentee_id) is None:
            raise refused(409, Code.CONFLICT, "you already have an open request or a mentorship "
                                              "with this mentor")
        keys = [f"{mentee_id}:{k}" for k in range(MAX_OPEN_REQUESTS)]
        request = await self._requests.claim_first(keys, mentorship_id, mentee_id)
        if request is None:
            await self._pairs.release(pair, mentorship_id)
            raise refused(409, Code.TOO_MANY_REQUESTS,
                          f"you have {MAX_OPEN_REQUESTS} requests waiting for an answer: "
                          "withdraw one, or wait until one is answered or expires")
        now = datetime.now(UTC)
        mentorship = {
            "_id": mentorship_id, "mentee_id": mentee_id, "mentor_id": mentor_id,
            "parties": [mentee_id, mentor_id], "status": MentorshipStatus.REQUESTED.value,
            "message": message, "goals": [goal.value for goal in goals], "reason": None,
            "created_at": now, "updated_at": now, "revision": 1, "request_claim": request,
            "pair_claim": pair, "slot": None, "transition": None,
            "mentee_contact": contact}
        await self.store.create(mentorship)
        if await self._mentees.held_by(mentee_id):
            # another mentor accepted the mentee since the check above: the withdrawal of the
            # mentee's other requests (withdraw_others) takes those made before the accept,
            # and this one may have been made after it, to wait for nobody until it expired
            await self._by_platform(mentorship, MentorshipChange.WITHDRAWN, SUPERSEDED)
            raise refused(409, Code.ALREADY_MENTORED, MENTORED)
        return mentorship

    async def visible(self, mentorship_id: str, account_id: str) -> tuple[Document, Side]:
        """The mentorship and the caller's side; 404 for anyone but its two people."""
        mentorship = await self.store.get(mentorship_id)
        side = None if mentorship is None else side_of(mentorship, account_id)
        if mentorship is None or side is None:
            raise refused(404, Code.NOT_FOUND, f"no mentorship {mentorship_id[:64]!r}")
        return mentorship, side

    async def respond(self, mentorship_id: str, account_id: str, accept: bool,
                      reason: str | None, contact: str | None = None) -> Document:
        """Decline, or accept with the mentee's claim and a capacity slot (``contact``: the
        mentor's, for the mentee)."""
        mentorship, side = await self.visible(mentorship_id, account_id)
        if not accept:
            return await self.change(mentorship, MentorshipChange.DECLINED, side, account_id,
                                     reason)
        if _superseded(mentorship):  # the winning accept's event came first
            raise refused(409, Code.ALREADY_MENTORED, MENTORED)
        transition = allowed(MentorshipChange.ACCEPTED, _status(mentorship), side)
        mentee = await self._claim_mentee(mentorship)
        try:
            slot = await self._claim_slot(mentorship)
        except Refused:
            await self._mentees.release(mentee, mentorship_id)
            raise
        changed = await self.store.transition(mentorship, transition, account_id, reason, slot,
                                              contact)
        if changed is None:
            await self._slots.release(slot, mentorship_id)
            await self._mentees.release(mentee, mentorship_id)
            raise await self._lost(mentorship_id)
        await self._free_claims(mentorship, changed)
        return changed

    async def _claim_mentee(self, mentorship: Document) -> str:
        """The mentee's one claim (``<mentee id>``), or ALREADY_MENTORED: of mentors accepting
        the same mentee at once, one wins; the others' requests are then withdrawn by the
        winner's event (withdraw_others)."""
        mentee_id = mentorship["mentee_id"]
        if await self._mentees.claim_first([mentee_id], mentorship["_id"], mentee_id) is None:
            raise refused(409, Code.ALREADY_MENTORED, MENTORED)
        return str(mentee_id)

    async def _claim_slot(self, mentorship: Document) -> str:
        """One of the mentor's capacity slots for ``mentorship``, or CAPACITY_REACHED.

        The slots are numbered below the capacity, so racing accepts cannot take more. A
        capacity lowered below the slots held leaves slots above it, which nobody claims any
        more but which still count: the count after the claim refuses while they last, and
        the last of racing claimers sees every earlier claim, so none stays over capacity."""
        mentor_id = mentorship["mentor_id"]
        listed = await self._mentors.mentor(mentor_id)
        capacity = listed.profile.capacity if listed is not None else 0
        keys = [f"{mentor_id}:{k}" for k in range(capacity)]
        slot = await self._slots.claim_first(keys, mentorship["_id"], mentor_id)
        if slot is not None and await self._slots.held_by(mentor_id) > capacity:
            await self._slots.release(slot, mentorship["_id"])
            slot = None
        if slot is None:
            raise refused(409, Code.CAPACITY_REACHED,
                          f"all {capacity} places of your capacity are taken: complete or cancel "
                          "a mentorship, or raise your capacity, to accept another")
        return slot

    async def change(self, mentorship: Document, change: MentorshipChange, side: Actor | None,
                     actor_id: str | None, reason: str | None = None) -> Document:
        """Make ``change`` (one that takes no slot) as ``side`` asks (None: the platform)."""
        transition = allowed(change, _status(mentorship), side)
        changed = await self.store.transition(mentorship, transition, actor_id, reason)
        if changed is None:
            raise await self._lost(mentorship["_id"])
        await self._free_claims(mentorship, changed)
        return changed

    async def _lost(self, mentorship_id: str) -> Exception:
        """The refusal of a change another change of the same revision beat."""
        now = await self.store.get(mentorship_id)
        status = "changed" if now is None else now["status"]
        return refused(409, Code.CONFLICT, f"this mentorship was {status} meanwhile")

    async def _free_claims(self, before: Document, after: Document) -> None:
        """Free what ``after``'s status no longer holds (rules.holds says which)."""
        mentorship_id = after["_id"]
        if _status(before) is MentorshipStatus.REQUESTED:
            await self._requests.release(after["request_claim"], mentorship_id)
        if _status(after) in TERMINAL:
            await self._pairs.release(after["pair_claim"], mentorship_id)
            if after.get("slot") is not None:
                await self._slots.release(after["slot"], mentorship_id)
            if _status(before) in HOLDS_SLOT:
                await self._mentees.release(after["mentee_id"], mentorship_id)

    async def expire_unanswered(self, ttl: timedelta) -> int:
        """Expire the requests unanswered for ``ttl``; how many this call expired."""
        expired = 0
        for mentorship in await self.store.requested_before(datetime.now(UTC) - ttl):
            expired += await self._by_platform(mentorship, MentorshipChange.EXPIRED)
        return expired

    async def withdraw_others(self, mentee_id: str, accepted_id: str, accepted_at: datetime
                              ) -> int:
        """Withdraw the mentee's requests made before ``accepted_id`` was accepted."""
        withdrawn = 0
        for mentorship in await self.store.requested_by(mentee_id):
            if mentorship["_id"] != accepted_id and as_utc(mentorship["created_at"]) < accepted_at:
                withdrawn += await self._by_platform(mentorship, MentorshipChange.WITHDRAWN,
                                                     SUPERSEDED)
        return withdrawn

    async def _by_platform(self, mentorship: Document, change: MentorshipChange,
                           reason: str | None = None) -> int:
        """1 if the platform made ``change``; 0 when someone else's change came first."""
        try:
            await self.change(mentorship, change, None, None, reason)
        except Refused as error:
            if error.code != Code.CONFLICT.value:
                raise
            return 0
        return 1


def _superseded(mentorship: Document) -> bool:
    """Withdrawn by the platform because another mentor accepted the mentee."""
    return bool(_status(mentorship) is MentorshipStatus.WITHDRAWN
                and mentorship.get("reason") == SUPERSEDED)


def _status(mentorship: Document) -> MentorshipStatus:
    return MentorshipStatus(mentorship["status"])
