"""HTTP routes of in-app notifications: a person's own notifications, newest first, with their
inbox states (docs/inbox.md).

Someone else's notification answers 404 like an unknown one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from services.notifications.deps import Store
from services.notifications.in_app.contract import (
    ArchiveRequest,
    Badges,
    Marked,
    Notification,
    NotificationPage,
    SeenRequest,
    SnoozeRequest,
)
from services.notifications.in_app.inbox import NotificationState, Position
from smartpick.auth import CurrentPrincipal
from smartpick.events.models import ResourceId
from smartpick.events.notifications import NotificationCategory
from smartpick.http_errors import errors
from smartpick.mongo import Document
from smartpick.paging import After, decode_cursor

router = APIRouter(tags=["notifications"], responses=errors(401))


def _position(after: str | None) -> Position | None:
    position = decode_cursor(after)
    if position is None:
        return None
    at, _, last_id = position.partition("|")
    try:  # in UTC, as stored: an offset near year 1 or 9999 cannot be stored, it is no cursor
        moment = datetime.fromisoformat(at)
        return (moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)), last_id
    except (ValueError, OverflowError) as error:
        raise HTTPException(400, "invalid cursor: pass the end_cursor of a page, unchanged") \
            from error


@router.get("/notifications", response_model=NotificationPage, responses=errors(400, 422))
async def list_notifications(
    principal: CurrentPrincipal, store: Store,
    first: Annotated[int, Query(ge=1, le=100)] = 20, after: After = None,
    state: NotificationState = NotificationState.INBOX,
    category: NotificationCategory | None = None,
) -> NotificationPage:
    """``state`` inbox (the default: neither archived nor snoozed), unread (of the inbox),
    archived or snoozed; ``category`` narrows any of them."""
    page = await store.page(principal.account_id, first, _position(after), state, category)
    items = [Notification.of(d) for d in page.items]
    end = items[-1].cursor if items else None
    return NotificationPage(items=items, total=page.total, unread=page.unread,
                            unseen=page.unseen, has_next=page.has_next, end_cursor=end)


@router.get("/notifications/unread-count", response_model=Badges)
async def unread_count(principal: CurrentPrincipal, store: Store) -> Badges:
    unread, unseen = await store.badges(principal.account_id)
    return Badges(unread=unread, unseen=unseen)


@router.post("/notifications/read-all", response_model=Marked)
async def mark_all_read(principal: CurrentPrincipal, store: Store) -> Marked:
    """Mark every notification of the caller read, but snoozed ones; how many were unread."""
    return Marked(marked=await store.mark_all_read(principal.account_id))


@router.post("/notifications/seen", response_model=Marked, responses=errors(400, 413, 422))
async def mark_seen(principal: CurrentPrincipal, store: Store,
                    seen: SeenRequest | None = None) -> Marked:
    """Mark the caller's notices seen (those of ``ids``, or all), but snoozed ones; how many
    were unseen."""
    ids = seen.ids if seen is not None else None
    return Marked(marked=await store.mark_seen(principal.account_id, ids))


@router.post("/notifications/{notification_id}/read", response_model=Notification,
             responses=errors(404, 422))
async def mark_read(notification_id: ResourceId, principal: CurrentPrincipal,
                    store: Store) -> Notification:
    return _found(await store.mark_read(principal.account_id, notification_id))


@router.post("/notifications/{notification_id}/archive", response_model=Notification,
             responses=errors(400, 404, 413, 422))
async def archive(notification_id: ResourceId, change: ArchiveRequest,
                  principal: CurrentPrincipal, store: Store) -> Notification:
    return _found(await store.archive(principal.account_id, notification_id, change.archived))


@router.post("/notifications/{notification_id}/snooze", response_model=Notification,
             responses=errors(400, 404, 413, 422))
async def snooze(notification_id: ResourceId, change: SnoozeRequest,
                 principal: CurrentPrincipal, store: Store) -> Notification:
    return _found(await store.snooze(principal.account_id, notification_id, change.until))


def _found(document: Document | None) -> Notification:
    if document is None:
        raise HTTPException(404, "no such notification")
    return Notification.of(document)
