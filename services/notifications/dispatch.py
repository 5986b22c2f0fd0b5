"""Where every notice goes out: handlers say who is told what (an ``Outgoing``), and the
dispatcher renders it from the catalogue and sends it on the channels the person chose.

An ``Outgoing``'s id derives from the event that caused it, and so does everything sent for it
(the in-app notice's ``_id``, the email delivery's id): handled twice, it sends nothing twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from services.notifications import rendering
from services.notifications.catalogue import kind_of
from services.notifications.in_app.store import NotificationsStore


@dataclass(frozen=True)
class Outgoing:
    """One notice to one person."""

    id: str
    """Derived from the event (smartpick.inbox.effect_id, or a key hashed likewise)."""
    recipient: str
    """The account told."""
    kind: str
    """A kind of the catalogue (catalogue.KINDS)."""
    params: Mapping[str, Any] = field(default_factory=dict)
    """What the kind's templates need."""
    subject_id: str | None = None
    """What the notice is about (a mentorship, a simulation), for the client's link."""
    current_at: datetime | None = None
    """Set, the notice replaces the recipient's current one of its kind (deleted if unread),
    unless that one is newer than this moment (NotificationsStore.add_current)."""


class Dispatcher:
    def __init__(self, store: NotificationsStore) -> None:
        self._store = store

    async def send(self, outgoing: Outgoing) -> None:
        kind = kind_of(outgoing.kind)
        words = rendering.notice(kind, outgoing.params)
        if outgoing.current_at is not None:
            await self._store.add_current(outgoing.id, outgoing.recipient, kind.name,
                                          words.title, words.body, outgoing.current_at)
        else:
            await self._store.add(outgoing.id, outgoing.recipient, kind.name, words.title,
                                  words.body, outgoing.subject_id)
