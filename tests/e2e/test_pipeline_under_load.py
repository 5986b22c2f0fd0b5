"""The event pipeline under a burst, with matching killed in the middle (issue 13).

2,000 profile updates of 200 applicants, the size issue 13 asks for, go through GraphQL as fast
as 32 clients can send them (each applicant's own updates in order); halfway through, matching
is killed with SIGKILL and started again. At the end every applicant's recommendations come from
their last profile and each has exactly one list notification. About a minute on a quiet
machine (52 s on 2026-11-30). The long version, with figures, is `benchmarks/pipeline.py`
(`make bench-pipeline`); every service's and server's faults, on servers of their own, are
tests/fault (`make soak` for their long version).
"""

from __future__ import annotations

import asyncio
import signal

import httpx
import pytest

from tests.e2e.conftest import Platform
from tests.profile_stream import applicants, send_updates, settle

pytestmark = pytest.mark.e2e
APPLICANTS, UPDATES = 200, 2000
SETTLE_SECONDS = 420


def _restart_matching(platform: Platform) -> None:
    platform.processes["matching"].send_signal(signal.SIGKILL)
    platform.processes["matching"].wait(timeout=30)
    platform.processes.pop("matching")
    platform.start("matching")


@pytest.mark.timeout(900)  # about a minute on a quiet machine; far more on a busy one
async def test_a_burst_of_updates_with_matching_killed_ends_right_for_everyone(
    platform: Platform,
) -> None:
    url = platform.graphql
    async with httpx.AsyncClient(timeout=60) as http:
        tokens = await applicants(http, url, APPLICANTS)
        stream = await send_updates(
            http, url, tokens, UPDATES,
            midway=lambda: asyncio.to_thread(_restart_matching, platform))
        outcome = await settle(http, url, tokens, stream, SETTLE_SECONDS)
    assert (outcome.lost, outcome.duplicated_notices) == (0, 0), (
        f"{UPDATES} updates sent in {stream.seconds:.0f} s; after {outcome.settle_seconds:.0f} s "
        f"not reflected {outcome.not_reflected[:5]}, without a list notice "
        f"{outcome.without_notice[:5]}, notices beyond one {outcome.duplicated_notices}")
