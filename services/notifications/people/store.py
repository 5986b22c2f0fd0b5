"""Whom the notifications service may tell, and how: one document per account, from profiles'
account events (``AccountRegistered``, ``AccountEmailVerified``).

``people`` documents are written only by the handlers of ``profiles.accounts``, whose events come
through one partition per account, in order: each document has one writer. Email goes only to
an address the account verified.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from smartpick.mongo import Document, insert_once
from smartpick.shared_reads import SharedReads


class PeopleStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._reads = SharedReads(db.people)
        """Each send of a kind with email reads its recipient: those sent at once share a
        query."""

    async def registered(self, account_id: str, email: str, role: str) -> None:
        """Record a new account; again, nothing changes (it may be verified by then)."""
        await insert_once(self._db.people, {"_id": account_id, "email": email, "role": role,
                                            "email_verified": False,
                                            "registered_at": datetime.now(UTC)})

    async def verified(self, account_id: str, email: str) -> None:
        """The account verified ``email``; an account registered before this service kept
        people (no ``AccountRegistered`` seen) is recorded by its verification, role unknown."""
        await self._db.people.update_one(
            {"_id": account_id},
            {"$set": {"email": email, "email_verified": True},
             "$setOnInsert": {"role": None, "registered_at": datetime.now(UTC)}}, upsert=True)

    async def person(self, account_id: str) -> Document | None:
        return await self._reads.get(account_id)

    async def verified_email(self, account_id: str) -> str | None:
        """Where email notices to ``account_id`` go; None while it has no verified address."""
        person = await self.person(account_id)
        if person is None or not person.get("email_verified"):
            return None
        email: str = person["email"]
        return email
