"""MongoDB access of mentors' profiles and of their organizations' verifications.

Each document has one writer, since on FerretDB a second writer of a document overwrites the
first (deploy/local/README.md): ``mentors`` holds what the mentor wrote, ``mentor_verifications``
one decision per mentor and organization, written by that organization's admin. A verification
counts only while the profile names its organization and was decided after the profile started
naming it, so a mentor who changes organization is unverified without anyone writing it.

Each write stages the mentor's whole state (``MentorProfileUpdated``) through the outbox. The
state it stages is read from the other writer's document just before; if that document changed
in between, the re-read after the write shows it and the writer stages the state again, later:
of two writes at once, at least one of them sees the other.

Every event's time comes after the time of the mentor's state it follows, a millisecond at
least, and is the time its document then holds (so the next write reads it); the writes of one
mentor go one at a time in an instance. Matching keeps the newest time and refuses an equal or
older one (``MentorDirectory.keep``), and on FerretDB two writes of one document at once can
lose one's outbox entry (twelve saves at once lost two events).
"""

from __future__ import annotations

from pymongo.asynchronous.database import AsyncDatabase

from services.profiles.mentors.models import SavedMentorProfile
from smartpick.events import MentorProfileUpdated
from smartpick.events.mentors import MentorProfile
from smartpick.keyed_lock import KeyedLock
from smartpick.mongo import Document, as_utc, stored_after
from smartpick.outbox import Outbox

OUTBOX_COLLECTIONS = ("mentors", "mentor_verifications")


class NoSuchMentor(Exception):
    """No mentor profile has this id."""


class NotTheirOrganization(Exception):
    """The mentor's profile does not name the organization of the admin deciding."""


def _verification_id(mentor_id: str, organization_id: str) -> str:
    return f"{mentor_id}|{organization_id}"


def _state(mentor: Document, verification: Document | None) -> SavedMentorProfile:
    """The mentor's profile with the verification that counts for it, if any."""
    updated_at = as_utc(mentor["updated_at"])
    verified = False
    if verification is not None:
        decided_at = as_utc(verification["decided_at"])
        if decided_at >= as_utc(mentor["organization_since"]):
            verified = verification["verified"]
            updated_at = max(updated_at, decided_at)
    return SavedMentorProfile(**mentor["profile"], verified=verified, updated_at=updated_at)


def _event(mentor_id: str, state: SavedMentorProfile) -> MentorProfileUpdated:
    profile = MentorProfile.model_validate(state.model_dump(exclude={"verified", "updated_at"}))
    return MentorProfileUpdated(mentor_id=mentor_id, profile=profile, verified=state.verified,
                                updated_at=state.updated_at)


class MentorsStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox
        self._writing = KeyedLock()

    async def profile(self, mentor_id: str) -> SavedMentorProfile | None:
        mentor = await self._mentor(mentor_id)
        if mentor is None:
            return None
        return _state(mentor, await self._verification(mentor_id, mentor))

    async def save_profile(self, mentor_id: str, profile: MentorProfile) -> SavedMentorProfile:
        """Store the profile with its event; naming another organization (or none) starts the
        profile's time with it anew, which leaves earlier verifications behind."""
        async with self._writing.one_at_a_time(mentor_id):
            stored = await self._mentor(mentor_id)
            decided = None if stored is None else await self._verification(mentor_id, stored)
            previous = None if stored is None else _state(stored, decided).updated_at
            now = stored_after(previous)
            same = (stored is not None
                    and stored["profile"].get("organization_id") == profile.organization_id)
            mentor = {"profile": profile.model_dump(mode="json"), "updated_at": now,
                      "organization_since": stored["organization_since"] if same and stored
                      else now}
            # the same organization's decision was just read; another one's is read now
            verification = decided if same else await self._verification(mentor_id, mentor)
            state = _state(mentor, verification)
            await self._outbox.stage(self._db.mentors, mentor_id, {"$set": mentor},
                                     _event(mentor_id, state), upsert=True)
            fresh = _state(mentor, await self._verification(mentor_id, mentor))
            if fresh != state:  # the organization decided meanwhile: the later event says so
                fresh = fresh.model_copy(update={"updated_at": stored_after(fresh.updated_at)})
                await self._outbox.stage(self._db.mentors, mentor_id,
                                         {"$set": {"updated_at": fresh.updated_at}},
                                         _event(mentor_id, fresh))
            return fresh

    async def verify(self, mentor_id: str, organization_id: str,
                     verified: bool) -> SavedMentorProfile:
        """Record the organization's decision with the mentor's new state as its event."""
        async with self._writing.one_at_a_time(mentor_id):
            mentor = await self._mentor(mentor_id)
            if mentor is None:
                raise NoSuchMentor(mentor_id)
            if mentor["profile"].get("organization_id") != organization_id:
                raise NotTheirOrganization(mentor_id)
            previous = _state(mentor, await self._verification(mentor_id, mentor)).updated_at
            decision = {"mentor_id": mentor_id, "organization_id": organization_id,
                        "verified": verified, "decided_at": stored_after(previous)}
            state = _state(mentor, decision)
            document_id = _verification_id(mentor_id, organization_id)
            await self._outbox.stage(self._db.mentor_verifications, document_id,
                                     {"$set": decision}, _event(mentor_id, state), upsert=True)
            changed = await self._mentor(mentor_id)
            if changed is None or changed["updated_at"] == mentor["updated_at"]:
                return state
            fresh = _state(changed, await self._verification(mentor_id, changed))
            if fresh != state:  # the mentor saved meanwhile: the later event says what holds
                later = stored_after(max(fresh.updated_at, state.updated_at))
                fresh = fresh.model_copy(update={"updated_at": later})
                await self._outbox.stage(self._db.mentor_verifications, document_id,
                                         {"$set": {"decided_at": later}}, _event(mentor_id, fresh))
            return fresh

    async def _mentor(self, mentor_id: str) -> Document | None:
        return await self._db.mentors.find_one(
            {"_id": mentor_id}, {"profile": 1, "updated_at": 1, "organization_since": 1})

    async def _verification(self, mentor_id: str, mentor: Document) -> Document | None:
        """The decision of the organization the profile names, if it made one."""
        organization_id = mentor["profile"].get("organization_id")
        if organization_id is None:
            return None
        return await self._db.mentor_verifications.find_one(
            {"_id": _verification_id(mentor_id, organization_id)})
