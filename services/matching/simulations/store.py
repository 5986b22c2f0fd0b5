"""MongoDB access for match simulation jobs: the job documents and their large files.

A job is one small document whose ``status`` moves queued → running → succeeded /
no_stable_matching / failed; who won a claim or recorded the outcome is decided by inserting a
marker with a unique ``_id`` (see ``claim``), and heartbeats are documents of their own.
Instances and results are gzip-compressed JSON in GridFS: a national instance is 17 MB of JSON,
over MongoDB's 16 MB document limit. The completion event is staged in the job document by the
same write that records the outcome.
"""

from __future__ import annotations

import contextlib
import uuid
from collections import OrderedDict
from datetime import UTC, datetime, timedelta
from typing import Any

from bson import ObjectId
from gridfs import AsyncGridFSBucket
from gridfs.errors import NoFile
from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.simulations.run import decompress
from smartpick.events import MatchSimulationCompleted
from smartpick.mongo import Document, find_by_ids, insert_once
from smartpick.outbox import FIELD, STAGED_AT, Outbox, all_published

OUTBOX_COLLECTIONS = ("simulations",)
QUEUED, RUNNING = "queued", "running"
FINISHED = ("succeeded", "no_stable_matching", "failed")
HIDDEN = {FIELD: 0, STAGED_AT: 0}
CACHED_RESULTS = 4


class SimulationStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._jobs = db.simulations
        self._markers = db.simulation_claims
        self._beats = db.simulation_heartbeats
        self._files = AsyncGridFSBucket(db, bucket_name="simulation_files")
        self._outbox = outbox
        self._results: OrderedDict[str, dict[str, Any]] = OrderedDict()

    async def ensure_indexes(self) -> None:
        await self._jobs.create_index([("requested_by", ASCENDING), ("created_at", DESCENDING)])
        await self._jobs.create_index([("status", ASCENDING), ("created_at", ASCENDING)])

    async def create(self, requested_by: str, name: str, options: dict[str, Any],
                     instance_gz: bytes | None) -> Document:
        """Store a queued job (and its uploaded instance first, so a job never lacks it)."""
        job_id = str(uuid.uuid4())
        instance_file = None
        if instance_gz is not None:
            instance_file = await self._files.upload_from_stream(
                f"{job_id}/instance.json.gz", instance_gz)
        job = {"_id": job_id, "requested_by": requested_by, "name": name, "status": QUEUED,
               "source": "upload" if instance_gz is not None else "generated",
               "instance_file": instance_file, **options, "attempts": 0, "claims": 0, "released": 0,
               "created_at": datetime.now(UTC)}
        await self._jobs.insert_one(job)
        return job

    async def pending_of(self, requested_by: str) -> int:
        """How many of this requester's jobs are queued or running."""
        return await self._jobs.count_documents(
            {"requested_by": requested_by, "status": {"$in": [QUEUED, RUNNING]}})

    async def job(self, job_id: str) -> Document | None:
        return await self._jobs.find_one({"_id": job_id}, HIDDEN)

    async def jobs_of(self, requested_by: str, skip: int, limit: int) -> tuple[list[Document], int]:
        mine = {"requested_by": requested_by}
        total = await self._jobs.count_documents(mine)
        found = await self._jobs.find(mine, HIDDEN).sort(
            [("created_at", DESCENDING), ("_id", DESCENDING)]).skip(skip).limit(limit).to_list()
        return found, total

    async def claim(self, worker: str) -> Document | None:
        """Take the oldest queued job for ``worker``; at most one claimer wins each job.

        The win is an insert of a claim marker with a key unique to the job's next claim:
        FerretDB runs ``findAndModify`` and conditional updates as read-then-write, so two
        claimers could both "win" a conditional update, but never both insert one ``_id``.
        """
        queued = await self._jobs.find({"status": QUEUED}).sort(
            [("created_at", ASCENDING)]).limit(20).to_list()
        for job in queued:
            claims = job.get("claims", 0) + 1
            if not await self._mark(f"{job['_id']}#{claims}", worker):
                continue
            now = datetime.now(UTC)
            changes = {"status": RUNNING, "worker": worker, "claims": claims,
                       "attempts": claims - job.get("released", 0), "started_at": now}
            await self._jobs.update_one({"_id": job["_id"]}, {"$set": changes})
            await self.heartbeat(job["_id"], worker)
            return {**job, **changes}
        return None

    async def _mark(self, key: str, worker: str) -> bool:
        return await insert_once(self._markers,
                                 {"_id": key, "worker": worker, "at": datetime.now(UTC)})

    async def heartbeat(self, job_id: str, worker: str) -> None:
        """Beats live beside the job, so they never race the job's own writes."""
        await self._beats.replace_one({"_id": job_id},
                                      {"worker": worker, "at": datetime.now(UTC)}, upsert=True)

    async def release(self, job: Document) -> None:
        """Give a job back to the queue (this instance is stopping); not counted as an attempt."""
        await self._jobs.update_one({"_id": job["_id"], "claims": job["claims"]},
                                    {"$set": {"status": QUEUED}, "$inc": {"released": 1}})

    async def requeue_abandoned(self, silent_for: timedelta) -> int:
        """Queue again the running jobs whose worker stopped beating (its process died)."""
        running = await self._jobs.find({"status": RUNNING}, {"claims": 1}).to_list()
        beats = {beat["_id"]: beat["at"] for beat in await find_by_ids(
            self._beats, [job["_id"] for job in running])}
        cutoff = datetime.now(UTC) - silent_for
        requeued = 0
        for job in running:
            beat = beats.get(job["_id"])
            if beat is None or beat.replace(tzinfo=UTC) < cutoff:
                result = await self._jobs.update_one(
                    {"_id": job["_id"], "status": RUNNING, "claims": job["claims"]},
                    {"$set": {"status": QUEUED}})
                requeued += result.modified_count
        return requeued

    async def instance(self, job: Document) -> bytes:
        stream = await self._files.open_download_stream(job["instance_file"])
        data: bytes = await stream.read()
        return data

    async def finish(self, job: Document, worker: str, event: MatchSimulationCompleted,
                     stats: dict[str, Any] | None, result_gz: bytes | None,
                     error: str | None) -> bool:
        """Record the outcome with its event, once: False if another worker recorded it first.

        A ``#done`` marker on a job still running means its finisher died between the marker
        and the write below: the job ran again, and this outcome is recorded in its place (the
        event id is the same, so a repeat is recognised downstream). Otherwise the job would be
        queued, run and refused forever.
        """
        if not await self._mark(f"{job['_id']}#done", worker):
            current = await self._jobs.find_one({"_id": job["_id"]}, {"status": 1})
            if current is None or current["status"] != RUNNING:
                return False  # another worker recorded this job's outcome first
        result_file: ObjectId | None = None
        if result_gz is not None:
            result_file = await self._files.upload_from_stream(
                f"{job['_id']}/result.json.gz", result_gz)
        update = {"$set": {"status": event.status, "finished_at": datetime.now(UTC),
                           "stats": stats, "result_file": result_file, "error": error}}
        await self._outbox.stage(self._jobs, job["_id"], update, event,
                                 f"simulation-{job['_id']}")
        await self._beats.delete_one({"_id": job["_id"]})
        return True

    async def finished_before(self, cutoff: datetime, limit: int = 20) -> list[Document]:
        """Finished jobs older than ``cutoff``, oldest first: what retention deletes next."""
        return await self._jobs.find(
            {"status": {"$in": list(FINISHED)}, "finished_at": {"$lt": cutoff}}, HIDDEN,
        ).sort([("finished_at", ASCENDING)]).limit(limit).to_list()

    async def delete(self, job: Document) -> bool:
        """Remove a finished job with its files; False while its completion event is unsent.

        Two deleters (an organization and retention, or two instances) may race: a file
        already gone is not an error."""
        if not await all_published(self._jobs, job["_id"]):
            return False
        for name in ("instance_file", "result_file"):
            if job.get(name) is not None:
                with contextlib.suppress(NoFile):
                    await self._files.delete(job[name])
        self._results.pop(str(job.get("result_file")), None)
        markers = [f"{job['_id']}#{n}" for n in range(1, job.get("claims", 0) + 1)]
        await self._markers.delete_many({"_id": {"$in": [*markers, f"{job['_id']}#done"]}})
        await self._jobs.delete_one({"_id": job["_id"]})
        return True

    async def result(self, job: Document) -> dict[str, Any]:
        """The output document; results never change, so recent ones are kept parsed."""
        key = str(job["result_file"])
        found = self._results.pop(key, None)
        if found is None:
            stream = await self._files.open_download_stream(job["result_file"])
            found = decompress(await stream.read())
        self._results[key] = found
        while len(self._results) > CACHED_RESULTS:
            self._results.popitem(last=False)
        return found
