"""The live feed of one gateway replica: notices stored anywhere, fanned out to the subscribers
connected here, by recipient; its consumer also tells the answer cache (gateway/answer_cache.py)
whose recommendations changed.

Every replica consumes ``notifications.added`` in a consumer group of its own
(``gateway-live-<random>``), so each gets every event and forwards only those whose recipient
has a subscription open on it. A new group starts at the latest offset: a live feed has no past
to replay; a client catches up on what it missed with ``after`` (gateway/live_notifications.py).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from gateway import answer_cache
from gateway.answer_cache import AnswerCache
from gateway.live_queue import LiveQueue
from gateway.settings import Settings
from smartpick.consumer import EventConsumer
from smartpick.events import CloudEvent, NotificationAdded
from smartpick.publisher import Publisher
from smartpick.registry import HandlerRegistry, combined
from smartpick.topics import ensure_topics

log = logging.getLogger(__name__)
ASSIGNMENT_WAIT_SECONDS = 30.0
"""How long start-up waits for this replica's partitions before it serves without them."""
CURRENT_WITHIN_SECONDS = 20.0
"""A fetch answer from each partition this recent (one comes every half second) makes the
consumer current; older, the answer cache is off (and emptied) until it is again. Generous: a
replica starved of CPU handles its fetch answers late, and turning its cache off then only
makes it slower (with 5 s, a benchmark at load 20 on 2 cores still called matching for about
one request in fifteen, most likely so)."""


class LiveFeed:
    """Subscribers by recipient; each has its own bounded queue (gateway/live_queue.py)."""

    def __init__(self, queue_bound: int) -> None:
        self.queue_bound = queue_bound
        self._subscribers: dict[str, set[LiveQueue[NotificationAdded]]] = {}

    @contextmanager
    def subscription(self, recipient: str) -> Iterator[LiveQueue[NotificationAdded]]:
        """A queue of ``recipient``'s notices from now until the block ends."""
        queue: LiveQueue[NotificationAdded] = LiveQueue(self.queue_bound)
        self._subscribers.setdefault(recipient, set()).add(queue)
        try:
            yield queue
        finally:
            queues = self._subscribers.get(recipient, set())
            queues.discard(queue)
            if not queues:
                self._subscribers.pop(recipient, None)

    def queued(self, recipient: str) -> list[int]:
        """How many notices each of ``recipient``'s subscriptions holds (each at most the bound)."""
        return [len(queue) for queue in self._subscribers.get(recipient, set())]

    def deliver(self, event: NotificationAdded) -> int:
        """Queue ``event`` for each subscription of its recipient here; how many there are."""
        queues = self._subscribers.get(event.recipient_id, set())
        for queue in queues:
            queue.offer(event)
        return len(queues)


async def forward_notice(event: NotificationAdded, envelope: CloudEvent, feed: LiveFeed) -> None:
    """Never fails: a notice for nobody connected here is simply not queued, nor one whose
    recipient switched live updates off for its category."""
    if event.live:
        feed.deliver(event)


HANDLERS = HandlerRegistry[LiveFeed]().add(NotificationAdded, forward_notice)


class LiveConsumer:
    """This replica's Kafka consumer of the feed, started and stopped by the gateway's lifespan.

    It is smartpick's ``EventConsumer`` without an inbox (a notice delivered twice is dropped
    by the subscription, which remembers the ids it sent); what cannot be parsed goes to the
    topic's dead letters like anywhere else."""

    def __init__(self, settings: Settings, feed: LiveFeed) -> None:
        self._settings = settings
        self.cache = AnswerCache(self.current, entries=settings.answer_cache_entries,
                                 max_bytes=settings.answer_cache_mb * 2**20,
                                 ttl=settings.answer_cache_ttl_seconds) \
            if settings.answer_cache_entries else None
        """This replica's answer cache, current while this consumer is; None where it is off."""
        self._publisher = Publisher(settings.kafka_bootstrap_servers, "/gateway",
                                    topic_prefix=settings.topic_prefix)
        self.consumer = EventConsumer(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            group_id=f"{settings.topic_prefix}gateway-live-{uuid.uuid4().hex[:12]}",
            handlers=combined(HANDLERS.bind(feed), *(
                [answer_cache.HANDLERS.bind(self.cache)] if self.cache is not None else [])),
            dead_letters=self._publisher,
            topic_prefix=settings.topic_prefix, start_at="latest")
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Join the feed; returns once this replica holds its partitions (or after
        ``ASSIGNMENT_WAIT_SECONDS``), so a client served from then on misses nothing live."""
        await ensure_topics(self._settings.kafka_bootstrap_servers, self._settings.topic_prefix)
        await self._publisher.start()
        await self.consumer.start()
        self._task = asyncio.create_task(self.consumer.run(), name="live-feed")
        self._task.add_done_callback(_report_end)
        try:
            await asyncio.wait_for(self.consumer.assigned.wait(), ASSIGNMENT_WAIT_SECONDS)
            await asyncio.wait_for(self.consumer.positions(), ASSIGNMENT_WAIT_SECONDS)
        except TimeoutError:
            log.warning("live feed: no partitions after %.0f s; serving, it joins when it can",
                        ASSIGNMENT_WAIT_SECONDS)

    @property
    def running(self) -> bool:
        """Whether its consumer runs (it was started and has not crashed)."""
        return self._task is not None and not self._task.done()

    def current(self) -> bool:
        """Whether the events of this replica's topics reach it now: it runs and each of its
        partitions answered a fetch lately."""
        return self.running and self.consumer.fetched_within(CURRENT_WITHIN_SECONDS)

    async def stop(self) -> None:
        self.consumer.stop()
        if self._task is not None and not self._task.done():  # a crashed one was logged
            await asyncio.wait_for(self._task, 30)
        await self._publisher.stop()


def _report_end(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("live feed consumer stopped: %r", task.exception())
