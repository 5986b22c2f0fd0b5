"""What sign-up and sign-in take and answer."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from smartpick.auth import Role


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
    email_verified: bool = Field(
        default=False, description="whether the account followed the link emailed to it")


class Session(BaseModel):
    """What sign-up and sign-in return: the bearer token and whose it is."""

    token: str
    account: Account


class VerifyEmail(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str = Field(min_length=1, max_length=1000,
                       description="the token of the link in the verification email")


class VerificationRequested(BaseModel):
    """A verification email is on its way; its link works until ``expires_at``."""

    expires_at: datetime
