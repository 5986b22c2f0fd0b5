"""The live feed's memory and fan-out: bounded queues that ask a slow client to resync, and each
notice queued only for subscriptions of its recipient."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from gateway.live_feed import LiveFeed
from gateway.live_queue import LiveQueue, ResyncRequired
from gateway.notifications import Notification
from smartpick.events import NotificationAdded


def notice(recipient: str, number: int = 1) -> NotificationAdded:
    return NotificationAdded(recipient_id=recipient, notification_id=f"n{number}",
                             cursor=f"c{number}", kind="RECOMMENDATIONS_READY", title="t",
                             body="b", created_at=datetime(2026, 11, 1, tzinfo=UTC))


async def test_a_queue_stops_growing_at_its_bound_and_signals_resync_once() -> None:
    queue: LiveQueue[int] = LiveQueue(100)
    for number in range(500):
        queue.offer(number)
    assert len(queue) == 100 and queue.overflowed
    with pytest.raises(ResyncRequired):
        await queue.get()
    assert len(queue) == 0  # what it held is dropped: the client reloads its inbox


async def test_a_queue_within_its_bound_hands_items_over_in_order() -> None:
    queue: LiveQueue[int] = LiveQueue(3)
    waiting = asyncio.create_task(queue.get())
    await asyncio.sleep(0)
    for number in (1, 2, 3):
        queue.offer(number)
    assert await asyncio.wait_for(waiting, 1) == 1
    assert [await queue.get(), await queue.get()] == [2, 3]
    assert not queue.overflowed


async def test_a_notice_goes_to_every_subscription_of_its_recipient_and_no_other() -> None:
    feed = LiveFeed(queue_bound=10)
    with feed.subscription("ana") as first, feed.subscription("ana") as second, \
            feed.subscription("bo") as other:
        assert feed.deliver(notice("ana")) == 2
        assert feed.deliver(notice("carla")) == 0  # connected to another replica, if any
        assert (len(first), len(second), len(other)) == (1, 1, 0)
        assert (await first.get()).notification_id == "n1"
    assert feed.deliver(notice("ana")) == 0  # a closed subscription is forgotten


def test_the_event_carries_every_field_a_client_sees_of_a_notification() -> None:
    """But for those of a new notice's state, and its category, which comes from its kind."""
    fields = set(Notification.__annotations__)
    carried = {name.removeprefix("notification_") for name in NotificationAdded.model_fields}
    assert fields - carried == {"category", "seen", "archived", "snoozed_until"}
