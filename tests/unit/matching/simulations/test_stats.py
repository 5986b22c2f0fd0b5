"""A simulation job's stats as the routes answer them: every figure the simulator produces, and
0 for a figure a run stored before it existed lacks."""

from __future__ import annotations

from datetime import UTC, datetime

from matchsim.generator import scaled
from services.matching.simulations.contract import SimulationJob, SimulationStats
from services.matching.simulations.run import SimulationSpec, simulate


def test_the_stats_model_has_every_figure_the_simulator_produces() -> None:
    output = simulate(SimulationSpec(shape=scaled(100, couples=4, supplemental=True), seed=3))
    assert set(output.stats) == set(SimulationStats.model_fields)
    assert SimulationStats.model_validate(output.stats).model_dump() == output.stats


def test_a_run_stored_before_a_figure_existed_reads_it_as_zero() -> None:
    stored = {"_id": "sim-1", "requested_by": "org-1", "name": "old", "status": "succeeded",
              "source": "generated", "attempts": 1, "created_at": datetime.now(UTC),
              "stats": {"applicants": 100, "matched": 90, "stable": True}}
    job = SimulationJob.of(stored, keep_for=None)
    assert job.stats is not None
    assert (job.stats.matched, job.stats.attempts, job.stats.total_seconds) == (90, 0, 0.0)
    assert SimulationJob.of({**stored, "stats": None}, keep_for=None).stats is None
