"""What the mentor routes take and answer beyond the shared ``MentorProfile``."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from smartpick.events.mentors import MentorProfile


class SavedMentorProfile(MentorProfile):
    """A mentor's profile as stored, with whether their organization vouches for them."""

    verified: bool = Field(description="confirmed by an admin of the organization the profile "
                                        "names (organization_id)")
    updated_at: datetime = Field(description="the latest change: the profile saved, or its "
                                             "organization's verification decided")


class Verification(BaseModel):
    """An organization admin's decision about one of their mentors."""

    model_config = ConfigDict(extra="forbid")

    verified: bool
