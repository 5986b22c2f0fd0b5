"""Subscription notificationAdded, its resolver on its own: catch-up with `after`, no duplicates,
a coded resync for a subscriber that stops reading, and coded errors for bad input."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

import httpx
import pytest
from graphql import GraphQLError

from gateway.context import Context
from gateway.live_feed import LiveFeed
from gateway.live_notifications import notification_added
from gateway.notifications import NotificationEdge
from services.notifications.in_app.store import cursor_of
from smartpick.events import NotificationAdded
from tests.unit.gateway.fakes import APPLICANT, FakeServices, settings, token

START = datetime(2026, 11, 1, 12, tzinfo=UTC)


def stored(number: int) -> dict[str, Any]:
    """Notice ``number`` as the notifications service lists it (later numbers are newer)."""
    at = START + timedelta(seconds=number)
    return {"id": f"n{number}", "cursor": cursor_of({"_id": f"n{number}", "created_at": at}),
            "kind": "RECOMMENDATIONS_READY", "category": "RECOMMENDATIONS",
            "title": f"title {number}", "body": "b", "read": False, "seen": False,
            "archived": False, "snoozed_until": None, "created_at": at.isoformat(),
            "subject_id": None}


def live(number: int) -> NotificationAdded:
    item = stored(number)
    return NotificationAdded(recipient_id=APPLICANT.account_id, notification_id=item["id"],
                             cursor=item["cursor"], kind=item["kind"], title=item["title"],
                             body="b", created_at=START + timedelta(seconds=number))


def subscribe(feed: LiveFeed | None, services: FakeServices | None = None,
              after: str | None = None) -> AsyncGenerator[NotificationEdge, None]:
    services = services or FakeServices()
    context = Context(http=httpx.AsyncClient(transport=httpx.MockTransport(services.handle)),
                      settings=settings(), token=token(), principal=APPLICANT, live_feed=feed)
    resolver = notification_added.base_resolver.wrapped_func
    subscription: AsyncGenerator[NotificationEdge, None] = resolver(
        cast(Any, SimpleNamespace(context=context)), after=after)
    return subscription


def listing(*numbers: int, has_next: bool = False) -> FakeServices:
    items = [stored(number) for number in sorted(numbers, reverse=True)]  # newest first
    return FakeServices({("GET", "notifications/notifications"): {
        "items": items, "total": len(items), "unread": len(items), "unseen": len(items),
        "has_next": has_next,
        "end_cursor": items[-1]["cursor"] if items else None}})


async def code_of(pending: Any) -> str:
    with pytest.raises(GraphQLError) as raised:
        await asyncio.wait_for(pending, 2)
    return str((raised.value.extensions or {})["code"])


async def test_a_reconnecting_client_gets_what_it_missed_then_live_ones_each_once() -> None:
    feed = LiveFeed(queue_bound=10)
    subscription = subscribe(feed, listing(1, 2, 3), after=stored(1)["cursor"])
    missed = [await anext(subscription), await anext(subscription)]
    assert [edge.node.id for edge in missed] == ["n2", "n3"]  # oldest first, n1 was seen
    for number in (3, 1, 4):  # n3 heard live too, n1 late: neither sent again
        feed.deliver(live(number))
    edge = await asyncio.wait_for(anext(subscription), 2)
    assert (edge.node.id, edge.cursor) == ("n4", stored(4)["cursor"])
    await subscription.aclose()
    assert feed.queued(APPLICANT.account_id) == []


async def test_a_notice_published_twice_is_sent_once() -> None:
    feed = LiveFeed(queue_bound=10)
    subscription = subscribe(feed)
    first = asyncio.create_task(anext(subscription))
    await asyncio.sleep(0.01)
    for number in (5, 5, 6):
        feed.deliver(live(number))
    assert (await asyncio.wait_for(first, 2)).node.id == "n5"
    assert (await asyncio.wait_for(anext(subscription), 2)).node.id == "n6"
    await subscription.aclose()


async def test_a_client_that_stops_reading_holds_at_most_the_bound_then_resyncs() -> None:
    feed = LiveFeed(queue_bound=100)
    subscription = subscribe(feed)
    reading = asyncio.create_task(anext(subscription))
    await asyncio.sleep(0.01)  # subscribed, waiting for its first notice
    for number in range(1, 1001):  # arrive faster than it reads
        feed.deliver(live(number))
    assert feed.queued(APPLICANT.account_id) == [100]
    assert await code_of(reading) == "RESYNC_REQUIRED"
    assert feed.queued(APPLICANT.account_id) == []  # the subscription ended, its queue is gone


async def test_more_missed_than_the_catch_up_limit_asks_for_a_resync() -> None:
    services = listing(*range(2, 102), has_next=True)
    assert await code_of(anext(subscribe(LiveFeed(10), services, after=stored(1)["cursor"]))) \
        == "RESYNC_REQUIRED"


@pytest.mark.parametrize("after", ["not a cursor!", "bm90IGEgZGF0ZXxuMQ"])
async def test_a_bad_cursor_is_bad_user_input(after: str) -> None:
    assert await code_of(anext(subscribe(LiveFeed(10), listing(1), after=after))) \
        == "BAD_USER_INPUT"


async def test_without_kafka_the_subscription_says_the_live_feed_is_off() -> None:
    assert await code_of(anext(subscribe(None))) == "LIVE_FEED_OFF"
