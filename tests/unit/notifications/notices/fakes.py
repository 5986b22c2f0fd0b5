"""A dispatcher in memory for the notice handlers' tests: it records each ``Outgoing`` and
renders its words as the real one does, so a template's missing param fails the test."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from services.notifications import rendering
from services.notifications.catalogue import kind_of
from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.events import CloudEvent, Event
from smartpick.publisher import envelope_for


@dataclass(frozen=True)
class Sent:
    outgoing: Outgoing
    title: str
    body: str

    @property
    def told(self) -> tuple[str, str, str | None]:
        """(recipient, kind, subject_id)."""
        return self.outgoing.recipient, self.outgoing.kind, self.outgoing.subject_id


@dataclass
class FakeDispatcher:
    sent: list[Sent] = field(default_factory=list)

    async def send(self, outgoing: Outgoing) -> None:
        words = rendering.notice(kind_of(outgoing.kind), outgoing.params)
        self.sent.append(Sent(outgoing, words.title, words.body))

    @property
    def stored(self) -> list[Sent]:
        """What the store keeps: the first notice of each id (a second insert is a no-op)."""
        first: dict[str, Sent] = {}
        for sent in self.sent:
            first.setdefault(sent.outgoing.id, sent)
        return list(first.values())

    def as_dispatcher(self) -> Dispatcher:
        return cast(Dispatcher, self)


def envelope(event: Event, event_id: str | None = None) -> CloudEvent:
    return envelope_for(event, "/matching", event_id)
