"""What the matching routes take from the running service, as an ``Annotated`` alias."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from services.matching.runtime import MatchingRuntime


def _runtime(request: Request) -> MatchingRuntime:
    runtime: MatchingRuntime = request.app.state.runtime
    return runtime


Matching = Annotated[MatchingRuntime, Depends(_runtime)]
"""The service's store, catalog and model caches, simulation store and runner, settings."""
