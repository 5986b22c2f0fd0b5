"""The consumer counts how each event ended (ok, retried, dead-lettered, duplicate, superseded),
times each handler call, and keeps a lag gauge per assigned partition."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from smartpick.consumer import BatchHandler, EventConsumer, RetryPolicy
from smartpick.consumer_metrics import record_lag
from smartpick.events import ApplicantProfileUpdated, CloudEvent, Event, OutcomeDeleted
from smartpick.inbox import Inbox
from smartpick.publisher import Publisher
from tests.integration.harness import profile_event
from tests.unit.metrics.samples import labelled, sample
from tests.unit.test_consumer import DeadLetters, deleted, handle, record

PROFILE = ApplicantProfileUpdated.event_type
DELETED = OutcomeDeleted.event_type
HANDLED = "smartpick_events_handled_total"


def handled(event_type: str, outcome: str) -> float:
    return sample(HANDLED, event_type=event_type, outcome=outcome)


async def test_a_batch_counts_each_event_once_and_its_call_once() -> None:
    async def many(items: Sequence[tuple[Event, CloudEvent]]) -> None:
        pass

    ok, moot = handled(PROFILE, "ok"), handled(PROFILE, "superseded")
    calls = sample("smartpick_event_handler_duration_seconds_count", event_type=PROFILE)
    await handle([profile_event("a"), profile_event("a"), profile_event("b")],
                 {ApplicantProfileUpdated: [BatchHandler(many)]}, DeadLetters())
    assert handled(PROFILE, "ok") == ok + 2 and handled(PROFILE, "superseded") == moot + 1
    assert sample("smartpick_event_handler_duration_seconds_count", event_type=PROFILE) == calls + 1


async def test_an_event_handled_after_a_failure_counts_as_retried() -> None:
    attempts: list[int] = []

    async def flaky(event: Event, envelope: CloudEvent) -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionError("the database blinked")

    retried, ok = handled(DELETED, "retried"), handled(DELETED, "ok")
    await handle([deleted("a")], {OutcomeDeleted: [flaky]}, DeadLetters())
    assert handled(DELETED, "retried") == retried + 1 and handled(DELETED, "ok") == ok


async def test_an_event_that_keeps_failing_is_dead_lettered_and_counted_per_topic() -> None:
    async def broken(event: Event, envelope: CloudEvent) -> None:
        raise ValueError("never works")

    dead = handled(DELETED, "dead_lettered")
    letters = sample("smartpick_dead_letters_total", topic="profiles.applicants")
    await handle([deleted("a")], {OutcomeDeleted: [broken]}, DeadLetters())
    assert handled(DELETED, "dead_lettered") == dead + 1
    assert sample("smartpick_dead_letters_total", topic="profiles.applicants") == letters + 1


async def test_an_unreadable_record_is_dead_lettered_as_unreadable() -> None:
    unreadable = handled("unreadable", "dead_lettered")
    consumer = EventConsumer(bootstrap_servers="127.0.0.1:1", group_id="g", handlers={},
                             dead_letters=cast(Publisher, DeadLetters()))
    garbage: ConsumerRecord[bytes, bytes] = ConsumerRecord(
        "profiles.applicants", 0, 0, 0, 0, b"k", b"not an event", None, 1, 12, [])
    await consumer._handle_records([consumer._parse(garbage)])
    assert handled("unreadable", "dead_lettered") == unreadable + 1


class SeenEverything:
    async def seen(self, envelope: CloudEvent) -> bool:
        return True


async def test_an_event_the_inbox_has_counts_as_duplicate() -> None:
    async def never(event: Event, envelope: CloudEvent) -> None:
        raise AssertionError("a duplicate must not be handled")

    duplicates = handled(DELETED, "duplicate")
    consumer = EventConsumer(bootstrap_servers="127.0.0.1:1", group_id="g",
                             handlers={OutcomeDeleted: [never]},
                             dead_letters=cast(Publisher, DeadLetters()),
                             inbox=cast(Inbox, SeenEverything()),
                             retry=RetryPolicy(attempts=1))
    await consumer._handle_records([consumer._parse(record(deleted("a"), 0))])
    assert handled(DELETED, "duplicate") == duplicates + 1


class FakeKafka:
    """What ``record_lag`` asks aiokafka: the assignment, high watermarks and positions."""

    def __init__(self, highwater: dict[TopicPartition, int | None],
                 position: dict[TopicPartition, int]) -> None:
        self._highwater = highwater
        self._position = position

    def assignment(self) -> set[TopicPartition]:
        return set(self._highwater)

    def highwater(self, tp: TopicPartition) -> int | None:
        return self._highwater[tp]

    async def position(self, tp: TopicPartition) -> int:
        return self._position[tp]


async def test_lag_is_highwater_minus_position_and_goes_with_the_partition() -> None:
    fetched, unfetched = TopicPartition("lag.topic", 0), TopicPartition("lag.topic", 1)
    kafka: Any = FakeKafka({fetched: 10, unfetched: None}, {fetched: 7, unfetched: 0})
    shown = await record_lag(cast(AIOKafkaConsumer, kafka), set())
    assert shown == {fetched}
    assert sample("smartpick_consumer_lag", topic="lag.topic", partition="0") == 3
    assert sample("smartpick_consumer_lag", topic="lag.topic", partition="1") == 0
    revoked: Any = FakeKafka({}, {})
    assert await record_lag(cast(AIOKafkaConsumer, revoked), shown) == set()
    assert "smartpick_consumer_lag" not in labelled(topic="lag.topic")
