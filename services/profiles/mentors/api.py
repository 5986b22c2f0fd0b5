"""HTTP routes of mentors: their profile, and its verification by their organization.

A mentor reaches only their own profile; another mentor's id answers 404, exactly like an id
that does not exist. Organization admins read any mentor's profile (to decide whether to vouch
for them), and verify only the mentors whose profile names their organization.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from services.profiles.deps import Accounts, Mentors, Programs
from services.profiles.mentors.models import SavedMentorProfile, Verification
from services.profiles.mentors.store import NoSuchMentor, NotTheirOrganization
from smartpick.auth import CurrentPrincipal, Role
from smartpick.events.mentors import MentorProfile
from smartpick.events.models import ResourceId
from smartpick.http_errors import errors

router = APIRouter()
NOT_FOUND = "no such mentor profile"


def _invalid(field: str, message: str) -> HTTPException:
    """A 422 in FastAPI's shape, so the gateway names the field."""
    return HTTPException(422, [{"loc": ["body", field], "type": "value_error", "msg": message}])


async def _check_references(profile: MentorProfile, accounts: Accounts,
                            programs: Programs) -> None:
    """The program must be in the catalog and the organization an organization's account."""
    if profile.program_id is not None and not await programs.programs_by_id([profile.program_id]):
        raise _invalid("program_id", f"unknown program id {profile.program_id}")
    if profile.organization_id is not None:
        account = await accounts.account(profile.organization_id)
        if account is None or account["role"] != Role.ORG_ADMIN:
            raise _invalid("organization_id", f"{profile.organization_id} is not the account "
                                              "id of an organization")


@router.put("/mentors/{mentor_id}/profile", response_model=SavedMentorProfile,
            tags=["mentors"], responses=errors(400, 401, 403, 404, 413, 422))
async def put_profile(mentor_id: ResourceId, profile: MentorProfile,
                      principal: CurrentPrincipal, store: Mentors, accounts: Accounts,
                      programs: Programs) -> SavedMentorProfile:
    """Create or replace the caller's profile; naming another organization unverifies them."""
    if principal.account_id != mentor_id:
        raise HTTPException(404, NOT_FOUND)
    if principal.role is not Role.MENTOR:
        raise HTTPException(403, "only mentors have a mentor profile: sign up as a MENTOR")
    await _check_references(profile, accounts, programs)
    return await store.save_profile(mentor_id, profile)


@router.get("/mentors/{mentor_id}/profile", response_model=SavedMentorProfile,
            tags=["mentors"], responses=errors(401, 404, 422))
async def get_profile(mentor_id: ResourceId, principal: CurrentPrincipal,
                      store: Mentors) -> SavedMentorProfile:
    if principal.account_id != mentor_id and principal.role is not Role.ORG_ADMIN:
        raise HTTPException(404, NOT_FOUND)
    profile = await store.profile(mentor_id)
    if profile is None:
        raise HTTPException(404, NOT_FOUND)
    return profile


@router.put("/mentors/{mentor_id}/verification", response_model=SavedMentorProfile,
            tags=["mentors"], responses=errors(400, 401, 403, 404, 413, 422))
async def put_verification(mentor_id: ResourceId, decision: Verification,
                           principal: CurrentPrincipal, store: Mentors) -> SavedMentorProfile:
    """Verify a mentor of the caller's organization, or take the verification back."""
    if principal.role is not Role.ORG_ADMIN:
        raise HTTPException(403, "only organization admins verify mentors")
    try:
        return await store.verify(mentor_id, principal.account_id, decision.verified)
    except NoSuchMentor as error:
        raise HTTPException(404, NOT_FOUND) from error
    except NotTheirOrganization as error:
        raise HTTPException(403, "only an admin of the organization this mentor names "
                                 "(organization_id) may verify them") from error
