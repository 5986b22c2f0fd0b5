"""Each service's dependency aliases hand routes the objects of that service's own runtime.

The runtimes are built for real (clients connect only when started), so a renamed attribute or
an alias bound to the wrong object fails here rather than in the first request of a deployment.

Every dependency is ``async def``: FastAPI runs a plain ``def`` dependency in its thread pool, a
hop to a worker thread and back for each dependency of each request; off it, the matching
service's direct call under wrk went from 400 to 572 a second (benchmarks/RESULTS.md). The getters
only read the running service's state, so they never need a thread.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from types import ModuleType, SimpleNamespace
from typing import Annotated, Any, get_args, get_origin

import pytest
from fastapi.params import Depends

from services.matching import deps as matching_deps
from services.matching.runtime import MatchingRuntime
from services.matching.settings import Settings as MatchingSettings
from services.notifications import deps as notifications_deps
from services.notifications.runtime import NotificationsRuntime
from services.notifications.settings import Settings as NotificationsSettings
from services.profiles import deps as profiles_deps
from services.profiles.runtime import ProfilesRuntime
from services.profiles.settings import Settings as ProfilesSettings
from smartpick import auth
from smartpick.service import ServiceRuntime

SECRET = "unit-test-secret-of-at-least-32-characters"


async def resolved(alias: Any, runtime: ServiceRuntime[Any]) -> Any:
    """What FastAPI passes a route for ``alias`` in a request to an app running ``runtime``."""
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(
        runtime=runtime, settings=runtime.settings)))
    return await get_args(alias)[1].dependency(request)


@pytest.fixture
async def closing() -> AsyncIterator[list[ServiceRuntime[Any]]]:
    built: list[ServiceRuntime[Any]] = []
    yield built
    for runtime in built:
        await runtime.mongo.close()


async def test_profiles_aliases_are_the_runtime_s_stores_view_and_limiter(
    closing: list[ServiceRuntime[Any]],
) -> None:
    runtime = ProfilesRuntime(ProfilesSettings(jwt_secret=SECRET))
    closing.append(runtime)
    assert await resolved(profiles_deps.Accounts, runtime) is runtime.accounts
    assert await resolved(profiles_deps.Attempts, runtime) is runtime.attempts
    assert await resolved(profiles_deps.Applicants, runtime) is runtime.applicants
    assert await resolved(profiles_deps.Programs, runtime) is runtime.programs
    assert await resolved(profiles_deps.Catalog, runtime) is runtime.catalog
    assert await resolved(profiles_deps.ProfilesSettings, runtime) is runtime.settings


async def test_profiles_stores_stage_through_the_outbox_that_wakes_its_relay(
    closing: list[ServiceRuntime[Any]],
) -> None:
    runtime = ProfilesRuntime(ProfilesSettings(jwt_secret=SECRET))
    closing.append(runtime)
    assert runtime.applicants._outbox is runtime.outbox
    assert runtime.programs._outbox is runtime.outbox
    assert runtime.outbox._relay is runtime.relay


async def test_notifications_alias_is_the_store_its_handlers_write_to(
    closing: list[ServiceRuntime[Any]],
) -> None:
    runtime = NotificationsRuntime(NotificationsSettings(jwt_secret=SECRET))
    closing.append(runtime)
    assert await resolved(notifications_deps.Store, runtime) is runtime.store
    assert runtime.handlers is not None and runtime.handlers


async def test_matching_aliases_are_the_runtime_s_stores_caches_and_runner(
    closing: list[ServiceRuntime[Any]],
) -> None:
    runtime = MatchingRuntime(MatchingSettings(jwt_secret=SECRET))
    closing.append(runtime)
    assert await resolved(matching_deps.Store, runtime) is runtime.store
    assert await resolved(matching_deps.Catalog, runtime) is runtime.catalog
    assert await resolved(matching_deps.Models, runtime) is runtime.models
    assert await resolved(matching_deps.Simulations, runtime) is runtime.simulations
    assert await resolved(matching_deps.Runner, runtime) is runtime.runner
    assert await resolved(matching_deps.MatchingSettings, runtime) is runtime.settings
    assert runtime.store._outbox is runtime.outbox and runtime.simulations._outbox is runtime.outbox


@pytest.mark.parametrize("module", [profiles_deps, matching_deps, notifications_deps, auth],
                         ids=lambda m: m.__name__)
def test_every_dependency_runs_on_the_event_loop(module: ModuleType) -> None:
    found = {name: marker.dependency for name, value in vars(module).items()
             if get_origin(value) is Annotated
             for marker in get_args(value)[1:] if isinstance(marker, Depends)}
    assert found
    assert [name for name, call in found.items() if not inspect.iscoroutinefunction(call)] == []
