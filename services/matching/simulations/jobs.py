"""The match simulation queue: jobs wait in MongoDB, each matching instance runs one at a time.

Any instance may take any queued job (scale matching out to run more at once). A running job's
worker beats every few seconds; a job whose worker went silent (its process was killed) is
queued again, and one that has killed its worker ``MAX_ATTEMPTS`` times fails with that reason
instead of taking the service down in a loop. The outcome and its completion event are one write.
Finished jobs are kept ``SIMULATION_RETENTION_DAYS`` (``SimulationRetention``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from matchsim.generator import scaled
from services.matching.simulations.run import (
    SimulationCrashed,
    SimulationOutput,
    SimulationSpec,
    simulate_in_child,
)
from services.matching.simulations.store import SimulationStore
from smartpick.events import MatchSimulationCompleted
from smartpick.mongo import Document
from smartpick.periodic import every

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3
HEARTBEAT_SECONDS = 5.0
SILENT_AFTER = timedelta(seconds=60)


class SimulationRunner:
    def __init__(self, store: SimulationStore, timeout_seconds: float,
                 poll_seconds: float = 5.0) -> None:
        self._store = store
        self._timeout = timeout_seconds
        self._poll = poll_seconds
        self._worker = f"matching-{uuid.uuid4().hex[:12]}"
        self._wake = asyncio.Event()

    def submitted(self) -> None:
        """A job was queued by this process: look now rather than at the next poll."""
        self._wake.set()

    async def run(self, stopping: asyncio.Event) -> None:
        while not stopping.is_set():
            try:
                await self._store.requeue_abandoned(SILENT_AFTER)
                job = await self._store.claim(self._worker)
                if job is not None:
                    await self._run_until_stopped(job, stopping)
                    continue
            except Exception:
                log.exception("the simulation queue failed; retrying")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_first(stopping, self._wake), self._poll)

    async def _run_until_stopped(self, job: Document, stopping: asyncio.Event) -> None:
        """Run ``job``; if the service stops meanwhile, kill the run and give the job back."""
        running = asyncio.create_task(self._execute(job))
        stop = asyncio.create_task(stopping.wait())
        await asyncio.wait({running, stop}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        if running.done():
            running.result()
            return
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
        await self._store.release(job)
        log.info("simulation %s given back to the queue: this instance is stopping", job["_id"])

    async def _execute(self, job: Document) -> None:
        if job["attempts"] > MAX_ATTEMPTS:
            await self._finish(job, None, f"the simulation stopped its worker {MAX_ATTEMPTS} "
                                          "times (out of memory?); it will not be retried")
            return
        output: SimulationOutput | None = None
        error_text: str | None = None
        beating = asyncio.create_task(self._beat(job["_id"]))
        try:
            output = await simulate_in_child(await self._spec(job), self._timeout)
        except SimulationCrashed as error:
            error_text = str(error)
        finally:
            beating.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beating
        await self._finish(job, output, error_text)

    async def _spec(self, job: Document) -> SimulationSpec:
        if job["source"] == "upload":
            return SimulationSpec(instance_gz=await self._store.instance(job),
                                  max_proposals=job.get("max_proposals"))
        generator = job["generator"]
        shape = scaled(generator["applicants"], generator["couples"], generator["supplemental"])
        return SimulationSpec(shape=shape, seed=generator["seed"],
                              max_proposals=job.get("max_proposals"))

    async def _beat(self, job_id: str) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            try:
                await self._store.heartbeat(job_id, self._worker)
            except Exception:
                log.warning("heartbeat of simulation %s failed", job_id, exc_info=True)

    async def _finish(self, job: Document, output: SimulationOutput | None,
                      error: str | None) -> None:
        stats: dict[str, Any] = output.stats if output else {}
        status = "failed" if output is None else (
            "succeeded" if stats["stable"] else "no_stable_matching")
        event = MatchSimulationCompleted(
            simulation_id=job["_id"], requested_by=job["requested_by"], name=job["name"],
            status=status, applicants=stats.get("applicants", 0),
            matched=stats.get("matched", 0), positions=stats.get("positions", 0),
            unfilled=stats.get("unfilled", 0), error=error)
        if await self._store.finish(job, self._worker, event, output.stats if output else None,
                                    output.result_gz if output else None, error):
            log.info("simulation %s %s", job["_id"], status)


class SimulationRetention:
    """Deletes finished simulations with their files ``keep_for`` after they finished, so
    uploads and results (up to tens of MB each) do not pile up. Every instance may run it:
    deleting a job twice is harmless."""

    def __init__(self, store: SimulationStore, keep_for: timedelta,
                 every_seconds: float = 600.0) -> None:
        self._store = store
        self._keep_for = keep_for
        self._every = every_seconds

    async def run_once(self) -> int:
        """Delete what has expired, a batch at a time; how many were deleted."""
        deleted = 0
        while expired := await self._store.finished_before(datetime.now(UTC) - self._keep_for):
            removed = [job for job in expired if await self._store.delete(job)]
            deleted += len(removed)
            if not removed:  # only jobs whose completion event is still unsent: next time
                break
        if deleted:
            log.info("deleted %d simulations finished over %s ago", deleted, self._keep_for)
        return deleted

    async def run(self, stopping: asyncio.Event) -> None:
        await every(self._every, stopping, self.run_once, "deleting expired simulations")


async def _first(*events: asyncio.Event) -> None:
    """Return as soon as any of ``events`` is set."""
    waiters = [asyncio.create_task(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
