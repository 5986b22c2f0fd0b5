"""HTTP routes of the profiles service: accounts and sessions, applicant profiles and their
reported outcomes, the catalog.

An applicant reaches only their own profile; another applicant's id answers 404, exactly like an
id that does not exist, so the API does not reveal who has a profile.
"""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel

from services.profiles.accounts import (
    Account,
    Session,
    SignIn,
    SignUp,
    hash_password,
    password_matches,
)
from services.profiles.attempts import AttemptLimiter
from services.profiles.catalog_view import CatalogView
from services.profiles.outcomes import OutcomeInput, SeasonYear
from services.profiles.store import EmailTaken, NoSuchReport, ProfilesStore, ReportChanged
from smartpick.auth import CurrentPrincipal, Principal, Role, issue_token
from smartpick.events import OutcomeReported
from smartpick.http_errors import errors
from smartpick.models import ApplicantProfile, Program, ResourceId, Specialty, StateCode
from smartpick.paging import After, decode_cursor, encode_cursor
from smartpick.service import Runtime

router = APIRouter()


def _store(runtime: Runtime) -> ProfilesStore:
    return ProfilesStore(runtime.db, runtime.outbox)


Store = Annotated[ProfilesStore, Depends(_store)]


def _catalog(runtime: Runtime) -> CatalogView:
    catalog: CatalogView = runtime.resources["catalog"]
    return catalog


Catalog = Annotated[CatalogView, Depends(_catalog)]


def _attempts(runtime: Runtime) -> AttemptLimiter:
    attempts: AttemptLimiter = runtime.resources["attempts"]
    return attempts


Attempts = Annotated[AttemptLimiter, Depends(_attempts)]


async def _limit(attempts: AttemptLimiter, key: str, limit: int, what: str) -> None:
    if not await attempts.allow(key, limit):
        raise HTTPException(429, f"too many {what}; wait a minute and try again",
                            headers={"Retry-After": str(61 - int(time.time()) % 60)})


def _address(request: Request) -> str:
    """The caller's address; behind the gateway, the client's (uvicorn reads X-Forwarded-For
    from the addresses in FORWARDED_ALLOW_IPS only)."""
    return request.client.host if request.client else "unknown"


def _session(request: Request, account: dict[str, Any]) -> Session:
    principal = Principal(account["_id"], Role(account["role"]))
    settings = request.app.state.settings
    token = issue_token(principal, settings.jwt_secret, settings.jwt_ttl_seconds)
    return Session(token=token, account=Account(id=account["_id"], email=account["email"],
                                                role=principal.role))


@router.post("/accounts", status_code=201, response_model=Session, tags=["accounts"],
             responses=errors(400, 409, 413, 422, 429))
async def sign_up(body: SignUp, request: Request, store: Store, attempts: Attempts) -> Session:
    settings = request.app.state.settings
    await _limit(attempts, f"sign-up|{_address(request)}",
                 settings.sign_ups_per_minute_per_address, "sign-ups from this address")
    try:
        account = await store.create_account(body.email, await hash_password(body.password),
                                             body.role)
    except EmailTaken as error:
        raise HTTPException(409, "an account with this email exists already") from error
    return _session(request, account)


@router.post("/sessions", response_model=Session, tags=["accounts"],
             responses=errors(400, 401, 413, 422, 429))
async def sign_in(body: SignIn, request: Request, store: Store, attempts: Attempts) -> Session:
    """Unknown emails and wrong passwords answer alike and take as long (a full hash check)."""
    settings = request.app.state.settings
    await _limit(attempts, f"sign-in|{_address(request)}",
                 settings.sign_ins_per_minute_per_address, "sign-in attempts from this address")
    await _limit(attempts, f"sign-in|{body.email.lower()}",
                 settings.sign_ins_per_minute_per_account, "sign-in attempts for this account")
    account = await store.account_by_email(body.email)
    stored_hash = account["password_hash"] if account else None
    if not await password_matches(stored_hash, body.password) or account is None:
        raise HTTPException(401, "wrong email or password")
    return _session(request, account)


@router.get("/accounts/me", response_model=Account, tags=["accounts"],
            responses=errors(401, 404))
async def my_account(principal: CurrentPrincipal, store: Store) -> Account:
    account = await store.account(principal.account_id)
    if account is None:
        raise HTTPException(404, "no such account")
    return Account(id=account["_id"], email=account["email"], role=Role(account["role"]))


def _own(principal: Principal, applicant_id: str) -> None:
    if principal.account_id != applicant_id:
        raise HTTPException(404, "no such applicant profile")


@router.put("/applicants/{applicant_id}/profile", response_model=ApplicantProfile,
            tags=["profiles"], responses=errors(400, 401, 403, 404, 413, 422))
async def put_profile(applicant_id: ResourceId, profile: ApplicantProfile,
                      principal: CurrentPrincipal, store: Store,
                      runtime: Runtime) -> ApplicantProfile:
    _own(principal, applicant_id)
    if principal.role is not Role.APPLICANT:
        raise HTTPException(403, "only applicants have an applicant profile")
    await store.save_profile(applicant_id, profile)
    return profile


