"""The HTTP contract of in-app notifications: what the routes (in_app/api.py) take and answer,
so the gateway's types can be checked against it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from services.notifications.in_app.inbox import Notice
from services.notifications.in_app.store import cursor_of
from smartpick.events.models import ResourceId
from smartpick.events.notifications import NotificationCategory
from smartpick.mongo import Document

MAX_SNOOZE = timedelta(days=90)
"""Longest snooze: further ahead is more likely a mistaken date than a wish."""
MAX_IDS = 100  # a page of the list at most


class Notification(BaseModel):
    id: str
    cursor: str
    kind: str
    category: NotificationCategory
    title: str
    body: str
    read: bool
    seen: bool = Field(description="shown to its recipient in a list (the badge counts unseen)")
    archived: bool
    snoozed_until: datetime | None = Field(description="hidden until then; null unless "
                                                       "snoozed now")
    created_at: datetime
    subject_id: str | None = Field(
        default=None, description="what the notification is about (a simulation id), if anything")

    @classmethod
    def of(cls, document: Document) -> Notification:
        """As its recipient sees it now, fields missing on notices stored earlier filled in."""
        notice = Notice.of(document, datetime.now(UTC))
        return cls(id=document["_id"], cursor=cursor_of(document), kind=document["kind"],
                   category=NotificationCategory(notice.category), title=document["title"],
                   body=document["body"], read=notice.read, seen=notice.seen,
                   archived=notice.archived, snoozed_until=notice.snoozed_until,
                   created_at=document["created_at"], subject_id=document.get("subject_id"))


class NotificationPage(BaseModel):
    items: list[Notification]
    total: int = Field(description="notices of the filtered list")
    unread: int = Field(description="unread in the inbox, whatever the filter")
    unseen: int = Field(description="unseen in the inbox, whatever the filter")
    has_next: bool
    end_cursor: str | None


class Badges(BaseModel):
    """The inbox's counts: archived and snoozed notices are not in them."""

    unread: int = Field(ge=0)
    unseen: int = Field(ge=0)


class Marked(BaseModel):
    marked: int = Field(ge=0, description="How many changed (were unread, or unseen).")


class SeenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ids: list[ResourceId] | None = Field(default=None, max_length=MAX_IDS, description=(
        "the notices seen; absent for all. Others' and unknown ids are skipped"))


class ArchiveRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    archived: bool = Field(default=True, description="false brings it back to the inbox")


class SnoozeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    until: AwareDatetime = Field(description="when it comes back: ahead, within 90 days")

    @field_validator("until")
    @classmethod
    def _ahead(cls, until: datetime) -> datetime:
        now = datetime.now(UTC)
        if until <= now:
            raise ValueError("must be in the future")
        if until > now + MAX_SNOOZE:
            raise ValueError(f"must be within {MAX_SNOOZE.days} days")
        return until.astimezone(UTC)
