"""Mentorship reminders on the real servers: a check-in coming up and a goal overdue in an ACTIVE
mentorship each go out on ``matching.mentorships`` exactly once, while several reminder jobs run
at once (one of them a process that dies right after its insert, before waking its relay) and
run again later; nothing is sent for a goal done, a goal not due yet or an ended mentorship."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer

from services.matching.mentorship.progress import MentorshipProgress
from services.matching.mentorship.reminders import COLLECTION, Reminders
from smartpick.events import MentorshipReminderIssued, parse_event
from smartpick.events.envelope import from_kafka
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import GoalStatus, MentorshipChange, ReminderKind
from smartpick.outbox import Outbox
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from smartpick.topics import ensure_topics
from tests.integration.test_mentorship_lifecycle import Mentoring, mentoring
from tests.servers import Servers

pytestmark = pytest.mark.integration
__all__ = ["mentoring"]
TODAY = datetime.now(UTC).date()


@pytest.fixture
async def relay(servers: Servers, mentoring: Mentoring,
                unique: str) -> AsyncIterator[tuple[OutboxRelay, str]]:
    """A running relay of the reminders, as the matching service runs one; and its topic."""
    prefix = f"t{unique}."
    await ensure_topics(servers.kafka_bootstrap, prefix=prefix)
    publisher = Publisher(servers.kafka_bootstrap, "/matching", topic_prefix=prefix)
    await publisher.start()
    running = OutboxRelay([mentoring.db[COLLECTION]], publisher, sweep_seconds=0.5)
    task = asyncio.create_task(running.run())
    yield running, prefix + MentorshipReminderIssued.topic
    running.stop()
    await task
    await publisher.stop()


async def published(bootstrap: str, topic: str, expected: int,
                    quiet: float = 3.0) -> list[MentorshipReminderIssued]:
    """Every reminder on ``topic``: read until ``expected`` came, then ``quiet`` seconds more,
    so a duplicate sent late is seen too."""
    reader = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                              enable_auto_commit=False)
    await reader.start()
    records: list[Any] = []
    try:
        deadline, settled = time.monotonic() + 30, None
        while time.monotonic() < deadline and (settled is None or time.monotonic() < settled):
            batches = await reader.getmany(timeout_ms=300)
            records += [record for batch in batches.values() for record in batch]
            if settled is None and len(records) >= expected:
                settled = time.monotonic() + quiet
    finally:
        await reader.stop()
    events = [parse_event(from_kafka(r.key, r.value, r.headers)) for r in records]
    return [event for event in events if isinstance(event, MentorshipReminderIssued)]


async def test_each_reminder_goes_out_once_while_jobs_race(
        servers: Servers, mentoring: Mentoring, relay: tuple[OutboxRelay, str]) -> None:
    running, topic = relay
    progress = MentorshipProgress.of(mentoring.db, mentoring.lifecycle)
    yesterday, tomorrow = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
    await mentoring.mentor("m-1")
    active = await mentoring.request("e-1", "m-1")
    ended = await mentoring.request("e-2", "m-1")
    for asked in (active, ended):
        await mentoring.lifecycle.respond(asked["_id"], "m-1", accept=True, reason=None)
        await progress.checkins.record(asked["_id"], "e-1" if asked is active else "e-2",
                                       TODAY - timedelta(days=7), "", tomorrow)
        await progress.goals.add(asked["_id"], "m-1", "Statement draft",
                                 MentorTopic.PERSONAL_STATEMENT, yesterday)
    done = await progress.goals.add(active["_id"], "e-1", "CV", MentorTopic.CV, yesterday)
    await progress.goals.set_status(active["_id"], done["_id"], "e-1", GoalStatus.DONE)
    await progress.goals.add(active["_id"], "e-1", "Interviews",
                             MentorTopic.INTERVIEW_PREPARATION, tomorrow)
    stored = await mentoring.store.get(ended["_id"])
    assert stored is not None
    await mentoring.lifecycle.change(stored, MentorshipChange.COMPLETED, "mentee", "e-2")

    jobs = [Reminders(mentoring.db, Outbox("/matching", running)) for _ in range(3)]
    dying = Reminders(mentoring.db, Outbox("/matching", relay=None))  # left to the relay's sweep
    sent = await asyncio.gather(*(job.send_due(TODAY) for job in [*jobs, dying] * 2))
    assert sum(sent) == 2
    # the next day: both sent already, and a goal due that day is not overdue yet
    assert await jobs[0].send_due(tomorrow) == 0

    events = await published(servers.kafka_bootstrap, topic, expected=2)
    assert sorted((e.kind, e.mentorship_id, e.date, e.title) for e in events) == [
        (ReminderKind.CHECK_IN_DUE, active["_id"], tomorrow, None),
        (ReminderKind.GOAL_OVERDUE, active["_id"], yesterday, "Statement draft")]
    assert {(e.mentee_id, e.mentor_id) for e in events} == {("e-1", "m-1")}
    assert await mentoring.db[COLLECTION].count_documents({}) == 2
