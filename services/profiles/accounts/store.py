"""MongoDB access of accounts: one document per account, its email unique.

An account is created together with its ``AccountRegistered`` and first
``EmailVerificationRequested`` (one insert through the outbox); verifying stages
``AccountEmailVerified`` in the same write; a verification asked for again is a document of its
own in ``email_verification_requests``, inserted with its event, so the account document keeps
its few writers (sign-up, then the verification).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from smartpick.auth import Role
from smartpick.events import AccountEmailVerified, AccountRegistered, EmailVerificationRequested
from smartpick.mongo import Document
from smartpick.outbox import Outbox

OUTBOX_COLLECTIONS = ("accounts", "email_verification_requests")


class EmailTaken(Exception):
    """An account with this email exists already."""


class AccountsStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox

    async def ensure_indexes(self) -> None:
        await self._db.accounts.create_index("email", unique=True)

    async def create_account(self, account_id: str, email: str, password_hash: str, role: Role,
                             verification: EmailVerificationRequested) -> Document:
        """Store the account with its registration and verification request, in one insert."""
        account = {"_id": account_id, "email": email.lower(), "password_hash": password_hash,
                   "role": role.value, "email_verified": False,
                   "created_at": datetime.now(UTC)}
        try:
            await self._outbox.insert(
                self._db.accounts, account,
                AccountRegistered(account_id=account_id, email=account["email"], role=role),
                verification)
        except DuplicateKeyError as error:
            raise EmailTaken(email) from error
        return account

    async def request_verification(self, verification: EmailVerificationRequested) -> None:
        request = {"_id": str(uuid.uuid4()), "account_id": verification.account_id,
                   "at": datetime.now(UTC)}
        await self._outbox.insert(self._db.email_verification_requests, request, verification)

    async def mark_verified(self, account_id: str, email: str) -> bool:
        """Mark the account verified if its address is still ``email``; False otherwise."""
        # Verifying again stages the same event id: the notice that follows is sent once.
        event_id = hashlib.sha256(f"email-verified|{account_id}|{email}".encode()).hexdigest()
        return await self._outbox.stage(
            self._db.accounts, account_id,
            {"$set": {"email_verified": True, "email_verified_at": datetime.now(UTC)}},
            AccountEmailVerified(account_id=account_id, email=email), event_id,
            where={"email": email})

    async def account(self, account_id: str) -> Document | None:
        return await self._db.accounts.find_one({"_id": account_id})

    async def account_by_email(self, email: str) -> Document | None:
        return await self._db.accounts.find_one({"email": email.lower()})
