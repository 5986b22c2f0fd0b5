"""HTTP routes of match simulations: organizations queue a run, follow it and read its result.

Only organization accounts run simulations, and each sees only its own: someone else's job
answers 404 like an unknown one. An uploaded instance is validated before it is queued, so bad
input is a 400 naming the offending entry and nothing is stored.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from datetime import datetime, timedelta
from typing import Annotated, Any, Generic, TypeVar

from fastapi import APIRouter, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from matchsim.errors import MatchInputError
from matchsim.generator import NATIONAL
from matchsim.parse import parse_instance
from services.matching.deps import MatchingSettings, Runner, Simulations
from services.matching.settings import Settings
from services.matching.simulations.store import FINISHED, SimulationStore
from smartpick.auth import CurrentPrincipal, Principal, Role
from smartpick.events.models import DisplayName, ResourceId
from smartpick.http_errors import errors
from smartpick.mongo import Document
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(prefix="/simulations", tags=["simulations"], responses=errors(401, 403))
NATIONAL_COUPLE_SHARE = NATIONAL.couples / NATIONAL.applicants
UPLOAD_PATH = "/simulations/uploads"
MAX_PROPOSALS = 1_000_000_000
"""Far above what a national instance needs (its default budget is in the millions)."""
MaxProposals = Annotated[int | None, Field(
    ge=1, le=MAX_PROPOSALS, description="stop a run after this many proposals; default: a "
                                        "budget that scales with the rank lists")]


class GenerateOptions(BaseModel):
    """A synthetic instance shaped like the 2026 Main Match, scaled to ``applicants``."""

    model_config = ConfigDict(extra="forbid")

    applicants: int = Field(default=NATIONAL.applicants, ge=10, le=100_000)
    couples: int | None = Field(
        default=None, ge=0, le=50_000, description="default: the national share of couples")
    supplemental: bool = True
    seed: int = Field(default=2026, ge=0, le=2**32 - 1)

    @model_validator(mode="after")
    def _couples_fit(self) -> GenerateOptions:
        if self.couples is None:
            self.couples = round(self.applicants * NATIONAL_COUPLE_SHARE)
        if 2 * self.couples > self.applicants:
            raise ValueError(f"{self.couples} couples need {2 * self.couples} applicants, "
                             f"more than {self.applicants}")
        return self


class GeneratedRun(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: DisplayName = ""
    generate: GenerateOptions = Field(default_factory=GenerateOptions)
    max_proposals: MaxProposals = None


class SimulationStats(BaseModel):
    """The simulator's figures of a finished run (matchsim/result.py; ``total_seconds`` from
    run.py). A run stored before a figure existed lacks it, and reads 0 (False for ``stable``,
    which every stored run has)."""

    applicants: int = 0
    matched: int = 0
    unmatched: int = 0
    couples: int = 0
    couples_matched: int = 0
    programs: int = 0
    positions: int = 0
    filled: int = 0
    unfilled: int = 0
    supplemental_matched: int = 0
    proposals: int = 0
    rounds: int = 0
    attempts: int = 0
    stable: bool = Field(default=False, description=(
        "false when the couples admit no stable match within the proposal bound"))
    solve_seconds: float = 0.0
    total_seconds: float = 0.0


class Row(BaseModel):
    cursor: str | None = Field(default=None, description="its position, in lists")


Item = TypeVar("Item", bound=Row)


class SimulationJob(Row):
    id: str
    name: str
    status: str
    source: str
    generator: GenerateOptions | None
    max_proposals: int | None
    attempts: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    expires_at: datetime | None = Field(
        description="when it is deleted with its files (SIMULATION_RETENTION_DAYS after it "
                    "finished); null while it runs, or when finished runs are kept")
    stats: SimulationStats | None = Field(
        description="null until the run has finished, and for a failed run")
    error: str | None

    @classmethod
    def of(cls, job: Document, keep_for: timedelta | None) -> SimulationJob:
        finished = job.get("finished_at")
        expires = finished + keep_for if finished is not None and keep_for is not None else None
        return cls.model_validate({"id": job["_id"], "generator": None, "max_proposals": None,
                                   "started_at": None, "finished_at": None, "stats": None,
                                   "error": None, **job, "expires_at": expires})


class Page(BaseModel, Generic[Item]):
    """One page of an offset-paged list; ``end_cursor`` is the ``after`` of the next page."""

    items: list[Item]
    total: int
    has_next: bool
    end_cursor: str | None

    @classmethod
    def of(cls, items: list[Item], start: int, total: int) -> Page[Item]:
        """Call it on the concrete page type (``Page[MatchRow].of``), so items keep their type."""
        return cls(items=items, total=total, has_next=start + len(items) < total,
                   end_cursor=items[-1].cursor if items else None)


class MatchRow(Row):
    applicant_id: str
    program_id: str | None
    supplemental_program_id: str | None


class UnfilledRow(Row):
    program_id: str
    unfilled: int


def _organization(principal: Principal) -> str:
    if principal.role is not Role.ORG_ADMIN:
        raise HTTPException(403, "match simulations are for organization accounts")
    return principal.account_id


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
