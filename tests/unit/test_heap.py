"""Every app, once started, freezes what start-up built and scans young objects less often
(smartpick/heap.py): the gateway spent 11 % of its CPU in the cycle collector without it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI

from gateway.main import create_app as gateway_app
from gateway.settings import Settings as GatewaySettings
from smartpick import heap
from smartpick.service import service_app
from smartpick.settings import ServiceSettings

SECRET = "unit-test-secret-of-at-least-32-characters"


@pytest.fixture(autouse=True)
def collector_as_before() -> Iterator[None]:
    """Each test starts at Python's defaults and leaves the collector as it found it."""
    threshold = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(700, *threshold[1:])
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_settle_freezes_what_exists_and_raises_the_young_threshold() -> None:
    made_at_start = [[n] for n in range(100)]  # containers the collector tracks
    middle, old = gc.get_threshold()[1:]
    heap.settle()
    assert gc.get_freeze_count() >= len(made_at_start)
    assert gc.get_threshold() == (heap.YOUNG_THRESHOLD, middle, old)


def test_a_frozen_object_is_still_freed_by_reference_counting() -> None:
    class Kept:
        freed = False

        def __del__(self) -> None:
            Kept.freed = True

    kept: Any = Kept()
    heap.settle()
    del kept
    assert Kept.freed


async def started(app: FastAPI) -> None:
    async with app.router.lifespan_context(app):
        assert gc.get_threshold()[0] == heap.YOUNG_THRESHOLD
        assert gc.get_freeze_count() > 0


async def test_the_gateway_settles_its_heap_once_started() -> None:
    await started(gateway_app(GatewaySettings(jwt_secret=SECRET, environment="test")))


class StartedRuntime:
    """A service's runtime that starts and stops at once: the lifespan around it is the test."""

    def __init__(self, _: ServiceSettings) -> None:
        self.running = False

    async def start(self) -> None:
        self.running = True

    async def stop(self) -> None:
        self.running = False


async def test_every_service_settles_its_heap_once_its_runtime_started() -> None:
    settings = ServiceSettings(jwt_secret=SECRET, service_name="unit",
                               mongodb_database="unit")
    await started(service_app(settings, [], StartedRuntime))  # type: ignore[arg-type]
