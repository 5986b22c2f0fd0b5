"""Events published by the profiles service about accounts."""

from datetime import datetime
from typing import ClassVar

from pydantic import Field

from smartpick.auth import Role
from smartpick.events.base import Event


class EmailVerificationRequested(Event):
    """An account wants its email address verified (at sign-up, or asked again): the
    notifications service emails the link carrying ``token`` to ``email``.

    The token proves only that its bearer read this mailbox, and only until ``expires_at``;
    profiles checks its signature, its expiry and that it names the account using it.
    """

    event_type: ClassVar[str] = "org.smartpick.profiles.account.email-verification-requested.v1"
    topic: ClassVar[str] = "profiles.accounts"

    account_id: str
    email: str = Field(max_length=320)
    token: str = Field(max_length=1000, description="signed by profiles; opaque to others")
    expires_at: datetime

    @property
    def aggregate_id(self) -> str:
        return self.account_id


class AccountRegistered(Event):
    """An account was created: the notifications service learns whom it may tell, and how
    (its role decides which Match-calendar dates concern it; its address, once verified)."""

    event_type: ClassVar[str] = "org.smartpick.profiles.account.registered.v1"
    topic: ClassVar[str] = "profiles.accounts"

    account_id: str
    email: str = Field(max_length=320)
    role: Role

    @property
    def aggregate_id(self) -> str:
        return self.account_id


class AccountEmailVerified(Event):
    """The account proved it reads ``email``: email notices may go there from now on."""

    event_type: ClassVar[str] = "org.smartpick.profiles.account.email-verified.v1"
    topic: ClassVar[str] = "profiles.accounts"

    account_id: str
    email: str = Field(max_length=320)

    @property
    def aggregate_id(self) -> str:
        return self.account_id
