"""The signed-in account's notifications in GraphQL, kept by the notifications service.

The same notices arrive live through subscription ``notificationAdded``
(gateway/live_notifications.py, docs/live-notifications.md), with the same cursors."""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.accounts import Account
from gateway.clients import call
from gateway.common import GraphInfo, PageInfo, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url


@strawberry.type
class Notification:
    id: strawberry.ID
    kind: str
    title: str
    body: str
    read: bool
    created_at: datetime
    subject_id: strawberry.ID | None = strawberry.field(
        default=None, description="What it is about, e.g. the id of a match simulation.")


@strawberry.type
class NotificationEdge:
    cursor: str
    node: Notification


@strawberry.type
class NotificationConnection:
    total_count: int
    unread_count: int
    page_info: PageInfo
    edges: list[NotificationEdge]


@strawberry.field(metadata=cost(SERVICE))
async def my_notifications(root: Account, info: GraphInfo, first: int = 20,
                           after: str | None = None) -> NotificationConnection:
    context = info.context
    url = service_url(context.settings.notifications_url, "notifications")
    page = await call(context.http, "GET", url, context.token, params=page_params(first, after))
    edges = [NotificationEdge(cursor=item["cursor"], node=from_json(Notification, item))
             for item in page["items"]]
    return NotificationConnection(total_count=page["total"], unread_count=page["unread"],
                                  edges=edges, page_info=page_info(page))


@strawberry.mutation(metadata=cost(SERVICE))
async def mark_notification_read(info: GraphInfo, id: strawberry.ID) -> Notification:
    context = info.context
    context.require_principal()
    found = await call(context.http, "POST",
                       service_url(context.settings.notifications_url, "notifications", id,
                                   "read"), context.token)
    return from_json(Notification, found)


@strawberry.mutation(description="Mark all my notifications read; how many were unread.",
                     metadata=cost(SERVICE))
async def mark_all_notifications_read(info: GraphInfo) -> int:
    context = info.context
    context.require_principal()
    marked = await call(context.http, "POST",
                        service_url(context.settings.notifications_url, "notifications",
                                    "read-all"), context.token)
    return int(marked["marked"])
