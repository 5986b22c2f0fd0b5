"""Fault tests under load (issue 18): each kills, restarts or pauses one part of the platform
while profile updates stream through the gateway, then counts what was lost or done twice.

After each: every applicant's stored profile is their last update and their recommendations
were computed from it, each has one list notice, no dead-letter topic gained a record, and no
app ended by itself. The short version runs in `make test`; `make soak` sends 10,000 updates per
scenario (tests/fault/scenario.py).
"""

from __future__ import annotations

import pytest

from deploy.local import infra
from tests.fault.scenario import (
    SIZE,
    Rig,
    assert_nothing_lost_or_repeated,
    kill_and_restart,
    pause_second_matching,
    restart_server,
    run_scenario,
    with_second_matching,
)

pytestmark = [pytest.mark.fault, pytest.mark.timeout(SIZE.timeout)]


@pytest.mark.parametrize("app", ["profiles", "matching", "notifications", "gateway"])
async def test_kill_9_of_a_service_midstream_loses_and_repeats_nothing(rig: Rig,
                                                                       app: str) -> None:
    counts = await run_scenario(rig, f"kill -9 {app}", kill_and_restart(rig.platform, app),
                                seed=len(app))
    assert_nothing_lost_or_repeated(counts, rig)


async def test_a_kafka_broker_restart_midstream_loses_and_repeats_nothing(rig: Rig) -> None:
    counts = await run_scenario(rig, "Kafka broker restart",
                                restart_server(rig.servers, "kafka", infra.start_kafka), seed=21)
    assert_nothing_lost_or_repeated(counts, rig)


async def test_a_ferretdb_restart_midstream_loses_and_repeats_nothing(rig: Rig) -> None:
    counts = await run_scenario(rig, "FerretDB restart",
                                restart_server(rig.servers, "ferretdb", infra.start_ferretdb),
                                seed=22)
    assert_nothing_lost_or_repeated(counts, rig)


async def test_a_matching_instance_paused_past_its_session_loses_and_repeats_nothing(
    rig: Rig,
) -> None:
    counts = await with_second_matching(rig, lambda: run_scenario(
        rig, "matching instance SIGSTOPped 25 s", pause_second_matching(rig.platform), seed=23))
    assert_nothing_lost_or_repeated(counts, rig)
