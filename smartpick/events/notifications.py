"""Events published by the notifications service."""

from datetime import datetime
from enum import StrEnum
from typing import ClassVar

from pydantic import Field

from smartpick.events.base import Event


class NotificationCategory(StrEnum):
    """What a notice is about; people choose channels per category (account notices always
    arrive)."""

    RECOMMENDATIONS = "RECOMMENDATIONS"
    MENTORSHIP = "MENTORSHIP"
    CALENDAR = "CALENDAR"
    ACCOUNT = "ACCOUNT"
    ORGANIZATION = "ORGANIZATION"


class NotificationAdded(Event):
    """An in-app notice was stored for its recipient (new, or replacing their current one of its
    kind); carries the notice as clients see it, so a live feed forwards it without asking."""

    event_type: ClassVar[str] = "org.smartpick.notifications.notification.added.v1"
    topic: ClassVar[str] = "notifications.added"

    recipient_id: str = Field(description="account id of the person told")
    notification_id: str
    cursor: str = Field(description="its position in the recipient's list, as the list's "
                                     "cursors give it (the `after` of a reconnecting client)")
    kind: str
    title: str
    body: str
    subject_id: str | None = Field(default=None, description="what it is about, if anything")
    created_at: datetime
    read: bool = False
    category: NotificationCategory = Field(
        default=NotificationCategory.ACCOUNT, description="the category of its kind, by which "
                                                          "people filter and choose channels")
    event_id: str | None = Field(default=None, description="the platform event that caused the "
                                                           "notice (its delivery ledger's key)")
    live: bool = Field(default=True, description="false when the recipient switched live "
                                                 "updates off for its category: not pushed")

    @property
    def aggregate_id(self) -> str:
        return self.recipient_id
