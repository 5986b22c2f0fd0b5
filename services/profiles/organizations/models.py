"""What the organization routes take and answer."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from services.profiles.organizations.codes import CODE_PATTERN, MAX_USES_LIMIT
from smartpick.auth import Role


class NewInvitationCode(BaseModel):
    model_config = ConfigDict(extra="forbid")

    expires_at: datetime | None = Field(default=None, description="when the code stops working; "
                                                                  "none: it works until revoked")
    max_uses: int | None = Field(default=None, ge=1, le=MAX_USES_LIMIT,
                                 description="how many people may join with it; none: any number")


class InvitationCode(BaseModel):
    code: str
    created_at: datetime
    expires_at: datetime | None
    max_uses: int | None
    uses: int = Field(description="how many people joined with it")
    revoked: bool


class JoinWithCode(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=CODE_PATTERN)


class NewInvitation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr


class Invitation(BaseModel):
    """An invitation of one email address; whoever signs in with it (verified) may accept."""

    id: str
    organization_id: str
    email: str
    invited_at: datetime
    expires_at: datetime
    accepted_at: datetime | None


class Membership(BaseModel):
    organization_id: str
    account_id: str
    role: Role = Field(description="the member's account role: APPLICANT or MENTOR")
    joined_at: datetime


class Member(Membership):
    cursor: str


class MemberPage(BaseModel):
    items: list[Member]
    total: int
    has_next: bool
    end_cursor: str | None
