"""The one way events enter a service: a Kafka consumer that hands typed events to handlers.

Guarantees, each against an aiokafka default that would lose or repeat data: auto-commit is off
and an offset is committed only after its record was handled (or dead-lettered); a new group
starts at the earliest offset; offsets are committed when partitions are revoked and on stop; an
event already in the inbox is skipped; a failing handler is retried with backoff, then the record
goes to ``<topic>.DLT`` and the consumer moves on, as it does at once for a record it cannot parse.

Throughput, for a store where every write costs (FerretDB): records come in batches of up to
``MAX_RECORDS``; of events that carry their aggregate's whole state (``Event.supersedes_earlier``)
only the newest state per aggregate in a batch is handled, the others are committed unhandled; and
an event type registered with a batch handler (``BatchHandler``) gets each run of its events in a
batch in one call, which writes in bulk. A batch handler is idempotent by itself (the inbox is not
consulted for it); when a batch keeps failing, its events are retried one by one, so only a bad
one is dead-lettered.

Each handler call runs in a CONSUMER span whose parent is the trace its event carries
(smartpick/tracing.py), so what the handler stages or calls continues that trace.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError

from smartpick.consumer_metrics import UNREADABLE, Outcome, count, record_lag, timed
from smartpick.dead_letters import send_to_dead_letters
from smartpick.events import CloudEvent, Event, MalformedEvent, parse_event
from smartpick.events.envelope import from_kafka
from smartpick.inbox import Inbox
from smartpick.logs import event_context
from smartpick.publisher import Publisher
from smartpick.tracing import consuming

log = logging.getLogger(__name__)

Handler = Callable[[Event, CloudEvent], Awaitable[None]]
Handlers = Mapping[type[Event], Sequence[Handler]]
MAX_RECORDS = 500


class BatchHandler:
    """A handler of many events of one type in one call; also callable with a single event."""

    def __init__(self, handle_many: Callable[[Sequence[tuple[Event, CloudEvent]]],
                                             Awaitable[None]]) -> None:
        self.handle_many = handle_many

    async def __call__(self, event: Event, envelope: CloudEvent) -> None:
        await self.handle_many([(event, envelope)])


@dataclass(frozen=True)
class _Parsed:
    record: ConsumerRecord[bytes, bytes]
    event: Event | None
    envelope: CloudEvent | None
    error: MalformedEvent | None = None


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
        await self._consumer.settle_for_rebalance()

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        self._consumer.assigned.set()
        log.info("assigned %s", sorted(f"{tp.topic}[{tp.partition}]" for tp in assigned))


class EventConsumer:
    def __init__(
        self, *, bootstrap_servers: str, group_id: str, handlers: Handlers,
        dead_letters: Publisher, inbox: Inbox | None = None, retry: RetryPolicy = RetryPolicy(),
        topic_prefix: str = "", start_at: Literal["earliest", "latest"] = "earliest",
    ) -> None:
        """``start_at`` is where a new group starts: the earliest offset, so a service misses
        nothing; a live feed, whose group is new at each start, starts at the latest."""
        self.group_id = group_id
        self._topic_prefix = topic_prefix
        self._handlers = handlers
        self._dead_letters = dead_letters
        self._inbox = inbox
        self._retry = retry
        self._done: dict[TopicPartition, int] = {}  # next offset to commit, per partition
        self._lag_shown: set[TopicPartition] = set()
        self._stopping = asyncio.Event()
        self._handling = asyncio.Lock()
        """Held while fetched records are handled and committed: a rebalance waits for it."""
        self._revoking = False
        self.assigned = asyncio.Event()
        """Set once the group gave this consumer its partitions (a live feed waits for it)."""
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap_servers, group_id=group_id,
            enable_auto_commit=False, auto_offset_reset=start_at,
        )

    @property
    def topics(self) -> list[str]:
        return sorted({self._topic_prefix + event_type.topic for event_type in self._handlers})

    def assignment(self) -> set[TopicPartition]:
        return set(self._consumer.assignment())

    def fetched_within(self, seconds: float) -> bool:
        """Whether this consumer holds partitions and had a fetch answer for each of them in the
        last ``seconds`` (an empty one too: aiokafka fetches every ``fetch_max_wait_ms``), so its
        events are current: what a reader that caches until an event says otherwise needs."""
        assigned = self._consumer.assignment()
        since = (time.time() - seconds) * 1000
        return bool(assigned) and all(
            (fetched := self._consumer.last_poll_timestamp(tp)) is not None and fetched >= since
            for tp in assigned)

    async def positions(self) -> dict[TopicPartition, int]:
        """The next offset of each assigned partition, waiting for a new group's to be found
        (so a group starting at the latest offset misses nothing produced after this)."""
        return {tp: await self._consumer.position(tp) for tp in self._consumer.assignment()}

    async def start(self) -> None:
        await self._consumer.start()
        self._consumer.subscribe(self.topics, listener=_CommitOnRevoke(self))

    async def run(self) -> None:
        """Handle records until ``stop``; returns after committing everything handled."""
        try:
            while not self._stopping.is_set():
                batches = await self._consumer.getmany(timeout_ms=300, max_records=MAX_RECORDS)
                async with self._handling:
                    for records in batches.values():
                        await self._handle_records([self._parse(record) for record in records])
                    await self.commit()
                self._lag_shown = await record_lag(self._consumer, self._lag_shown)
        finally:
            await self.commit()
            await self._consumer.stop()

    def stop(self) -> None:
        self._stopping.set()

    async def settle_for_rebalance(self) -> None:
        """Before partitions are revoked: stop handling at the next record, commit what was
        handled, and only then let the rebalance go on. aiokafka does not wait for the records
        being handled, so without this a partition's next owner would handle them while this
        instance still does: two writers of documents that have one (an applicant's stored
        profile, a recipient's current-notice pointer), which on FerretDB can leave the older
        write last or two current notices."""
        self._revoking = True
        try:
            async with self._handling:
                await self.commit()
        finally:
            self._revoking = False

    async def commit(self) -> None:
        """Commit what was handled. A commit the group refuses because it rebalanced without
        this member (paused past its session timeout, say) loses nothing: whoever owns those
        partitions now gets the records again, and handling them twice changes nothing. Raised,
        it would end ``run`` while the member, never stopped, kept its partitions unread."""
        assigned = self._consumer.assignment()
        offsets = {tp: offset for tp, offset in self._done.items() if tp in assigned}
        if offsets:
            try:
                await self._consumer.commit(offsets)
            except CommitFailedError as error:
                log.warning("offsets %s not committed, their records will come again: %s",
                            offsets, error)
        self._done.clear()

    @staticmethod
    def _parse(record: ConsumerRecord[bytes, bytes]) -> _Parsed:
        try:
            envelope = from_kafka(record.key, record.value, list(record.headers))
            return _Parsed(record, parse_event(envelope), envelope)
        except MalformedEvent as error:
            return _Parsed(record, None, None, error)

    def _batch_handler(self, event: Event | None) -> BatchHandler | None:
        handlers = self._handlers.get(type(event), ()) if event is not None else ()
        if len(handlers) == 1 and isinstance(handlers[0], BatchHandler):
            return handlers[0]
        return None

    async def _handle_records(self, records: list[_Parsed]) -> None:
        """One partition's records, in order; each one's offset is done once it was handled."""
        superseded = _superseded(records)
        start = 0
        while start < len(records) and not (self._stopping.is_set() or self._revoking):
            batch = self._batch_handler(records[start].event)
            end = start + 1
            if batch is not None:
                while (end < len(records) and self._batch_handler(records[end].event) is batch):
                    end += 1
                await self._handle_batch(batch, [parsed for parsed in records[start:end]
                                                 if id(parsed) not in superseded])
            elif id(records[start]) not in superseded:
                await self._handle(records[start])
            for parsed in records[start:end]:
                if id(parsed) in superseded and type(parsed.event) in self._handlers \
                        and parsed.envelope is not None:
                    count(parsed.envelope.type, Outcome.SUPERSEDED)
            last = records[end - 1].record
            self._done[TopicPartition(last.topic, last.partition)] = last.offset + 1
            start = end

    async def _handle_batch(self, batch: BatchHandler, records: list[_Parsed]) -> None:
        items = [(parsed.event, parsed.envelope) for parsed in records
                 if parsed.event is not None and parsed.envelope is not None]
        if not items:
            return
        event_type = items[0][1].type
        traces = [_trace_of(envelope) for _, envelope in items]
        for attempt in range(1, self._retry.attempts + 1):
            try:
                with consuming(records[0].record.topic, event_type, traces,
                               items[0][1].id if len(items) == 1 else None), timed(event_type):
                    await batch.handle_many(items)
                count(event_type, Outcome.OK if attempt == 1 else Outcome.RETRIED, len(items))
                return
            except Exception as error:
                log.warning("batch of %d, attempt %d failed: %r", len(items), attempt, error)
                await asyncio.sleep(self._retry.delay(attempt))
        for parsed in records:  # find the bad one: each alone, with its own retries
            await self._handle(parsed)

    async def _handle(self, parsed: _Parsed) -> None:
        record, event, envelope = parsed.record, parsed.event, parsed.envelope
        if event is None or envelope is None:
            error = parsed.error or MalformedEvent("unreadable record")
            await send_to_dead_letters(self._dead_letters, record, self.group_id, error)
            count(UNREADABLE, Outcome.DEAD_LETTERED)
            return
        handlers = self._handlers.get(type(event), ())
        if not handlers:
            return  # another consumer's event type on a shared topic
        with event_context(envelope.id, envelope.type):
            if self._inbox is not None and await self._inbox.seen(envelope):
                log.info("duplicate event skipped")
                count(envelope.type, Outcome.DUPLICATE)
                return
            for attempt in range(1, self._retry.attempts + 1):
                try:
                    with consuming(record.topic, envelope.type, [_trace_of(envelope)],
                                   envelope.id), timed(envelope.type):
                        for handler in handlers:
                            await handler(event, envelope)
                    count(envelope.type, Outcome.OK if attempt == 1 else Outcome.RETRIED)
                    break
                except Exception as error:
                    if attempt == self._retry.attempts:
                        await send_to_dead_letters(self._dead_letters, record, self.group_id, error)
                        count(envelope.type, Outcome.DEAD_LETTERED)
                        return
                    log.warning("attempt %d failed: %r; retrying", attempt, error)
                    await asyncio.sleep(self._retry.delay(attempt))
            if self._inbox is not None:
                await self._inbox.record(envelope)


def _trace_of(envelope: CloudEvent) -> dict[str, str | None]:
    return {"traceparent": envelope.traceparent, "tracestate": envelope.tracestate}


def _superseded(records: list[_Parsed]) -> set[int]:
    """Records whose event another of the same type and aggregate makes moot (by ``id``): of
    each aggregate's events that carry its whole state, all but the newest state
    (``Event.state_time``; on equal or no times, the later offset)."""
    newest: dict[tuple[type[Event], str], tuple[tuple[bool, datetime, int], _Parsed]] = {}
    moot: set[int] = set()
    for position, parsed in enumerate(records):
        event = parsed.event
        if event is None or not event.supersedes_earlier:
            continue
        at = event.state_time
        rank = (at is not None, at or _NO_TIME, position)
        key = (type(event), event.aggregate_id)
        kept = newest.get(key)
        if kept is None or rank > kept[0]:
            if kept is not None:
                moot.add(id(kept[1]))
            newest[key] = (rank, parsed)
        else:
            moot.add(id(parsed))
    return moot


_NO_TIME = datetime.min.replace(tzinfo=UTC)
