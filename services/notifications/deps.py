"""What the notifications routes take from the running service, as ``Annotated`` aliases.

Each getter is ``async def``: FastAPI runs a plain ``def`` dependency in its thread pool, a
thread hop for every dependency of every request (tests/unit/test_deps.py).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from services.notifications.in_app.store import NotificationsStore
from services.notifications.ledger.outcomes import Outcomes as LedgerOutcomes
from services.notifications.ledger.store import LedgerStore
from services.notifications.preferences.store import PreferencesStore
from services.notifications.runtime import NotificationsRuntime
from services.notifications.settings import Settings
from services.notifications.webhooks.handlers import Webhooks


def _runtime(request: Request) -> NotificationsRuntime:
    runtime: NotificationsRuntime = request.app.state.runtime
    return runtime


async def _store(request: Request) -> NotificationsStore:
    return _runtime(request).store


Store = Annotated[NotificationsStore, Depends(_store)]


async def _preferences(request: Request) -> PreferencesStore:
    return _runtime(request).preferences


async def _settings(request: Request) -> Settings:
    return _runtime(request).settings


PreferencesOf = Annotated[PreferencesStore, Depends(_preferences)]
ServiceSettings = Annotated[Settings, Depends(_settings)]


async def _ledger(request: Request) -> LedgerStore:
    return _runtime(request).dispatcher.ledger


async def _outcomes(request: Request) -> LedgerOutcomes:
    runtime = _runtime(request)
    return LedgerOutcomes(runtime.deliveries, runtime.webhooks.messages)


Ledger = Annotated[LedgerStore, Depends(_ledger)]
Outcomes = Annotated[LedgerOutcomes, Depends(_outcomes)]

async def _webhooks(request: Request) -> Webhooks:
    return _runtime(request).webhooks


WebhooksOf = Annotated[Webhooks, Depends(_webhooks)]
