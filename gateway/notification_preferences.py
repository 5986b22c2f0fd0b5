"""The signed-in account's notification preferences in GraphQL, kept by the notifications
service: per category and channel, the daily digest, quiet hours in their time zone.

Account notices are not a category anyone can set: they always arrive (docs/notifications.md).
"""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import Any

import strawberry

from gateway.accounts import Account
from gateway.clients import call
from gateway.common import GraphInfo
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url
from smartpick.events.notifications import NotificationCategory


@strawberry.type(description="My choice for one category; a null channel keeps the defaults "
                             "of its kinds.")
class CategoryChannels:
    category: NotificationCategory
    in_app: bool | None
    email: bool | None
    live: bool | None


@strawberry.type
class QuietHours:
    start: time
    end: time = strawberry.field(description="Across midnight when not after `start`.")


@strawberry.type
class NotificationPreferences:
    channels: list[CategoryChannels]
    email_digest: bool = strawberry.field(
        description="Low-priority emails wait for one daily digest.")
    digest_hour: int = strawberry.field(description="When the digest goes, in `timeZone`.")
    quiet_hours: QuietHours | None = strawberry.field(
        description="Email waits until they end (account notices do not).")
    time_zone: str = strawberry.field(description="An IANA name, e.g. America/Chicago.")


@strawberry.input
class CategoryChannelsInput:
    category: NotificationCategory
    in_app: bool | None = strawberry.UNSET
    email: bool | None = strawberry.UNSET
    live: bool | None = strawberry.UNSET


@strawberry.input
class QuietHoursInput:
    start: time
    end: time


@strawberry.input(description="Only the fields given change; null quietHours removes them.")
class NotificationPreferencesInput:
    channels: list[CategoryChannelsInput] | None = strawberry.UNSET
    email_digest: bool | None = strawberry.UNSET
    digest_hour: int | None = strawberry.UNSET
    quiet_hours: QuietHoursInput | None = strawberry.UNSET
    time_zone: str | None = strawberry.UNSET


def _json(value: Any) -> Any:
    """An input's value as the service takes it; of an input object, only the fields given."""
    if isinstance(value, NotificationCategory):
        return value.value
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, list):
        return [_json(item) for item in value]
    if dataclasses.is_dataclass(value):  # a strawberry input
        return {field.name: _json(getattr(value, field.name))
                for field in dataclasses.fields(value)
                if getattr(value, field.name) is not strawberry.UNSET}
    return value


def _url(info: GraphInfo) -> str:
    return service_url(info.context.settings.notifications_url, "notification-preferences")


@strawberry.field(metadata=cost(SERVICE))
async def my_notification_preferences(root: Account, info: GraphInfo) -> NotificationPreferences:
    context = info.context
    return from_json(NotificationPreferences,
                     await call(context.http, "GET", _url(info), context.token))


@strawberry.mutation(description="Change my notification preferences; the next notice follows "
                                 "them.", metadata=cost(SERVICE))
async def update_notification_preferences(
        info: GraphInfo, input: NotificationPreferencesInput) -> NotificationPreferences:
    context = info.context
    context.require_principal()
    changed = await call(context.http, "PATCH", _url(info), context.token, json=_json(input))
    return from_json(NotificationPreferences, changed)
