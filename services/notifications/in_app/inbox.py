"""A person's inbox worked out in Python from their notices' state fields: which are shown for
a state and category, the unread and unseen badges, and where a page starts.

The store reads these fields with one query per request (a filter on ``recipient`` scans the
whole collection on FerretDB, so counts and filters cannot each be a query of their own).
Notices stored before inbox states have no ``seen``, ``archived``, ``snoozed_until`` or
``category``: not seen unless read, not archived, not snoozed, and the category of their kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from services.notifications.in_app.categories import category_of
from smartpick.mongo import Document, as_utc

STATE_FIELDS = {"created_at": 1, "kind": 1, "category": 1, "read": 1, "seen": 1, "archived": 1,
                "snoozed_until": 1}
"""The projection the inbox is worked out from: no titles or bodies."""
Position = tuple[datetime, str]


class NotificationState(StrEnum):
    INBOX = "inbox"
    UNREAD = "unread"
    ARCHIVED = "archived"
    SNOOZED = "snoozed"


@dataclass(frozen=True)
class Notice:
    """One notice's state at ``now``; ``snoozed_until`` only while it is still ahead."""

    id: str
    created_at: datetime
    category: str
    read: bool
    seen: bool
    archived: bool
    snoozed_until: datetime | None

    @classmethod
    def of(cls, document: Document, now: datetime) -> Notice:
        until = document.get("snoozed_until")
        read = bool(document["read"])
        return cls(id=document["_id"], created_at=as_utc(document["created_at"]),
                   category=document.get("category") or category_of(document["kind"]),
                   read=read, seen=bool(document.get("seen", read)),
                   archived=bool(document.get("archived", False)),
                   snoozed_until=as_utc(until) if until and as_utc(until) > now else None)

    @property
    def in_inbox(self) -> bool:
        """Shown by default and counted in the badges."""
        return not self.archived and self.snoozed_until is None

    @property
    def position(self) -> Position:
        return self.created_at, self.id

    def shown_in(self, state: NotificationState) -> bool:
        if state is NotificationState.ARCHIVED:
            return self.archived
        if state is NotificationState.SNOOZED:
            return not self.archived and self.snoozed_until is not None
        return self.in_inbox and not (state is NotificationState.UNREAD and self.read)


@dataclass(frozen=True)
class Listing:
    """One page of a filtered inbox: its ids newest first, and the figures beside it."""

    ids: list[str]
    total: int
    unread: int
    unseen: int
    has_next: bool


def unread_and_unseen(notices: Iterable[Notice]) -> tuple[int, int]:
    """The badges: notices in the inbox not read, and not seen (archived and snoozed left out)."""
    shown = [n for n in notices if n.in_inbox]
    return sum(not n.read for n in shown), sum(not n.seen for n in shown)


def listing(notices: list[Notice], state: NotificationState, category: str | None, first: int,
            after: Position | None) -> Listing:
    """The page of ``first`` after ``after`` (newest first) of the notices shown in ``state``
    and ``category``; a snoozed notice that came back keeps its place by ``created_at``."""
    shown = sorted((n for n in notices if n.shown_in(state)
                    and (category is None or n.category == category)),
                   key=lambda n: n.position, reverse=True)
    rest = [n for n in shown if after is None or n.position < after]
    unread, unseen = unread_and_unseen(notices)
    return Listing([n.id for n in rest[:first]], len(shown), unread, unseen, len(rest) > first)
