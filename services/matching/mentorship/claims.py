"""Claims that bound the lifecycle, each one document with a unique ``_id`` naming its mentorship.

A unique ``_id`` insert is the one write that decides between racing writers on FerretDB and on
MongoDB alike (FerretDB 1.24 runs conditional updates as read-then-write; deploy/local/README.md),
so every bound is a set of numbered keys and a claim is the first key whose insert succeeds:

- ``mentor_slots``: ``<mentor id>:<k>``, k below the mentor's capacity, one per ACTIVE or PAUSED
  mentorship: a mentor never has more than ``capacity`` of them, however many accepts race.
- ``open_requests``: ``<mentee id>:<k>``, k below 5, one per REQUESTED mentorship.
- ``mentorship_pairs``: ``<mentee id>|<mentor id>``, one open relationship per two people.
- ``mentee_mentorships``: ``<mentee id>``, held by the mentee's one ACTIVE or PAUSED mentorship:
  of mentors accepting the same mentee at once, one wins (one mentor at a time).

A claim is freed by deleting exactly it (its key and its mentorship), by the one writer of the
change that ends the holding, right after that change; one left by a writer that died is freed
by the repair sweep (repair.py), long after. Each claim has one deleter because FerretDB deletes
what it read a moment before by ``_id``: a second deleter of a claim could remove the next
claim of the same key, made in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.rules import ClaimKind
from smartpick.mongo import Document, insert_once

COLLECTIONS: dict[ClaimKind, str] = {"slot": "mentor_slots", "request": "open_requests",
                                     "pair": "mentorship_pairs", "mentee": "mentee_mentorships"}


class Claims:
    """The claims of one kind."""

    def __init__(self, db: AsyncDatabase[Document], kind: ClaimKind) -> None:
        self.kind = kind
        self._claims = db[COLLECTIONS[kind]]

    async def ensure_indexes(self) -> None:
        await self._claims.create_index("owner")

    async def claim_first(self, keys: Sequence[str], mentorship_id: str,
                          owner: str) -> str | None:
        """The first of ``keys`` claimed for ``mentorship_id``; None when all are held.

        ``owner`` (the mentor of a slot, the mentee of a request or of a mentee claim) lets
        ``held_by`` count them."""
        for key in keys:
            if await insert_once(self._claims, {"_id": key, "mentorship_id": mentorship_id,
                                                "owner": owner, "at": datetime.now(UTC)}):
                return key
        return None

    async def release(self, key: str, mentorship_id: str) -> None:
        """Free ``key`` if ``mentorship_id`` still holds it (never a later claim of that key)."""
        await self._claims.delete_one({"_id": key, "mentorship_id": mentorship_id})

    async def held_by(self, owner: str) -> int:
        return await self._claims.count_documents({"owner": owner})

    async def keys_held_by(self, owner: str) -> list[str]:
        return [found["_id"] async for found in self._claims.find({"owner": owner}, {"_id": 1})]

    async def older_than(self, cutoff: datetime) -> list[Document]:
        """Claims made before ``cutoff``: what the repair sweep checks."""
        return await self._claims.find({"at": {"$lt": cutoff}}).to_list()
