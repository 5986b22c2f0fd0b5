"""What the consumer (smartpick/consumer.py) tells Prometheus: how each event ended, how long its
handler took, and how far each partition lags, all from what the consumer knows already.

The lag costs no request: aiokafka learns a partition's high watermark from every fetch
response, and the position of a partition it fetches is known locally.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import IllegalStateError

from smartpick.metrics import CONSUMER_LAG, EVENTS_HANDLED, HANDLER_SECONDS

UNREADABLE = "unreadable"
"""The event type label of a record that is no event we know (dead-lettered unparsed)."""


class Outcome(StrEnum):
    """How the consumer finished with one event."""

    OK = "ok"
    RETRIED = "retried"
    """Handled, after at least one failed attempt."""
    DEAD_LETTERED = "dead_lettered"
    DUPLICATE = "duplicate"
    """Skipped: the inbox had it (a redelivery)."""
    SUPERSEDED = "superseded"
    """Skipped: a later event of the same aggregate in the batch carries its whole state."""


def count(event_type: str, outcome: Outcome, events: int = 1) -> None:
    EVENTS_HANDLED.labels(event_type, outcome.value).inc(events)


@contextmanager
def timed(event_type: str) -> Iterator[None]:
    """Observe one handler call of ``event_type``, failed or not (a slow failure is slow too)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        HANDLER_SECONDS.labels(event_type).observe(time.perf_counter() - started)


async def record_lag(consumer: AIOKafkaConsumer,
                     shown: set[TopicPartition]) -> set[TopicPartition]:
    """Set the lag of each assigned partition aiokafka has fetched from, drop the gauges of
    partitions ``shown`` before and no longer assigned (a rebalance moved them elsewhere), and
    answer the partitions shown now."""
    now: set[TopicPartition] = set()
    for tp in consumer.assignment():
        try:
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue  # nothing fetched yet: no lag known
            position = await consumer.position(tp)
        except (IllegalStateError, AssertionError):
            continue  # revoked meanwhile
        CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(0, highwater - position))
        now.add(tp)
    for tp in shown - now:
        try:
            CONSUMER_LAG.remove(tp.topic, str(tp.partition))
        except KeyError:
            pass  # another consumer of this process removed it first
    return now
