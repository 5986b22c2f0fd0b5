"""Pushing mentor suggestions when an applicant's profile changes meaningfully, exactly once.

The applicant's profile handler calls this before it writes the profile (recommendations/
handlers.py), with the profile matching kept until then: a process dying in between leaves the
change to be found again when the event is redelivered. Exactly once: the insert of
``mentor_suggestions`` ``<applicant id>@<profile time>`` decides, and carries the event in its
outbox (one write); a redelivered event, or a second instance handling it during a rebalance,
computes again and loses that insert. ``mentor_suggestions_last`` keeps, by applicant, the set
last pushed, written by the applicant's partition consumer only, and again after a lost insert
(which repairs a crash between the two writes).
"""

from __future__ import annotations

from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.matching.mentorship.claims import Claims
from services.matching.mentorship.compatibility import Mentor
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.mentees import listed_mentee
from services.matching.mentorship.search import MentorFilter, Suggestion, search
from services.matching.mentorship.store import MentorshipStore
from services.matching.mentorship.suggestions import (
    MENTOR_FIELDS,
    differs,
    meaningful_change,
    suggestions_event,
    top_suggestions,
)
from services.matching.recommendations.ranking import Rankings
from smartpick.events.models import ApplicantProfile
from smartpick.mongo import Document, as_utc, stored_time
from smartpick.outbox import Outbox

COLLECTION = "mentor_suggestions"
LAST = "mentor_suggestions_last"


class MentorSuggestions:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox, directory: MentorDirectory,
                 mentorships: MentorshipStore, pairs: Claims, rankings: Rankings) -> None:
        self._pushed = db[COLLECTION]
        self._last = db[LAST]
        self._outbox = outbox
        self._directory = directory
        self._mentorships = mentorships
        self._pairs = pairs
        self._rankings = rankings

    async def profile_changed(self, applicant_id: str, profile: ApplicantProfile,
                              profile_at: datetime, kept: Document) -> bool:
        """Push the applicant's best mentors if ``profile`` changed what they are matched on
        since ``kept`` (the stored applicant, ``{}`` for none) and they differ from the last
        pushed; whether this call staged the event. A late, older profile pushes nothing."""
        at = stored_time(profile_at)
        if kept.get("profile_at") is not None and as_utc(kept["profile_at"]) > at:
            return False
        new = profile.model_dump(mode="json", include=set(MENTOR_FIELDS))
        if not meaningful_change(kept.get("profile"), new):
            return False
        top = await self.top_for(applicant_id, profile, profile_at)
        last = await self._last.find_one({"_id": applicant_id})
        if not differs(top, None if last is None else last["mentor_ids"]):
            return False
        suggestion_id = f"{applicant_id}@{at.isoformat()}"
        event = suggestions_event(applicant_id, top, at, datetime.now(UTC))
        mentor_ids = [mentor.mentor_id for mentor in event.mentors]
        try:
            await self._outbox.insert(self._pushed, {
                "_id": suggestion_id, "applicant_id": applicant_id, "mentor_ids": mentor_ids,
                "profile_at": at}, event)
            staged = True
        except DuplicateKeyError:  # pushed already, perhaps with a directory seen earlier
            staged = False
            found = await self._pushed.find_one({"_id": suggestion_id}, {"mentor_ids": 1})
            mentor_ids = found["mentor_ids"] if found else mentor_ids
        await self._last.replace_one({"_id": applicant_id},
                                     {"mentor_ids": mentor_ids, "suggestion": suggestion_id},
                                     upsert=True)
        return staged

    async def top_for(self, applicant_id: str, profile: ApplicantProfile,
                      profile_at: datetime) -> list[Suggestion]:
        """The best available mentors for the applicant, as mentor search ranks them, without
        those they have an open request or relationship with."""
        mentee = await listed_mentee(applicant_id, profile, profile_at, self._rankings)
        listed = await self._directory.everyone()
        ranked = search(mentee, [Mentor(m.id, m.profile, m.verified) for m in listed],
                        MentorFilter(only_available=True), await self._mentorships.standings())
        taken = {key.partition("|")[2] for key in await self._pairs.keys_held_by(applicant_id)}
        return top_suggestions(ranked, taken)
