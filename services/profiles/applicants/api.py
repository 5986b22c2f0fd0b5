"""HTTP routes of applicants: their profile and the outcomes they report.

An applicant reaches only their own profile; another applicant's id answers 404, exactly like an
id that does not exist, so the API does not reveal who has a profile.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response

from services.profiles.applicants.outcomes import OutcomeInput, SeasonYear
from services.profiles.applicants.store import NoSuchReport, ReportChanged, SavedProfile
from services.profiles.deps import Applicants, Programs
from smartpick.auth import CurrentPrincipal, Principal, Role
from smartpick.events import OutcomeReported
from smartpick.events.models import ApplicantProfile, ResourceId
from smartpick.http_errors import errors

router = APIRouter()


def _own(principal: Principal, applicant_id: str) -> None:
    if principal.account_id != applicant_id:
        raise HTTPException(404, "no such applicant profile")


@router.put("/applicants/{applicant_id}/profile", response_model=SavedProfile,
            tags=["profiles"], responses=errors(400, 401, 403, 404, 413, 422))
async def put_profile(applicant_id: ResourceId, profile: ApplicantProfile,
                      principal: CurrentPrincipal, store: Applicants) -> SavedProfile:
    _own(principal, applicant_id)
    if principal.role is not Role.APPLICANT:
        raise HTTPException(403, "only applicants have an applicant profile")
    updated_at = await store.save_profile(applicant_id, profile)
    return SavedProfile(**profile.model_dump(), updated_at=updated_at)


@router.get("/applicants/{applicant_id}/profile", response_model=SavedProfile,
            tags=["profiles"], responses=errors(401, 404, 422))
async def get_profile(applicant_id: ResourceId, principal: CurrentPrincipal,
                      store: Applicants) -> SavedProfile:
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
                         principal: CurrentPrincipal, store: Applicants, programs: Programs,
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
    known = {document["_id"] for document in await programs.programs_by_id(ids)}
    unknown = [program_id for program_id in ids if program_id not in known]
    if unknown:  # in FastAPI's 422 shape, so the gateway names the field
        raise HTTPException(422, [{"loc": ["body", "applications"], "type": "value_error",
                                   "msg": f"unknown program ids: {', '.join(unknown[:20])}"}])
    try:
        event, created = await store.save_outcome(applicant_id, report, profile.plain())
    except ReportChanged as error:
        raise HTTPException(409, f"your report of season {report.season_year} was changed at "
                                 "the same moment; send it again") from error
    response.status_code = 201 if created else 200
    return event


@router.delete("/applicants/{applicant_id}/outcomes/{season_year}", status_code=204,
               tags=["outcomes"], responses=errors(401, 404, 409, 422))
async def delete_outcome(applicant_id: ResourceId, season_year: SeasonYear,
                         principal: CurrentPrincipal, store: Applicants) -> None:
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
                      store: Applicants) -> list[OutcomeReported]:
    _own(principal, applicant_id)
    return await store.outcomes(applicant_id)
