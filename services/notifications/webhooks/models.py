"""The webhook routes' answers: endpoints (their secret only when just made), messages,
attempts, pages of them, and the event types offered with their payload schemas."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from smartpick.mongo import Document


class EndpointInput(BaseModel):
    url: str = Field(min_length=1, max_length=2000)
    event_types: list[str] = Field(min_length=1, max_length=50)
    description: str = Field(default="", max_length=500)


class EndpointChanges(BaseModel):
    url: str | None = Field(default=None, min_length=1, max_length=2000)
    event_types: list[str] | None = Field(default=None, min_length=1, max_length=50)
    description: str | None = Field(default=None, max_length=500)


class Endpoint(BaseModel):
    id: str
    url: str
    event_types: list[str]
    description: str
    enabled: bool
    disabled_reason: str | None = Field(
        default=None, description="why delivery switched it off (410 Gone, failing for days)")
    created_at: datetime
    updated_at: datetime


class EndpointWithSecret(Endpoint):
    secret: str = Field(description="the whsec_ signing secret: shown now, never again")


class Message(BaseModel):
    id: str = Field(description="its webhook-id header")
    cursor: str = Field(description="where a page starting after it begins")
    event_type: str
    event_id: str
    status: str = Field(description="pending, delivered or failed")
    attempt_count: int = Field(description="attempts made so far")
    payload: str = Field(description="the JSON body sent, exactly")
    created_at: datetime
    delivered_at: datetime | None = None
    last_error: str | None = None


class MessagePage(BaseModel):
    items: list[Message]
    total: int
    has_next: bool
    end_cursor: str | None


class Attempt(BaseModel):
    attempt: int
    at: datetime
    finished_at: datetime | None = Field(default=None, description="null while in flight")
    ok: bool | None = None
    status: int | None = Field(default=None, description="the HTTP status answered, if any")
    excerpt: str = ""
    duration_seconds: float | None = None
    error: str | None = None


class Requeued(BaseModel):
    message_ids: list[str]


class EventType(BaseModel):
    type: str
    json_schema: dict[str, Any] = Field(description="JSON Schema of the message's data")


def endpoint_of(document: Document, disabled_reason: str | None) -> Endpoint:
    return Endpoint(id=document["_id"], enabled=document["enabled"] and disabled_reason is None,
                    disabled_reason=disabled_reason, **{k: document[k] for k in (
                        "url", "event_types", "description", "created_at", "updated_at")})


def message_of(document: Document, cursor: str) -> Message:
    return Message(id=document["_id"], cursor=cursor, payload=document["body"],
                   attempt_count=document["attempts"], **{
                       k: document.get(k) for k in ("event_type", "event_id", "status",
                                                    "created_at", "delivered_at", "last_error")})


def attempt_of(document: Document) -> Attempt:
    return Attempt(**{k: document[k] for k in Attempt.model_fields if k in document})
