"""HTTP routes of match simulations: organizations queue a run, follow it and read its result.

Only organization accounts run simulations, and each sees only its own: someone else's job
answers 404 like an unknown one. An uploaded instance is validated before it is queued, so bad
input is a 400 naming the offending entry and nothing is stored.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response

from matchsim.errors import MatchInputError
from matchsim.parse import parse_instance
from services.matching.deps import MatchingSettings, Runner, Simulations
from services.matching.settings import Settings
from services.matching.simulations.contract import (
    UPLOAD_PATH,
    GeneratedRun,
    MatchRow,
    MaxProposals,
    Page,
    SimulationJob,
    UnfilledRow,
)
from services.matching.simulations.store import FINISHED, SimulationStore
from smartpick.auth import CurrentPrincipal, Principal, organization_of
from smartpick.events.models import DisplayName, ResourceId
from smartpick.http_errors import errors
from smartpick.mongo import Document
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(prefix="/simulations", tags=["simulations"], responses=errors(401, 403))
def _organization(principal: Principal) -> str:
    return organization_of(principal, "match simulations are for organization accounts")


async def _may_queue(requester: str, simulations: SimulationStore, settings: Settings) -> None:
    """One organization cannot fill the queue: a few pending runs each, the rest wait."""
    pending = await simulations.pending_of(requester)
    if pending >= settings.simulation_max_pending:
        raise HTTPException(429, f"{pending} of your simulations are still queued or running; "
                                 "start another when one has finished")


async def _own_job(job_id: str, principal: Principal, simulations: SimulationStore) -> Document:
    requester = _organization(principal)
    job = await simulations.job(job_id)
    if job is None or job["requested_by"] != requester:
        raise HTTPException(404, f"no simulation {job_id!r}")
    return job


async def _finished_result(job: Document, simulations: SimulationStore) -> dict[str, Any]:
    if not job.get("result_file"):
        raise HTTPException(409, f"simulation {job['_id']!r} has no result: it is {job['status']}")
    return await simulations.result(job)


@router.post("", status_code=202, response_model=SimulationJob,
             responses=errors(400, 413, 422, 429))
async def run_generated(body: GeneratedRun, principal: CurrentPrincipal,
                        simulations: Simulations, runner: Runner,
                        settings: MatchingSettings) -> SimulationJob:
    """Queue a run on a generated instance (the national shape unless told otherwise)."""
    requester = _organization(principal)
    await _may_queue(requester, simulations, settings)
    options = {"generator": body.generate.model_dump(), "max_proposals": body.max_proposals}
    job = await simulations.create(requester, body.name or "generated instance", options, None)
    runner.submitted()
    return SimulationJob.of(job, settings.simulation_retention)


def _validated_gzip(body: bytes) -> bytes:
    """The instance compressed for storage; MatchInputError names what is wrong with it."""
    try:
        doc = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MatchInputError("not_json", f"the instance is not valid JSON: {error}") from error
    parse_instance(doc)
    return gzip.compress(body, compresslevel=6)


@router.post(UPLOAD_PATH.removeprefix(router.prefix), status_code=202,
             response_model=SimulationJob, responses=errors(400, 413, 422, 429),
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": {"type": "object"}}}}})
async def run_uploaded(request: Request, principal: CurrentPrincipal, simulations: Simulations,
                       runner: Runner, settings: MatchingSettings,
                       name: Annotated[DisplayName, Query()] = "",
                       max_proposals: Annotated[MaxProposals, Query()] = None) -> SimulationJob:
    """Queue a run on the instance in the body (the JSON of docs/match-simulation.md), of at
    most SIMULATION_MAX_UPLOAD_MB (the app refuses a larger body with 413 as it arrives)."""
    requester = _organization(principal)
    await _may_queue(requester, simulations, settings)
    body = await request.body()
    try:
        instance_gz = await asyncio.to_thread(_validated_gzip, body)
    except MatchInputError as error:
        raise HTTPException(400, f"invalid instance ({error.code}): {error.message}") from error
    job = await simulations.create(requester, name or "uploaded instance",
                                   {"max_proposals": max_proposals}, instance_gz)
    runner.submitted()
    return SimulationJob.of(job, settings.simulation_retention)


@router.get("", response_model=Page[SimulationJob], responses=errors(400, 422))
async def my_simulations(principal: CurrentPrincipal, simulations: Simulations,
                         settings: MatchingSettings,
                         first: Annotated[int, Query(ge=1, le=100)] = 20,
                         after: After = None) -> Page[SimulationJob]:
    start = offset_after(after)
    jobs, total = await simulations.jobs_of(_organization(principal), start, first)
    keep_for = settings.simulation_retention
    items = [SimulationJob.of(job, keep_for).model_copy(
        update={"cursor": encode_cursor(str(start + n))}) for n, job in enumerate(jobs)]
    return Page[SimulationJob].of(items, start, total)


@router.get("/{job_id}", response_model=SimulationJob, responses=errors(404, 422))
async def simulation(job_id: ResourceId, principal: CurrentPrincipal,
                     simulations: Simulations, settings: MatchingSettings) -> SimulationJob:
    return SimulationJob.of(await _own_job(job_id, principal, simulations),
                            settings.simulation_retention)


@router.delete("/{job_id}", status_code=204, responses=errors(404, 409, 422))
async def delete_simulation(job_id: ResourceId, principal: CurrentPrincipal,
                            simulations: Simulations) -> None:
    """Forget a finished run and its files (queued and running ones finish first)."""
    job = await _own_job(job_id, principal, simulations)
    if job["status"] not in FINISHED:
        raise HTTPException(409, f"simulation {job_id!r} is {job['status']}; delete it once it "
                                 "has finished")
    if not await simulations.delete(job):
        raise HTTPException(409, f"simulation {job_id!r} is still being announced; try again "
                                 "in a moment")


@router.get("/{job_id}/matches", response_model=Page[MatchRow],
            responses=errors(400, 404, 409, 422))
async def matches(job_id: ResourceId, principal: CurrentPrincipal, simulations: Simulations,
                  first: Annotated[int, Query(ge=1, le=500)] = 50, after: After = None,
                  unmatched: bool | None = None,
                  applicant: Annotated[list[ResourceId] | None, Query(max_length=500)] = None,
                  ) -> Page[MatchRow]:
    """Each applicant's match in input order; ``applicant=`` (repeatable) picks a cohort."""
    result = await _finished_result(await _own_job(job_id, principal, simulations), simulations)
    found: dict[str, str | None] = result["matches"]
    supplemental: dict[str, str] = result["supplemental_matches"]
    ids = list(found) if applicant is None else [a for a in dict.fromkeys(applicant) if a in found]
    if unmatched is not None:
        ids = [a for a in ids if (found[a] is None) == unmatched]
    start = offset_after(after)
    rows = [MatchRow(cursor=encode_cursor(str(start + n)), applicant_id=a, program_id=found[a],
                     supplemental_program_id=supplemental.get(a))
            for n, a in enumerate(ids[start:start + first])]
    return Page[MatchRow].of(rows, start, len(ids))


@router.get("/{job_id}/unfilled", response_model=Page[UnfilledRow],
            responses=errors(400, 404, 409, 422))
async def unfilled(job_id: ResourceId, principal: CurrentPrincipal, simulations: Simulations,
                   first: Annotated[int, Query(ge=1, le=500)] = 50,
                   after: After = None) -> Page[UnfilledRow]:
    result = await _finished_result(await _own_job(job_id, principal, simulations), simulations)
    programs = list(result["unfilled"].items())
    start = offset_after(after)
    rows = [UnfilledRow(cursor=encode_cursor(str(start + n)), program_id=p, unfilled=count)
            for n, (p, count) in enumerate(programs[start:start + first])]
    return Page[UnfilledRow].of(rows, start, len(programs))


@router.get("/{job_id}/result", responses=errors(404, 409, 422))
async def result_document(job_id: ResourceId, principal: CurrentPrincipal,
                          simulations: Simulations) -> Response:
    """The whole output document, as `smartpick match-sim` writes it (for `--check`)."""
    result = await _finished_result(await _own_job(job_id, principal, simulations), simulations)
    return Response(json.dumps(result), media_type="application/json")
