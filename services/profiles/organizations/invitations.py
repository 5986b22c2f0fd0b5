"""MongoDB access of invitations: an organization's codes, their uses, and invitations sent to
an email address.

A limited code's uses are documents ``<code>#<slot>``, slot 0 to max uses - 1: a join claims a
slot by inserting its document, the one write FerretDB decides atomically, so racing joins can
never admit more people than the code allows (a counter updated with ``$inc`` would: FerretDB
reads and writes it back unlocked). A join that claimed a slot and then finds the person a
member already gives the slot back by deleting it. An unlimited code's uses are recorded too,
one document each, so the admin sees how many joined with it.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from pymongo.asynchronous.database import AsyncDatabase

from services.profiles.organizations.codes import admits, new_code, use_id
from services.profiles.organizations.store import now_as_stored
from smartpick.mongo import Document, as_utc, insert_once, stored_time


class InvitationsStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._codes = db.organization_invitation_codes
        self._uses = db.organization_invitation_code_uses
        self._invitations = db.organization_invitations

    async def ensure_indexes(self) -> None:
        await self._codes.create_index("organization_id")
        await self._uses.create_index("code")
        await self._invitations.create_index("email")

    async def create_code(self, organization_id: str, expires_at: datetime | None,
                          max_uses: int | None) -> Document:
        code = {"_id": new_code(), "organization_id": organization_id,
                "created_at": now_as_stored(),
                "expires_at": stored_time(expires_at) if expires_at else None,
                "max_uses": max_uses, "revoked_at": None}
        await self._codes.insert_one(code)
        return code

    async def codes_of(self, organization_id: str) -> list[tuple[Document, int]]:
        """The organization's codes, newest first, each with how many joined with it."""
        codes = await self._codes.find({"organization_id": organization_id}).sort(
            "created_at", -1).to_list()
        return [(code, await self._uses.count_documents({"code": code["_id"]}))
                for code in codes]

    async def revoke(self, organization_id: str, code: str) -> tuple[Document, int] | None:
        """Revoke the organization's code (again: harmless), with its uses; None if it has no
        such code."""
        # The code's one writer is its organization's admin: a plain update is safe.
        result = await self._codes.update_one(
            {"_id": code, "organization_id": organization_id},
            {"$set": {"revoked_at": now_as_stored()}})
        revoked = await self._codes.find_one({"_id": code}) if result.matched_count else None
        return (revoked, await self._uses.count_documents({"code": code})) if revoked else None

    async def admitting_code(self, code: str) -> Document | None:
        """The code, if it lets someone join now (not revoked, not expired)."""
        found = await self._codes.find_one({"_id": code})
        return found if admits(found, now_as_stored()) else None

    async def claim_use(self, code: Document, account_id: str) -> str | None:
        """Record one use of ``code`` for ``account_id``: its document's id, or None when a
        limited code is used up."""
        use = {"code": code["_id"], "account_id": account_id, "at": now_as_stored()}
        if code["max_uses"] is None:
            document_id = f"{code['_id']}|{uuid.uuid4()}"
            await self._uses.insert_one({"_id": document_id, **use})
            return document_id
        taken = {document["slot"] for document in
                 await self._uses.find({"code": code["_id"]}, {"slot": 1}).to_list()}
        for slot in range(code["max_uses"]):
            if slot not in taken and await insert_once(
                    self._uses, {"_id": use_id(code["_id"], slot), "slot": slot, **use}):
                return use_id(code["_id"], slot)
        return None

    async def release_use(self, document_id: str) -> None:
        await self._uses.delete_one({"_id": document_id})

    async def invite(self, organization_id: str, email: str, ttl: timedelta) -> Document:
        now = now_as_stored()
        invitation = {"_id": str(uuid.uuid4()), "organization_id": organization_id,
                      "email": email.lower(), "invited_at": now, "expires_at": now + ttl,
                      "accepted_at": None, "accepted_by": None}
        await self._invitations.insert_one(invitation)
        return invitation

    async def open_invitation(self, invitation_id: str, email: str) -> Document | None:
        """The invitation if it was sent to ``email``, is unexpired and not accepted yet."""
        found = await self._invitations.find_one({"_id": invitation_id})
        if found is None or found["email"] != email.lower() or found["accepted_at"] is not None:
            return None
        return found if as_utc(found["expires_at"]) > now_as_stored() else None

    async def open_invitations_for(self, email: str) -> list[Document]:
        found = await self._invitations.find({"email": email.lower(), "accepted_at": None}).sort(
            "invited_at", -1).to_list()
        now = now_as_stored()
        return [each for each in found if as_utc(each["expires_at"]) > now]

    async def mark_accepted(self, invitation_id: str, account_id: str) -> None:
        await self._invitations.update_one(
            {"_id": invitation_id},
            {"$set": {"accepted_at": now_as_stored(), "accepted_by": account_id}})
