"""Mentor profiles: the profiles service keeps them and publishes every change.

A mentor is an account with the MENTOR role. Each change is published as
``MentorProfileUpdated`` with the whole profile, so a consumer's read model is rebuilt from the
topic alone.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from smartpick.events.base import Event
from smartpick.events.mentoring import (
    CountryCode,
    LanguageCode,
    MentorPosition,
    MentorTopic,
    TimeZone,
    VisaPath,
)
from smartpick.events.models import DisplayName, ResourceId, Specialty, StateCode


class MentorProfile(BaseModel):
    """What a mentor tells mentees about themselves; the input of mentor search and matching."""

    model_config = ConfigDict(extra="forbid")

    position: MentorPosition
    specialty: Specialty
    institution: DisplayName
    state: StateCode | None = None
    was_img: bool = False
    training_country: CountryCode | None = Field(
        default=None, description="where they trained in medicine; expected when was_img")
    visa_paths: list[VisaPath] = Field(default_factory=list, max_length=3)
    languages: list[LanguageCode] = Field(min_length=1, max_length=10)
    time_zone: TimeZone | None = None
    topics: list[MentorTopic] = Field(min_length=1, max_length=len(MentorTopic))
    capacity: int = Field(ge=1, le=20, description="most mentees they mentor at once")
    accepting_mentees: bool = True
    bio: str = Field(default="", max_length=2000, pattern=r"^[^\u0000-\u0009\u000B-\u001F"
                     r"\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]*$",
                     description="a short introduction; line breaks allowed, no other control "
                                 "characters or text-direction overrides")
    program_id: ResourceId | None = Field(
        default=None, description="the catalog program they work at, if any")
    organization_id: ResourceId | None = Field(
        default=None, description="the organization account they belong to; its admins may "
                                  "verify them and receive problem reports about them")


class MentorProfileUpdated(Event):
    """A mentor created or changed their profile, or an organization (un)verified them; carries
    the whole mentor (state transfer)."""

    event_type: ClassVar[str] = "org.smartpick.profiles.mentor.updated.v1"
    topic: ClassVar[str] = "profiles.mentors"
    supersedes_earlier: ClassVar[bool] = True

    mentor_id: str
    profile: MentorProfile
    verified: bool = Field(default=False, description="confirmed by an admin of the mentor's "
                                                      "organization")
    updated_at: datetime

    @property
    def aggregate_id(self) -> str:
        return self.mentor_id

    @property
    def state_time(self) -> datetime | None:
        return self.updated_at
