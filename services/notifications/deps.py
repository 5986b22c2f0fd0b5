"""What the notifications routes take from the running service, as ``Annotated`` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from services.notifications.in_app.store import NotificationsStore
from services.notifications.runtime import NotificationsRuntime


def _runtime(request: Request) -> NotificationsRuntime:
    runtime: NotificationsRuntime = request.app.state.runtime
    return runtime


def _store(request: Request) -> NotificationsStore:
    return _runtime(request).store


Store = Annotated[NotificationsStore, Depends(_store)]
