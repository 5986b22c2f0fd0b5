"""MongoDB access of accounts: one document per account, its email unique."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from smartpick.auth import Role
from smartpick.mongo import Document


class EmailTaken(Exception):
    """An account with this email exists already."""


class AccountsStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def ensure_indexes(self) -> None:
        await self._db.accounts.create_index("email", unique=True)

    async def create_account(self, email: str, password_hash: str, role: Role) -> Document:
        account = {"_id": str(uuid.uuid4()), "email": email.lower(),
                   "password_hash": password_hash, "role": role.value,
                   "created_at": datetime.now(UTC)}
        try:
            await self._db.accounts.insert_one(account)
        except DuplicateKeyError as error:
            raise EmailTaken(email) from error
        return account

    async def account(self, account_id: str) -> Document | None:
        return await self._db.accounts.find_one({"_id": account_id})

    async def account_by_email(self, email: str) -> Document | None:
        return await self._db.accounts.find_one({"email": email.lower()})
