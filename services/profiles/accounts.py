"""Accounts: sign-up and sign-in input, and password hashing with Argon2id (argon2-cffi).

The hasher's defaults follow RFC 9106's recommended parameters; ``needs_rehash`` lets a later
release raise them without forcing anyone to reset a password.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import BaseModel, ConfigDict, EmailStr, Field

from smartpick.auth import Role

_hasher = PasswordHasher()


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


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
