"""What the notifications routes take from the running service, as ``Annotated`` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from services.notifications.in_app.store import NotificationsStore
from services.notifications.preferences.store import PreferencesStore
from services.notifications.runtime import NotificationsRuntime
from services.notifications.settings import Settings
from services.notifications.webhooks.handlers import Webhooks


def _runtime(request: Request) -> NotificationsRuntime:
    runtime: NotificationsRuntime = request.app.state.runtime
    return runtime


def _store(request: Request) -> NotificationsStore:
    return _runtime(request).store


Store = Annotated[NotificationsStore, Depends(_store)]


def _preferences(request: Request) -> PreferencesStore:
    return _runtime(request).preferences


def _settings(request: Request) -> Settings:
    return _runtime(request).settings


PreferencesOf = Annotated[PreferencesStore, Depends(_preferences)]
ServiceSettings = Annotated[Settings, Depends(_settings)]


def _webhooks(request: Request) -> Webhooks:
    return _runtime(request).webhooks


WebhooksOf = Annotated[Webhooks, Depends(_webhooks)]
