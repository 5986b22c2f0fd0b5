"""Subscription ``notificationAdded``: the signed-in account's notices as they are stored.

A client passing ``after`` (the cursor of the last notice it saw, as ``me { notifications }``
and this subscription give them) first gets what was stored since, oldest first, from the
notifications service, then live ones; the live queue is opened before that look-up, so nothing
falls between the two, and a notice both found and heard live is sent once. More than
``CATCH_UP_LIMIT`` missed, or a client too slow for its queue (gateway/live_queue.py), ends the
subscription with RESYNC_REQUIRED: reload the inbox, then subscribe again.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any

import strawberry
from fastapi import HTTPException

from gateway.clients import call
from gateway.common import GraphInfo, page_params
from gateway.cost import SERVICE, cost
from gateway.errors import coded
from gateway.live_queue import ResyncRequired
from gateway.mapping import from_json
from gateway.notifications import Notification, NotificationEdge
from gateway.urls import service_url
from smartpick.events import NotificationAdded
from smartpick.paging import decode_cursor
from smartpick.recent import Recent

CATCH_UP_LIMIT = 100
"""Missed notices a reconnecting client is sent; beyond, it reloads its inbox instead."""
Position = tuple[datetime, str]


@strawberry.subscription(
    description="My notifications as they are stored. With `after` (the cursor of the last one "
                "I saw), first those stored since, oldest first. Ends with RESYNC_REQUIRED when "
                "I fell too far behind: reload `me { notifications }`, subscribe again.",
    metadata=cost(SERVICE))
async def notification_added(info: GraphInfo, after: str | None = None
                             ) -> AsyncGenerator[NotificationEdge, None]:
    context = info.context
    principal = context.require_principal()
    if context.live_feed is None:
        raise coded("live notifications are off on this gateway (it runs without Kafka)",
                    "LIVE_FEED_OFF")
    since = position(after) if after else None
    # the ids of the notices sent lately: one found by the catch-up and heard live too, or
    # published twice after a crash, is sent once
    sent: Recent[str, None] = Recent(2 * context.live_feed.queue_bound)
    with context.live_feed.subscription(principal.account_id) as queue:
        if since is not None:
            for item in await missed_since(info, since):
                sent.put(item["id"], None)
                yield NotificationEdge(cursor=item["cursor"], node=from_json(Notification, item))
        while True:
            try:
                event = await queue.get()
            except ResyncRequired as error:
                raise _resync("notices came faster than this client read them") from error
            if event.notification_id in sent or (since and position(event.cursor) <= since):
                continue
            sent.put(event.notification_id, None)
            yield edge(event)


async def missed_since(info: GraphInfo, since: Position) -> list[dict[str, Any]]:
    """The caller's notices stored after ``since``, oldest first (one page of the service's
    newest-first list; more than ``CATCH_UP_LIMIT`` is RESYNC_REQUIRED)."""
    context = info.context
    page = await call(context.http, "GET",
                      service_url(context.settings.notifications_url, "notifications"),
                      context.token, params=page_params(CATCH_UP_LIMIT, None))
    newer = [item for item in page["items"] if position(item["cursor"]) > since]
    if len(newer) == CATCH_UP_LIMIT and page["has_next"]:
        raise _resync(f"more than {CATCH_UP_LIMIT} notices were stored since `after`")
    return newer[::-1]


def edge(event: NotificationAdded) -> NotificationEdge:
    """A notice just stored, as the list shows it: in the inbox, unseen unless read, in the
    category of its kind."""
    return NotificationEdge(cursor=event.cursor, node=Notification(
        id=strawberry.ID(event.notification_id), kind=event.kind,
        category=event.category, title=event.title,
        body=event.body, read=event.read, seen=event.read, archived=False, snoozed_until=None,
        created_at=event.created_at,
        subject_id=strawberry.ID(event.subject_id) if event.subject_id else None,
        event_id=strawberry.ID(event.event_id) if event.event_id else None))


def position(cursor: str) -> Position:
    """Where a notifications cursor points: (stored at, id), as the service orders its list."""
    try:
        at, _, notification_id = (decode_cursor(cursor) or "").partition("|")
        moment = datetime.fromisoformat(at)
    except (HTTPException, ValueError, OverflowError) as error:
        raise coded("invalid cursor: pass the cursor of a notification, unchanged",
                    "BAD_USER_INPUT") from error
    return (moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC),
            notification_id)


def _resync(why: str) -> Exception:
    return coded(f"{why}: reload your notifications, then subscribe again", "RESYNC_REQUIRED")
