"""The consumer's batching, called directly on records built here: superseded profile events are
skipped, a run of events with a batch handler goes in one call, and a batch that keeps failing is
retried one by one so that only the bad event is dead-lettered."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, cast

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError

from smartpick.consumer import BatchHandler, EventConsumer, RetryPolicy
from smartpick.events import (
    ApplicantProfileUpdated,
    CloudEvent,
    Event,
    OutcomeDeleted,
    RecommendationsReady,
)
from smartpick.events.envelope import to_kafka
from smartpick.publisher import Publisher, envelope_for
from tests.integration.harness import profile_event


class DeadLetters:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None]] = []

    async def send_raw(self, topic: str, key: bytes | None, value: bytes | None,
                       headers: Any) -> None:
        self.sent.append((topic, key))


def record(event: Event, offset: int) -> ConsumerRecord[bytes, bytes]:
    key, value, headers = to_kafka(envelope_for(event, "/profiles", f"e-{offset}"))
    return ConsumerRecord("profiles.applicants", 0, offset, 0, 0, key, value, None,
                          len(key), len(value), headers)


def consumer(handlers: dict[type[Event], list[Any]], dead: DeadLetters) -> EventConsumer:
    return EventConsumer(bootstrap_servers="127.0.0.1:1", group_id="g", handlers=handlers,
                         dead_letters=cast(Publisher, dead),
                         retry=RetryPolicy(attempts=2, first_delay=0.0))


def deleted(applicant_id: str) -> OutcomeDeleted:
    return OutcomeDeleted(report_id="r", applicant_id=applicant_id, season_year=2026,
                          revision=2, deleted_at=datetime(2026, 11, 29, tzinfo=UTC))


async def handle(events: list[Event], handlers: dict[type[Event], list[Any]],
                 dead: DeadLetters) -> EventConsumer:
    found = consumer(handlers, dead)
    records = [found._parse(record(event, n)) for n, event in enumerate(events)]
    await found._handle_records(records)
    return found


async def test_runs_go_to_the_batch_handler_and_the_last_profile_of_each_applicant_wins() -> None:
    calls: list[list[str]] = []
    singles: list[str] = []

    async def many(items: Sequence[tuple[Event, CloudEvent]]) -> None:
        calls.append([f"{cast(ApplicantProfileUpdated, e).applicant_id}:{c.id}" for e, c in items])

    async def one(event: Event, envelope: CloudEvent) -> None:
        singles.append(envelope.id)

    events: list[Event] = [profile_event("a"), profile_event("b"), profile_event("a"),
                           deleted("a"), profile_event("b"), profile_event("c")]
    found = await handle(events, {ApplicantProfileUpdated: [BatchHandler(many)],
                                  OutcomeDeleted: [one]}, DeadLetters())
    # a's first event is moot (a's later one is in the batch); b's first one too
    assert calls == [["a:e-2"], ["b:e-4", "c:e-5"]] and singles == ["e-3"]
    assert found._done == {TopicPartition("profiles.applicants", 0): 6}


async def test_of_two_states_out_of_order_in_a_batch_the_newer_state_is_handled() -> None:
    """Two profiles instances publish on their own: the state saved later can come first."""
    calls: list[list[str]] = []

    async def many(items: Sequence[tuple[Event, CloudEvent]]) -> None:
        calls.append([c.id for _, c in items])

    at = datetime(2026, 11, 30, 20, 40, 22, 374000, tzinfo=UTC)
    newer, older = (profile_event("a").model_copy(update={"updated_at": at}),
                    profile_event("a").model_copy(update={"updated_at": at.replace(
                        microsecond=370000)}))
    untimed = profile_event("b")  # published before events had times: the log's order
    events: list[Event] = [newer, untimed, older, untimed]
    found = await handle(events, {ApplicantProfileUpdated: [BatchHandler(many)]}, DeadLetters())
    assert calls == [["e-0", "e-3"]]
    assert found._done == {TopicPartition("profiles.applicants", 0): 4}


async def test_of_two_lists_in_a_batch_the_one_of_the_newer_profile_is_handled() -> None:
    """A catalog change's list, counted from the profile before a save and published after that
    save's list, is the older list though its offset is later; of one profile, the later."""
    calls: list[list[str]] = []

    async def many(items: Sequence[tuple[Event, CloudEvent]]) -> None:
        calls.append([c.id for _, c in items])

    saved = datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    before = saved.replace(minute=29)

    def listed(applicant_id: str, profile_at: datetime, reason: Any) -> RecommendationsReady:
        return RecommendationsReady(applicant_id=applicant_id, eligible_count=1,
                                    excluded_count=0, computed_for="c", reason=reason,
                                    profile_updated_at=profile_at)

    events: list[Event] = [listed("a", saved, "profile"), listed("a", before, "catalog"),
                           listed("b", saved, "profile"), listed("b", saved, "catalog")]
    await handle(events, {RecommendationsReady: [BatchHandler(many)]}, DeadLetters())
    assert calls == [["e-0", "e-3"]]


async def test_a_failing_batch_is_retried_one_by_one_and_only_the_bad_event_dead_lettered() -> None:
    handled: list[str] = []

    async def many(items: Sequence[tuple[Event, CloudEvent]]) -> None:
        for event, _ in items:
            applicant = cast(ApplicantProfileUpdated, event).applicant_id
            if applicant == "bad":
                raise ValueError("cannot handle this one")
        handled.extend(cast(ApplicantProfileUpdated, e).applicant_id for e, _ in items)

    dead = DeadLetters()
    found = await handle([profile_event("a"), profile_event("bad"), profile_event("c")],
                         {ApplicantProfileUpdated: [BatchHandler(many)]}, dead)
    assert handled == ["a", "c"] and dead.sent == [("profiles.applicants.DLT", b"bad")]
    assert found._done == {TopicPartition("profiles.applicants", 0): 3}


class Fetches:
    """What ``fetched_within`` asks of aiokafka's consumer: the assignment, and when each
    partition last had a fetch answer (ms since the epoch; None: not yet)."""

    def __init__(self, fetched: dict[TopicPartition, float | None]) -> None:
        self.fetched = fetched

    def assignment(self) -> set[TopicPartition]:
        return set(self.fetched)

    def last_poll_timestamp(self, partition: TopicPartition) -> float | None:
        return self.fetched[partition]


async def test_a_consumer_is_current_only_with_partitions_each_fetched_lately() -> None:
    reader = consumer({}, DeadLetters())
    now = datetime.now(UTC).timestamp() * 1000
    one, two = TopicPartition("t", 0), TopicPartition("t", 1)
    cases: list[tuple[dict[TopicPartition, float | None], bool]] = [
        ({}, False), ({one: now - 1000, two: now}, True), ({one: now - 6000, two: now}, False),
        ({one: None, two: now}, False)]
    for fetched, current in cases:
        reader._consumer = cast(Any, Fetches(fetched))
        assert reader.fetched_within(5) is current, fetched


class RebalancedAway:
    """An aiokafka consumer whose group went on without it: every commit is refused."""

    def assignment(self) -> set[TopicPartition]:
        return {TopicPartition("profiles.applicants", 0)}

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        raise CommitFailedError("the group has already rebalanced")


async def test_a_commit_refused_after_a_rebalance_leaves_the_consumer_running() -> None:
    found = await handle([profile_event("a")], {ApplicantProfileUpdated: [BatchHandler(
        lambda items: _nothing())]}, DeadLetters())
    found._consumer = cast(AIOKafkaConsumer, RebalancedAway())
    await found.commit()  # raising here ended run() while the member kept its partitions
    assert found._done == {}


async def _nothing() -> None:
    return None
