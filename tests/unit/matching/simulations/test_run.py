"""The child process that runs a simulation: same result as in process, killed when it overruns,
its failures reported as SimulationCrashed rather than a half result."""

from __future__ import annotations

import time

import pytest

from matchsim import solve_document
from matchsim.generator import NATIONAL, generate, scaled
from services.matching.simulations.run import (
    SimulationCrashed,
    SimulationSpec,
    compress,
    decompress,
    simulate_in_child,
)


async def test_a_child_returns_the_library_result() -> None:
    shape = scaled(400, couples=8, supplemental=True)
    output = await simulate_in_child(SimulationSpec(shape=shape, seed=3), timeout_seconds=120)
    expected = solve_document(generate(shape, 3))
    result = decompress(output.result_gz)
    assert result["matches"] == expected["matches"]
    assert result["supplemental_matches"] == expected["supplemental_matches"]
    assert output.stats["matched"] == expected["stats"]["matched"]


async def test_an_uploaded_instance_runs_with_its_proposal_bound() -> None:
    instance = {"programs": [{"id": "p", "positions": 1, "ranks": ["a"]}],
                "applicants": [{"id": "a", "ranks": ["p"]}]}
    output = await simulate_in_child(SimulationSpec(instance_gz=compress(instance),
                                                    max_proposals=10), timeout_seconds=120)
    assert decompress(output.result_gz)["matches"] == {"a": "p"}


async def test_a_run_over_its_time_is_killed() -> None:
    started = time.monotonic()
    with pytest.raises(SimulationCrashed, match="ran longer than 1 s"):
        await simulate_in_child(SimulationSpec(shape=NATIONAL), timeout_seconds=1)
    assert time.monotonic() - started < 10  # killed, not waited for


async def test_a_failure_in_the_child_is_reported_with_its_reason() -> None:
    with pytest.raises(SimulationCrashed, match="BadGzipFile"):
        await simulate_in_child(SimulationSpec(instance_gz=b"not gzip"), timeout_seconds=120)
