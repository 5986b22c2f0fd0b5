"""Accounts: sign-up and sign-in input, and password hashing with Argon2id (argon2-cffi).

The hasher's defaults follow RFC 9106's recommended parameters; ``needs_rehash`` lets a later
release raise them without forcing anyone to reset a password. A hash takes tens of milliseconds
of CPU and 64 MiB: it runs in a worker thread (argon2-cffi releases the GIL), at most one per
core at a time, so a flood of sign-ins queues there instead of stalling every other request.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import BaseModel, ConfigDict, EmailStr, Field

from smartpick.auth import Role

_hasher = PasswordHasher()
_hashing = asyncio.Semaphore(os.cpu_count() or 1)


class SignUp(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr
    password: str = Field(min_length=8, max_length=256)
    role: Role = Role.APPLICANT


class SignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr
    password: str = Field(min_length=1, max_length=256)


class Account(BaseModel):
    id: str
    email: str
    role: Role


class Session(BaseModel):
    """What sign-up and sign-in return: the bearer token and whose it is."""

    token: str
    account: Account


@cache
def _no_account_hash() -> str:
    """What a sign-in for an unknown email is checked against, so that it costs as much time as
    one for a known email and the answer's timing does not tell which emails have accounts."""
    return _hasher.hash(secrets.token_urlsafe(16))


async def hash_password(password: str) -> str:
    async with _hashing:
        return await asyncio.to_thread(_hasher.hash, password)


async def password_matches(stored_hash: str | None, password: str) -> bool:
    """True if ``password`` is the one hashed in ``stored_hash``; None (no such account) costs a
    full check too and is never a match."""
    async with _hashing:
        matches = await asyncio.to_thread(_verify, stored_hash, password)
    return matches and stored_hash is not None


def _verify(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _no_account_hash(), password)
    except (VerificationError, InvalidHashError):
        return False
