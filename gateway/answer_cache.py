"""Answers about one applicant that only matching's RecommendationsReady changes, kept per
gateway process: matching's recommendations pages, and whole GraphQL results that read nothing
else (gateway/cached_operations.py).

Correct before fast:
- An applicant's entries go when their RecommendationsReady arrives on this replica's live
  consumer (gateway/live_feed.py), and after ``ttl`` seconds in any case.
- Nothing is read or stored while that consumer is not current (``current()`` false: start-up,
  a rebalance, Kafka down), and everything is forgotten when it stops or starts being current,
  since an event may have passed unseen meanwhile.
- A lookup that missed gets a ``Ticket``; its answer is stored only if no invalidation of that
  applicant (or of everything) came in between, so a page fetched just before an event is not
  kept after it.
- Keys start with the account, so one account's answers are never another's; only answers
  without errors are stored (the callers' rule).
- Bounded by entries and by bytes, least recently used first out.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from smartpick.events import CloudEvent, RecommendationsReady
from smartpick.metrics import GATEWAY_CACHE_INVALIDATIONS, GATEWAY_CACHE_LOOKUPS
from smartpick.registry import HandlerRegistry

REMEMBERED_INVALIDATIONS = 10_000
"""Invalidations remembered to judge a ticket by; a ticket older than the oldest one kept is
refused, which only costs a store."""


@dataclass(frozen=True)
class Ticket:
    """A miss's right to store its answer, if nothing about ``applicant`` changed since."""

    applicant: str
    clock: int


@dataclass
class _Entry:
    applicant: str
    value: Any
    size: int
    expires: float


class AnswerCache:
    def __init__(self, current: Callable[[], bool], *, entries: int, max_bytes: int,
                 ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        """``current`` says whether the events that invalidate entries arrive now."""
        self._current = current
        self._max_entries = entries
        self._max_bytes = max_bytes
        self._ttl = ttl
        self._now = clock
        self._entries: OrderedDict[tuple[str, Hashable], _Entry] = OrderedDict()
        self._by_applicant: dict[str, set[tuple[str, Hashable]]] = {}
        self._bytes = 0
        self._was_current = False
        self._clock = 0  # counts invalidations
        self._invalidated: OrderedDict[str, int] = OrderedDict()
        self._forgotten_before = 0
        """Tickets older than this are refused: invalidations before it are no longer known."""

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def bytes(self) -> int:
        return self._bytes

    def lookup(self, level: str, applicant: str, key: Hashable) -> tuple[Any, Ticket | None]:
        """(the stored answer, None) on a hit; (None, a ticket to store one) on a miss; (None,
        None) when nothing may be cached now."""
        if not self._usable():
            GATEWAY_CACHE_LOOKUPS.labels(level, "bypassed").inc()
            return None, None
        entry = self._entries.get((applicant, key))
        if entry is not None and entry.expires > self._now():
            self._entries.move_to_end((applicant, key))
            GATEWAY_CACHE_LOOKUPS.labels(level, "hit").inc()
            return entry.value, None
        if entry is not None:
            self._drop((applicant, key))
        GATEWAY_CACHE_LOOKUPS.labels(level, "miss").inc()
        return None, Ticket(applicant, self._clock)

    def store(self, ticket: Ticket, key: Hashable, value: Any, size: int) -> bool:
        """Keep ``value`` (about ``size`` bytes) if ``ticket`` is still good; whether it was."""
        if not self._usable() or not self._still_good(ticket) or size > self._max_bytes \
                or self._max_entries == 0:
            return False
        full_key = (ticket.applicant, key)
        if full_key in self._entries:
            self._drop(full_key)
        self._entries[full_key] = _Entry(ticket.applicant, value, size, self._now() + self._ttl)
        self._by_applicant.setdefault(ticket.applicant, set()).add(full_key)
        self._bytes += size
        while len(self._entries) > self._max_entries or self._bytes > self._max_bytes:
            self._drop(next(iter(self._entries)))
        return True

    def invalidate(self, applicant: str) -> None:
        """Forget ``applicant``'s answers, and refuse those already on their way."""
        self._clock += 1
        self._invalidated[applicant] = self._clock
        self._invalidated.move_to_end(applicant)
        if len(self._invalidated) > REMEMBERED_INVALIDATIONS:
            _, oldest = self._invalidated.popitem(last=False)
            self._forgotten_before = oldest
        for full_key in list(self._by_applicant.get(applicant, ())):
            self._drop(full_key)
        GATEWAY_CACHE_INVALIDATIONS.inc()

    def clear(self) -> None:
        """Forget everything, and refuse every answer already on its way."""
        self._clock += 1
        self._forgotten_before = self._clock
        self._invalidated.clear()
        self._entries.clear()
        self._by_applicant.clear()
        self._bytes = 0

    def _usable(self) -> bool:
        current = self._current()
        if current != self._was_current:
            self.clear()
            self._was_current = current
        return current

    def _still_good(self, ticket: Ticket) -> bool:
        if ticket.clock < self._forgotten_before:
            return False
        return self._invalidated.get(ticket.applicant, 0) <= ticket.clock

    def _drop(self, full_key: tuple[str, Hashable]) -> None:
        entry = self._entries.pop(full_key)
        self._bytes -= entry.size
        keys = self._by_applicant[entry.applicant]
        keys.discard(full_key)
        if not keys:
            del self._by_applicant[entry.applicant]


async def forget_recommendations(event: RecommendationsReady, envelope: CloudEvent,
                                 cache: AnswerCache) -> None:
    """The applicant's lists changed: their cached answers are stale from now on."""
    cache.invalidate(event.applicant_id)


HANDLERS = HandlerRegistry[AnswerCache]().add(RecommendationsReady, forget_recommendations)
