"""Background jobs that run now and then at a fixed interval until their service stops."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def every(seconds: float, stopping: asyncio.Event, job: Callable[[], Awaitable[object]],
                what: str) -> None:
    """Run ``job`` at once, then every ``seconds`` until ``stopping`` is set.

    A failing run is logged and the next one tries again, so a database that is briefly away
    does not end the job.
    """
    while not stopping.is_set():
        try:
            await job()
        except Exception:
            log.exception("%s failed; trying again in %.0f s", what, seconds)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stopping.wait(), seconds)