@router.get("/applicants/{applicant_id}/profile", response_model=ApplicantProfile,
            tags=["profiles"], responses=errors(401, 404, 422))
async def get_profile(applicant_id: ResourceId, principal: CurrentPrincipal,
                      store: Store) -> ApplicantProfile:
    _own(principal, applicant_id)
    profile = await store.profile(applicant_id)
    if profile is None:
        raise HTTPException(404, "no such applicant profile")
    return profile


@router.post("/applicants/{applicant_id}/outcomes", status_code=201,
             response_model=OutcomeReported, tags=["outcomes"],
             responses={200: {"model": OutcomeReported, "description": "The season's report "
                              "updated, as its next revision"},
                        **errors(400, 401, 404, 409, 413, 422)})
async def report_outcome(applicant_id: ResourceId, report: OutcomeInput,
                         principal: CurrentPrincipal, store: Store, runtime: Runtime,
                         response: Response) -> OutcomeReported:
    """Invitations and match result of one season, kept with the profile they were made with.

    201 for a season's first report; reporting the season again updates it (200), for example
    with the match result on Match Day, as its next ``revision``.
    """
    _own(principal, applicant_id)
    profile = await store.profile(applicant_id)
    if profile is None:
        raise HTTPException(409, "set your profile before reporting outcomes: a report is read "
                                 "together with the profile you applied with")
    ids = [application.program_id for application in report.applications]
    known = {document["_id"] for document in await store.programs_by_id(ids)}
    unknown = [program_id for program_id in ids if program_id not in known]
    if unknown:  # in FastAPI's 422 shape, so the gateway names the field
        raise HTTPException(422, [{"loc": ["body", "applications"], "type": "value_error",
                                   "msg": f"unknown program ids: {', '.join(unknown[:20])}"}])
    try:
        event, created = await store.save_outcome(applicant_id, report, profile)
    except ReportChanged as error:
        raise HTTPException(409, f"your report of season {report.season_year} was changed at "
                                 "the same moment; send it again") from error
    response.status_code = 201 if created else 200
    return event


@router.delete("/applicants/{applicant_id}/outcomes/{season_year}", status_code=204,
               tags=["outcomes"], responses=errors(401, 404, 409, 422))
async def delete_outcome(applicant_id: ResourceId, season_year: SeasonYear,
                         principal: CurrentPrincipal, store: Store, runtime: Runtime) -> None:
    """Erase a season's report; later refits no longer use it. It may be reported again."""
    _own(principal, applicant_id)
    try:
        await store.delete_outcome(applicant_id, season_year)
    except NoSuchReport as error:
        raise HTTPException(404, f"you have no report of season {season_year}") from error
    except ReportChanged as error:
        raise HTTPException(409, f"your report of season {season_year} was changed at the same "
                                 "moment; try again") from error


@router.get("/applicants/{applicant_id}/outcomes", response_model=list[OutcomeReported],
            tags=["outcomes"], responses=errors(401, 404, 422))
async def my_outcomes(applicant_id: ResourceId, principal: CurrentPrincipal,
                      store: Store) -> list[OutcomeReported]:
    _own(principal, applicant_id)
    return await store.outcomes(applicant_id)


class ProgramPage(BaseModel):
    items: list[Program]
    total: int
    has_next: bool
    end_cursor: str | None


def _program(document: dict[str, Any]) -> Program:
    return Program.model_validate(
        {"id": document["_id"], **{k: v for k, v in document.items() if k in Program.model_fields}})


@router.get("/programs", response_model=ProgramPage, tags=["catalog"],
            responses=errors(400, 401, 422))
async def list_programs(
    principal: CurrentPrincipal, catalog: Catalog,
    first: Annotated[int, Query(ge=1, le=200)] = 50, after: After = None,
    specialty: Specialty | None = None, state: StateCode | None = None,
    ids: Annotated[str | None, Query(max_length=500 * 65,
                                     description="up to 500 comma-separated program ids")] = None,
) -> ProgramPage:
    if ids is not None:
        wanted = [i for i in ids.split(",") if i][:500]
        found = [_program(d) for d in await catalog.by_ids(wanted)]
        return ProgramPage(items=found, total=len(found), has_next=False, end_cursor=None)
    page = await catalog.page(first=first, after=decode_cursor(after),
                              specialty=specialty, state=state)
    items = [_program(d) for d in page.items]
    end = encode_cursor(items[-1].id) if items else None
    return ProgramPage(items=items, total=page.total, has_next=page.has_next, end_cursor=end)


@router.get("/programs/{program_id}", response_model=Program, tags=["catalog"],
            responses=errors(401, 404, 422))
async def get_program(program_id: Annotated[ResourceId, Path()], principal: CurrentPrincipal,
                      catalog: Catalog) -> Program:
    found = await catalog.by_ids([program_id])
    if not found:
        raise HTTPException(404, "no program with this id")
    return _program(found[0])
