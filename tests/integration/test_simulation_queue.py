"""The match simulation queue on the real MongoDB-protocol server: one claimer per job, jobs of
silent workers come back, an outcome is recorded once, files round-trip."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import pytest
from pymongo import AsyncMongoClient

from services.matching.simulations.jobs import SimulationRetention
from services.matching.simulations.run import compress, decompress
from services.matching.simulations.store import SimulationStore
from smartpick.events import MatchSimulationCompleted
from smartpick.outbox import FIELD, MARKERS, Outbox

pytestmark = pytest.mark.integration
Status = Literal["succeeded", "no_stable_matching", "failed"]


def completed(job: dict[str, Any], status: Status = "succeeded") -> MatchSimulationCompleted:
    return MatchSimulationCompleted(simulation_id=job["_id"], requested_by=job["requested_by"],
                                    name=job["name"], status=status, applicants=2, matched=1,
                                    positions=1, unfilled=0)


async def test_each_job_goes_to_one_worker_and_comes_back_when_its_worker_goes_silent(
    mongo: AsyncMongoClient[dict[str, object]], unique: str,
) -> None:
    store = SimulationStore(mongo[f"queue_{unique}"], Outbox("/matching", relay=None))
    await store.ensure_indexes()
    first = await store.create("org-1", "first", {"max_proposals": None}, compress({"a": 1}))
    await store.create("org-1", "second", {}, None)

    claims = await asyncio.gather(*(store.claim(f"worker-{n}") for n in range(4)))
    taken = [claim for claim in claims if claim is not None]
    assert sorted(claim["name"] for claim in taken) == ["first", "second"]  # no job twice
    assert {claim["worker"] for claim in taken} <= {f"worker-{n}" for n in range(4)}
    assert await store.claim("worker-late") is None

    assert await store.requeue_abandoned(timedelta(hours=1)) == 0  # their workers still beat
    assert await store.requeue_abandoned(timedelta(seconds=-1)) == 2  # silent: queued again
    again = await store.claim("worker-new")
    assert again is not None and again["name"] == "first" and again["attempts"] == 2
    assert decompress(await store.instance(again)) == {"a": 1}

    # the silent worker was alive after all: whoever finishes first records the outcome, once
    late = next(claim for claim in taken if claim["name"] == "first")
    assert await store.finish(late, late["worker"], completed(late), {"matched": 1},
                              compress({"matches": {"a": "p"}}), None)
    assert not await store.finish(again, "worker-new", completed(again), {}, b"twice", None)
    stored: dict[str, Any] | None = await mongo[f"queue_{unique}"].simulations.find_one(
        {"_id": first["_id"]})
    assert stored is not None and stored["status"] == "succeeded"
    assert [entry["topic"] for entry in stored[FIELD]] == ["matching.simulations"]
    assert await store.result(stored) == {"matches": {"a": "p"}}
    files = await mongo[f"queue_{unique}"]["simulation_files.files"].count_documents({})
    assert files == 2  # the instance and the one recorded result, not the second one


async def test_a_stopping_worker_gives_its_job_back_without_spending_an_attempt(
    mongo: AsyncMongoClient[dict[str, object]], unique: str,
) -> None:
    store = SimulationStore(mongo[f"queue_{unique}"], Outbox("/matching", relay=None))
    await store.create("org-1", "job", {}, None)
    claimed = await store.claim("worker-1")
    assert claimed is not None and claimed["attempts"] == 1
    await store.release(claimed)
    again = await store.claim("worker-2")
    assert again is not None and again["attempts"] == 1
    mine, total = await store.jobs_of("org-1", 0, 10)
    assert total == 1 and mine[0]["status"] == "running" and FIELD not in mine[0]


async def test_a_finished_job_is_deleted_with_its_files_once_its_event_is_out(
    mongo: AsyncMongoClient[dict[str, object]], unique: str,
) -> None:
    db = mongo[f"queue_{unique}"]
    store = SimulationStore(db, Outbox("/matching", relay=None))
    await store.create("org-1", "job", {}, compress({"programs": []}))
    job = await store.claim("worker-1")
    assert job is not None
    assert await store.finish(job, "worker-1", completed(job), {}, compress({"matches": {}}), None)
    stored = await store.job(job["_id"])
    assert stored is not None
    staged: dict[str, Any] | None = await db.simulations.find_one({"_id": job["_id"]})
    assert staged is not None

    assert not await store.delete(stored)  # the completion event has not gone out yet
    await db[MARKERS].insert_one({"_id": staged[FIELD][0]["envelope"]["id"]})  # the relay sent it
    assert await store.delete(stored)
    assert await store.job(job["_id"]) is None
    assert await db["simulation_files.files"].count_documents({}) == 0
    assert await db["simulation_files.chunks"].count_documents({}) == 0


async def test_an_outcome_whose_finisher_died_midway_is_recorded_by_the_next_run(
    mongo: AsyncMongoClient[dict[str, object]], unique: str,
) -> None:
    db = mongo[f"queue_{unique}"]
    store = SimulationStore(db, Outbox("/matching", relay=None))
    await store.create("org-1", "job", {}, None)
    job = await store.claim("worker-1")
    assert job is not None
    # worker-1 inserted its "#done" marker and died before recording the outcome
    await db.simulation_claims.insert_one({"_id": f"{job['_id']}#done", "worker": "worker-1"})
    assert await store.requeue_abandoned(timedelta(seconds=-1)) == 1
    again = await store.claim("worker-2")
    assert again is not None
    assert await store.finish(again, "worker-2", completed(again), {"matched": 1},
                              compress({"matches": {}}), None)
    stored = await store.job(job["_id"])
    assert stored is not None and stored["status"] == "succeeded"


async def test_retention_deletes_old_finished_runs_with_their_files_and_nothing_else(
    mongo: AsyncMongoClient[dict[str, object]], unique: str,
) -> None:
    db = mongo[f"queue_{unique}"]
    store = SimulationStore(db, Outbox("/matching", relay=None))
    jobs = {}
    for name in ("old", "old, event unsent", "recent", "running", "queued"):
        await store.create("org-1", name, {}, compress({"programs": []}))
    for _ in range(4):
        job = await store.claim("worker-1")
        assert job is not None
        jobs[job["name"]] = job
    for name in ("old", "old, event unsent", "recent"):
        job = jobs[name]
        assert await store.finish(job, "worker-1", completed(job), {}, compress({}), None)
        staged: dict[str, Any] | None = await db.simulations.find_one({"_id": job["_id"]})
        assert staged is not None
        if name == "recent":  # the relay sent the completion event
            await db[MARKERS].insert_one({"_id": staged[FIELD][0]["envelope"]["id"]})
        if name.startswith("old"):
            finished_at = datetime.now(UTC) - timedelta(days=31)
            await db.simulations.update_one({"_id": job["_id"]},
                                            {"$set": {"finished_at": finished_at}})
        if name == "old":  # its event went out 31 days ago; the marker is pruned since
            entry = staged[FIELD][0]
            entry["envelope"]["time"] = finished_at.isoformat()
            await db.simulations.update_one({"_id": job["_id"]}, {"$set": {FIELD: [entry]}})

    retention = SimulationRetention(store, timedelta(days=30))
    assert await retention.run_once() == 1
    left, _ = await store.jobs_of("org-1", 0, 10)
    assert sorted(job["name"] for job in left) == [
        "old, event unsent", "queued", "recent", "running"]
    files = await db["simulation_files.files"].find({}, {"filename": 1}).to_list()
    assert not any(str(f["filename"]).startswith(jobs["old"]["_id"]) for f in files)
    assert len(files) == 4 + 2  # the other four uploads, and two results
    assert await retention.run_once() == 0  # the unsent one waits for its event

    # an organization deleting the same run a moment earlier is no error
    recent = await store.job(jobs["recent"]["_id"])
    assert recent is not None
    assert await store.delete(recent) and await store.delete(recent)
