"""HTTP routes of in-app notifications: a person's own notifications, newest first.

Someone else's notification answers 404 like an unknown one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel, Field

from services.notifications.deps import Store
from services.notifications.in_app.store import cursor_of
from smartpick.auth import CurrentPrincipal
from smartpick.events.models import ResourceId
from smartpick.http_errors import errors
from smartpick.paging import After, decode_cursor

router = APIRouter(tags=["notifications"], responses=errors(401))


class Notification(BaseModel):
    id: str
    cursor: str
    kind: str
    title: str
    body: str
    read: bool
    created_at: datetime
    subject_id: str | None = Field(
        default=None, description="what the notification is about (a simulation id), if anything")


class NotificationPage(BaseModel):
    items: list[Notification]
    total: int
    unread: int
    has_next: bool
    end_cursor: str | None


def _notification(document: dict[str, Any]) -> Notification:
    return Notification(id=document["_id"], cursor=cursor_of(document), **{
        k: document[k] for k in ("kind", "title", "body", "read", "created_at")},
        subject_id=document.get("subject_id"))


def _position(after: str | None) -> tuple[datetime, str] | None:
    position = decode_cursor(after)
    if position is None:
        return None
    at, _, last_id = position.partition("|")
    try:  # in UTC, as stored: an offset near year 1 or 9999 cannot be stored, it is no cursor
        moment = datetime.fromisoformat(at)
        return (moment.astimezone(UTC) if moment.tzinfo else moment), last_id
    except (ValueError, OverflowError) as error:
        raise HTTPException(400, "invalid cursor: pass the end_cursor of a page, unchanged") \
            from error


@router.get("/notifications", response_model=NotificationPage, responses=errors(400, 422))
async def list_notifications(
    principal: CurrentPrincipal, store: Store,
    first: Annotated[int, Query(ge=1, le=100)] = 20, after: After = None,
) -> NotificationPage:
    page = await store.page(principal.account_id, first, _position(after))
    items = [_notification(d) for d in page.items]
    end = items[-1].cursor if items else None
    return NotificationPage(items=items, total=page.total, unread=page.unread,
                            has_next=page.has_next, end_cursor=end)


class UnreadCount(BaseModel):
    unread: int = Field(ge=0)


class MarkedRead(BaseModel):
    marked: int = Field(ge=0, description="How many were unread.")


@router.get("/notifications/unread-count", response_model=UnreadCount)
async def unread_count(principal: CurrentPrincipal, store: Store) -> UnreadCount:
    return UnreadCount(unread=await store.unread(principal.account_id))


@router.post("/notifications/read-all", response_model=MarkedRead)
async def mark_all_read(principal: CurrentPrincipal, store: Store) -> MarkedRead:
    """Mark every unread notification of the caller read; how many were unread."""
    return MarkedRead(marked=await store.mark_all_read(principal.account_id))


@router.post("/notifications/{notification_id}/read", response_model=Notification,
             responses=errors(404, 422))
async def mark_read(notification_id: ResourceId, principal: CurrentPrincipal,
                    store: Store) -> Notification:
    found = await store.mark_read(principal.account_id, notification_id)
    if found is None:
        raise HTTPException(404, "no such notification")
    return _notification(found)
