"""The notice of a computed program list: what it says, and one current notice per applicant."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any, cast

import pytest

from services.notifications.dispatch import Dispatcher, Outgoing
from services.notifications.notices.recommendations import (
    RECIPIENTS_AT_ONCE,
    lists_ready,
    recommendations_ready,
)
from smartpick.events import RecommendationsReady
from tests.unit.notifications.notices.fakes import FakeDispatcher, envelope


def ready(applicant_id: str = "a-1", reason: Any = "catalog") -> RecommendationsReady:
    return RecommendationsReady(applicant_id=applicant_id, eligible_count=12, excluded_count=3,
                                computed_for="e", reason=reason)


async def told(event: RecommendationsReady) -> tuple[str, str]:
    fake = FakeDispatcher()
    await recommendations_ready(event, envelope(event), fake.as_dispatcher())
    (sent,) = fake.sent
    return sent.title, sent.body


async def test_a_first_list_says_it_is_ready_with_both_counts() -> None:
    title, body = await told(ready(reason="profile"))
    assert title == "Your program list is ready"
    assert body == "12 programs will consider you; 3 will not, each with its reason."


async def test_a_list_changed_by_the_catalog_or_the_model_says_why() -> None:
    assert await told(ready(reason="catalog")) == (
        "Programs in your specialties changed",
        "Your list is updated: 12 programs will consider you; 3 will not, each with its reason.")
    title, body = await told(ready(reason="model"))
    assert title == "Your chances were recalculated" and "newer outcomes" in body


async def test_the_notice_is_current_as_of_its_event_so_a_late_older_one_replaces_nothing() -> None:
    fake = FakeDispatcher()
    old, new = envelope(ready(), "event-1"), envelope(ready(), "event-2")
    await lists_ready([(ready(), old), (ready(), new), (ready(), old)], fake.as_dispatcher())
    assert [s.outgoing.current_at for s in fake.sent] == [old.time, new.time, old.time]
    assert [s.told for s in fake.sent] == [("a-1", "RECOMMENDATIONS_READY", None)] * 3


async def test_the_notice_is_based_on_the_profile_its_counts_come_from() -> None:
    fake = FakeDispatcher()
    saved = datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    event = ready().model_copy(update={"profile_updated_at": saved})
    await recommendations_ready(event, envelope(event), fake.as_dispatcher())
    await recommendations_ready(ready(), envelope(ready()), fake.as_dispatcher())
    assert [s.outgoing.based_on for s in fake.sent] == [saved, None]


async def test_an_event_handled_twice_makes_one_notification() -> None:
    fake = FakeDispatcher()
    first = envelope(ready(), "event-1")
    await recommendations_ready(ready(), first, fake.as_dispatcher())
    await recommendations_ready(ready(), first, fake.as_dispatcher())
    await recommendations_ready(ready("a-2"), envelope(ready("a-2")), fake.as_dispatcher())
    assert [s.outgoing.recipient for s in fake.stored] == ["a-1", "a-2"]


class SlowDispatcher:
    """Sends take a while; records the order of sends and how many ran at once."""

    def __init__(self, fail_for: str | None = None) -> None:
        self.order: list[tuple[str, str | None]] = []
        self.running = self.most = 0
        self.fail_for = fail_for

    async def send(self, outgoing: Outgoing) -> None:
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            await asyncio.sleep(0.01)
            if outgoing.recipient == self.fail_for:
                raise RuntimeError("the store went away")
            self.order.append((outgoing.recipient, outgoing.event_id))
        finally:
            self.running -= 1


async def test_recipients_go_side_by_side_and_each_one_s_notices_in_their_order() -> None:
    slow = SlowDispatcher()
    events = [(ready(f"a-{n % 20}"), envelope(ready(f"a-{n % 20}"), f"event-{n}"))
              for n in range(60)]
    await lists_ready(events, cast(Dispatcher, slow))
    assert len(slow.order) == 60
    assert 1 < slow.most <= RECIPIENTS_AT_ONCE
    for n in range(20):
        mine = [event for recipient, event in slow.order if recipient == f"a-{n}"]
        assert mine == [f"event-{n}", f"event-{n + 20}", f"event-{n + 40}"]


async def test_a_failing_recipient_stops_the_batch_with_nothing_left_running() -> None:
    slow = SlowDispatcher(fail_for="a-3")
    events = [(ready(f"a-{n}"), envelope(ready(f"a-{n}"), f"event-{n}")) for n in range(30)]
    with pytest.raises(ExceptionGroup):
        await lists_ready(events, cast(Dispatcher, slow))
    assert slow.running == 0  # the consumer's retry meets no send of this attempt
    assert len(slow.order) < 30
