"""One registry per service: which module-level handlers each event type goes to.

A handler is a plain function of its event (typed as that event), the CloudEvents envelope and
the service's dependencies, so a test imports it and calls it with fakes. The registry checks at
registration that a handler takes the event type it is registered for, and binds the
dependencies once at start-up into what the consumer calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar, cast

from smartpick.consumer import BatchHandler, Handler, Handlers
from smartpick.events import CloudEvent, Event

E = TypeVar("E", bound=Event)
D = TypeVar("D")


class HandlerRegistry(Generic[D]):
    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Callable[[Event, CloudEvent, D],
                                                        Awaitable[None]]]] = {}
        self._batches: dict[type[Event], Callable[[Sequence[tuple[Event, CloudEvent]], D],
                                                  Awaitable[None]]] = {}

    def add(self, event_type: type[E],
            *handlers: Callable[[E, CloudEvent, D], Awaitable[None]]) -> HandlerRegistry[D]:
        """Send events of ``event_type`` to ``handlers``, in this order."""
        # The consumer dispatches on the event's exact type: a handler only ever gets its own.
        self._handlers.setdefault(event_type, []).extend(
            cast(Callable[[Event, CloudEvent, D], Awaitable[None]], handler)
            for handler in handlers)
        if event_type in self._batches:
            raise ValueError(f"{event_type.__name__} has a batch handler already")
        return self

    def add_batch(self, event_type: type[E],
                  handler: Callable[[Sequence[tuple[E, CloudEvent]], D], Awaitable[None]]
                  ) -> HandlerRegistry[D]:
        """Send runs of ``event_type`` events to ``handler`` together (see ``BatchHandler``);
        the only handler of that type."""
        if event_type in self._handlers or event_type in self._batches:
            raise ValueError(f"{event_type.__name__} has a handler already")
        self._batches[event_type] = cast(
            Callable[[Sequence[tuple[Event, CloudEvent]], D], Awaitable[None]], handler)
        return self

    def bind(self, dependencies: D) -> Handlers:
        """What the consumer calls: each handler with ``dependencies``."""
        bound: dict[type[Event], list[Handler]] = {
            event_type: [_bound(handler, dependencies) for handler in handlers]
            for event_type, handlers in self._handlers.items()}
        for event_type, batch in self._batches.items():
            bound[event_type] = [_bound_batch(batch, dependencies)]
        return bound


def _bound(handler: Callable[[Event, CloudEvent, D], Awaitable[None]], dependencies: D) -> Handler:
    async def handle(event: Event, envelope: CloudEvent) -> None:
        await handler(event, envelope, dependencies)

    return handle


def _bound_batch(handler: Callable[[Sequence[tuple[Event, CloudEvent]], D], Awaitable[None]],
                 dependencies: D) -> BatchHandler:
    async def handle_many(items: Sequence[tuple[Event, CloudEvent]]) -> None:
        await handler(items, dependencies)

    return BatchHandler(handle_many)


def combined(*bound: Handlers) -> Handlers:
    """Registries bound to different dependencies, as one mapping: an event type handled in
    several gets all their handlers, in the order given."""
    merged: dict[type[Event], list[Handler]] = {}
    for handlers in bound:
        for event_type, some in handlers.items():
            merged.setdefault(event_type, []).extend(some)
    return merged
