"""The signed-in account's notifications in GraphQL, kept by the notifications service, with
their inbox states: seen, archived, snoozed (docs/inbox.md).

The same notices arrive live through subscription ``notificationAdded``
(gateway/live_notifications.py, docs/live-notifications.md), with the same cursors."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from gateway.accounts import Account
from gateway.clients import call
from gateway.common import GraphInfo, PageInfo, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url
from services.notifications.in_app.inbox import NotificationState
from smartpick.events.notifications import NotificationCategory

strawberry.enum(NotificationState, description=(
    "INBOX: neither archived nor snoozed (the default); UNREAD: unread ones of the inbox; "
    "ARCHIVED; SNOOZED: hidden until their snoozedUntil."))


@strawberry.type
class Notification:
    id: strawberry.ID
    kind: str
    category: NotificationCategory
    title: str
    body: str
    read: bool
    seen: bool = strawberry.field(description="Shown to me in a list; reading implies it.")
    archived: bool
    snoozed_until: datetime | None = strawberry.field(description=(
        "Hidden until then, null unless snoozed now. It then comes back unread and unseen, at "
        "its place by createdAt: it does not jump to the top."))
    created_at: datetime
    subject_id: strawberry.ID | None = strawberry.field(
        default=None, description="What it is about, e.g. the id of a match simulation.")


@strawberry.type
class NotificationEdge:
    cursor: str
    node: Notification


@strawberry.type
class NotificationConnection:
    total_count: int = strawberry.field(description="Notices of this filtered list.")
    unread_count: int = strawberry.field(
        description="Unread in my inbox (not archived, not snoozed), whatever the filter.")
    unseen_count: int = strawberry.field(
        description="Unseen in my inbox (the badge), whatever the filter.")
    page_info: PageInfo
    edges: list[NotificationEdge]


@strawberry.field(metadata=cost(SERVICE))
async def my_notifications(root: Account, info: GraphInfo, first: int = 20,
                           after: str | None = None, category: NotificationCategory | None = None,
                           state: NotificationState = NotificationState.INBOX
                           ) -> NotificationConnection:
    context = info.context
    url = service_url(context.settings.notifications_url, "notifications")
    params = page_params(first, after, state=state.value,
                         category=None if category is None else category.value)
    page = await call(context.http, "GET", url, context.token, params=params)
    edges = [NotificationEdge(cursor=item["cursor"], node=from_json(Notification, item))
             for item in page["items"]]
    return NotificationConnection(total_count=page["total"], unread_count=page["unread"],
                                  unseen_count=page["unseen"], edges=edges,
                                  page_info=page_info(page))


@strawberry.mutation(metadata=cost(SERVICE))
async def mark_notification_read(info: GraphInfo, id: strawberry.ID) -> Notification:
    return from_json(Notification, await _post(info, id, "read"))


@strawberry.mutation(description="Mark all my notifications read but snoozed ones; how many "
                                 "were unread.", metadata=cost(SERVICE))
async def mark_all_notifications_read(info: GraphInfo) -> int:
    return int((await _post(info, "read-all"))["marked"])


@strawberry.mutation(description="Mark my notifications with these ids seen (all without ids), "
                                 "but snoozed ones; ids not mine are skipped. How many were "
                                 "unseen.", metadata=cost(SERVICE))
async def mark_notifications_seen(info: GraphInfo,
                                  ids: list[strawberry.ID] | None = None) -> int:
    return int((await _post(info, "seen", json={"ids": ids}))["marked"])


@strawberry.mutation(description="Archive a notification (archived: false brings it back); "
                                 "archiving ends a snooze.", metadata=cost(SERVICE))
async def archive_notification(info: GraphInfo, id: strawberry.ID,
                               archived: bool = True) -> Notification:
    found = await _post(info, id, "archive", json={"archived": archived})
    return from_json(Notification, found)


@strawberry.mutation(description="Hide a notification until `until` (ahead, within 90 days); it "
                                 "then comes back unread and unseen, at its place by createdAt.",
                     metadata=cost(SERVICE))
async def snooze_notification(info: GraphInfo, id: strawberry.ID,
                              until: datetime) -> Notification:
    found = await _post(info, id, "snooze", json={"until": until.isoformat()})
    return from_json(Notification, found)


async def _post(info: GraphInfo, *path: str, **kwargs: Any) -> Any:
    """POST to the notifications route at ``path`` as the signed-in caller."""
    context = info.context
    context.require_principal()
    return await call(context.http, "POST",
                      service_url(context.settings.notifications_url, "notifications", *path),
                      context.token, **kwargs)
