"""The one way events enter a service: a Kafka consumer that hands typed events to handlers.

Guarantees, each against an aiokafka default that would lose or repeat data: auto-commit is off
and an offset is committed only after its record was handled (or dead-lettered); a new group
starts at the earliest offset; offsets are committed when partitions are revoked and on stop; an
event already in the inbox is skipped; a failing handler is retried with backoff, then the record
goes to ``<topic>.DLT`` and the consumer moves on, as it does at once for a record it cannot parse.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, ConsumerRecord, TopicPartition

from smartpick.dead_letters import send_to_dead_letters
from smartpick.events import CloudEvent, Event, MalformedEvent, parse_event
from smartpick.events.envelope import from_kafka
from smartpick.inbox import Inbox
from smartpick.logs import event_context
from smartpick.publisher import Publisher

log = logging.getLogger(__name__)

Handler = Callable[[Event, CloudEvent], Awaitable[None]]
Handlers = Mapping[type[Event], Sequence[Handler]]


@dataclass(frozen=True)
class RetryPolicy:
    """Attempts per record before it is dead-lettered, with exponential backoff between them."""

    attempts: int = 5
    first_delay: float = 0.2
    max_delay: float = 5.0

    def delay(self, attempt: int) -> float:
        return float(min(self.first_delay * 2 ** (attempt - 1), self.max_delay))


class _CommitOnRevoke(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, consumer: EventConsumer) -> None:
        self._consumer = consumer

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        await self._consumer.commit()

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        log.info("assigned %s", sorted(f"{tp.topic}[{tp.partition}]" for tp in assigned))


class EventConsumer:
    def __init__(
        self, *, bootstrap_servers: str, group_id: str, handlers: Handlers,
        dead_letters: Publisher, inbox: Inbox | None = None, retry: RetryPolicy = RetryPolicy(),
        topic_prefix: str = "",
    ) -> None:
        self.group_id = group_id
        self._topic_prefix = topic_prefix
        self._handlers = handlers
        self._dead_letters = dead_letters
        self._inbox = inbox
        self._retry = retry
        self._done: dict[TopicPartition, int] = {}  # next offset to commit, per partition
        self._stopping = asyncio.Event()
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap_servers, group_id=group_id,
            enable_auto_commit=False, auto_offset_reset="earliest",
        )

    @property
    def topics(self) -> list[str]:
        return sorted({self._topic_prefix + event_type.topic for event_type in self._handlers})

    def assignment(self) -> set[TopicPartition]:
        return set(self._consumer.assignment())

    async def start(self) -> None:
        await self._consumer.start()
        self._consumer.subscribe(self.topics, listener=_CommitOnRevoke(self))

    async def run(self) -> None:
        """Handle records until ``stop``; returns after committing everything handled."""
        try:
            while not self._stopping.is_set():
                batches = await self._consumer.getmany(timeout_ms=300, max_records=200)
                for records in batches.values():
                    for record in records:
                        if self._stopping.is_set():
                            break
                        await self._handle(record)
                        partition = TopicPartition(record.topic, record.partition)
                        self._done[partition] = record.offset + 1
                await self.commit()
        finally:
            await self.commit()
            await self._consumer.stop()

    def stop(self) -> None:
        self._stopping.set()

    async def commit(self) -> None:
        assigned = self._consumer.assignment()
        offsets = {tp: offset for tp, offset in self._done.items() if tp in assigned}
        if offsets:
            await self._consumer.commit(offsets)
        self._done.clear()

    async def _handle(self, record: ConsumerRecord[bytes, bytes]) -> None:
        try:
            envelope = from_kafka(record.key, record.value, list(record.headers))
            event = parse_event(envelope)
        except MalformedEvent as error:
            await send_to_dead_letters(self._dead_letters, record, self.group_id, error)
            return
        handlers = self._handlers.get(type(event), ())
        if not handlers:
            return  # another consumer's event type on a shared topic
        with event_context(envelope.id, envelope.type):
            if self._inbox is not None and await self._inbox.seen(envelope):
                log.info("duplicate event skipped")
                return
            for attempt in range(1, self._retry.attempts + 1):
                try:
                    for handler in handlers:
                        await handler(event, envelope)
                    break
                except Exception as error:
                    if attempt == self._retry.attempts:
                        await send_to_dead_letters(self._dead_letters, record, self.group_id, error)
                        return
                    log.warning("attempt %d failed: %r; retrying", attempt, error)
                    await asyncio.sleep(self._retry.delay(attempt))
            if self._inbox is not None:
                await self._inbox.record(envelope)
