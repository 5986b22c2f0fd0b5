"""HTTP routes of organizations: an admin's invitation codes, invitations and members; an
applicant's or mentor's joining, memberships and leaving.

The organization is its ORG_ADMIN account (its id is the organization id). Only applicants and
mentors join. An unknown, expired, revoked or used-up code answers one 404, so guessing learns
nothing, and each account may try only a few codes a minute. An invitation is accepted only by
an account signed in with the invited address, verified, so that signing up with someone
else's address is no way in.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response

from services.profiles.accounts.attempts import limit
from services.profiles.deps import Accounts, Attempts, Invitations, Memberships, ProfilesSettings
from services.profiles.organizations.models import (
    Invitation,
    InvitationCode,
    JoinWithCode,
    Member,
    MemberPage,
    Membership,
    NewInvitation,
    NewInvitationCode,
)
from services.profiles.organizations.store import AlreadyMember, NotAMember
from smartpick.auth import CurrentPrincipal, Principal, Role, organization_of
from smartpick.events.models import ResourceId
from smartpick.http_errors import Refused, errors
from smartpick.mongo import Document, as_utc
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(tags=["organizations"], responses=errors(401, 403))
NO_CODE = "no such invitation code"
NO_INVITATION = "no such invitation"
ALREADY = "you are a member of this organization already"


def _admin(principal: Principal) -> str:
    return organization_of(principal, "only organization admins manage their organization")


def _joiner(principal: Principal) -> Role:
    """Only applicants and mentors join organizations."""
    if principal.role is Role.ORG_ADMIN:
        raise HTTPException(403, "organization accounts do not join organizations")
    return principal.role


def _code(code: Document, uses: int) -> InvitationCode:
    expires_at = code["expires_at"]
    return InvitationCode(code=code["_id"], created_at=as_utc(code["created_at"]),
                          expires_at=as_utc(expires_at) if expires_at else None,
                          max_uses=code["max_uses"], uses=uses,
                          revoked=code["revoked_at"] is not None)


def _invitation(invitation: Document) -> Invitation:
    accepted_at = invitation["accepted_at"]
    return Invitation(id=invitation["_id"], organization_id=invitation["organization_id"],
                      email=invitation["email"], invited_at=as_utc(invitation["invited_at"]),
                      expires_at=as_utc(invitation["expires_at"]),
                      accepted_at=as_utc(accepted_at) if accepted_at else None)


def _already() -> Refused:
    return Refused(409, "CONFLICT", ALREADY)


@router.post("/organizations/me/invitation-codes", status_code=201,
             response_model=InvitationCode, responses=errors(400, 413, 422))
async def create_code(body: NewInvitationCode, principal: CurrentPrincipal,
                      invitations: Invitations) -> InvitationCode:
    organization_id = _admin(principal)
    if body.expires_at is not None and as_utc(body.expires_at) <= datetime.now(UTC):
        raise HTTPException(422, [{"loc": ["body", "expires_at"], "type": "value_error",
                                   "msg": "must be in the future"}])
    return _code(await invitations.create_code(organization_id, body.expires_at,
                                               body.max_uses), 0)


@router.get("/organizations/me/invitation-codes", response_model=list[InvitationCode])
async def my_codes(principal: CurrentPrincipal, invitations: Invitations) -> list[InvitationCode]:
    return [_code(code, uses) for code, uses in await invitations.codes_of(_admin(principal))]


@router.delete("/organizations/me/invitation-codes/{code}", response_model=InvitationCode,
               responses=errors(404, 422))
async def revoke_code(code: ResourceId, principal: CurrentPrincipal,
                      invitations: Invitations) -> InvitationCode:
    """Revoke one of the organization's codes: nobody joins with it any more."""
    revoked = await invitations.revoke(_admin(principal), code)
    if revoked is None:
        raise HTTPException(404, NO_CODE)
    return _code(*revoked)


@router.post("/organizations/me/invitations", status_code=201, response_model=Invitation,
             responses=errors(400, 413, 422))
async def invite(body: NewInvitation, principal: CurrentPrincipal, invitations: Invitations,
                 settings: ProfilesSettings) -> Invitation:
    ttl = timedelta(seconds=settings.organization_invitation_ttl_seconds)
    return _invitation(await invitations.invite(_admin(principal), str(body.email), ttl))


@router.get("/organizations/me/members", response_model=MemberPage, responses=errors(400, 422))
async def my_members(principal: CurrentPrincipal, memberships: Memberships,
                     first: Annotated[int, Query(ge=1, le=100)] = 20,
                     after: After = None) -> MemberPage:
    start = offset_after(after)
    found, total = await memberships.members(_admin(principal), start, first)
    items = [Member(**member.model_dump(), cursor=encode_cursor(str(start + n)))
             for n, member in enumerate(found)]
    return MemberPage(items=items, total=total, has_next=start + len(items) < total,
                      end_cursor=items[-1].cursor if items else None)


@router.delete("/organizations/me/members/{account_id}", status_code=204,
               responses=errors(404, 422))
async def remove_member(account_id: ResourceId, principal: CurrentPrincipal,
                        memberships: Memberships) -> Response:
    try:
        await memberships.leave(_admin(principal), account_id)
    except NotAMember as error:
        raise HTTPException(404, "no such member") from error
    return Response(status_code=204)


@router.post("/accounts/me/organization-memberships", status_code=201,
             response_model=Membership, responses=errors(400, 404, 409, 413, 422, 429))
async def join_with_code(body: JoinWithCode, principal: CurrentPrincipal,
                         memberships: Memberships, invitations: Invitations,
                         attempts: Attempts, settings: ProfilesSettings) -> Membership:
    role = _joiner(principal)
    await limit(attempts, f"invitation-code|{principal.account_id}",
                settings.invitation_code_attempts_per_minute_per_account,
                "invitation codes tried")
    code = await invitations.admitting_code(body.code)
    if code is None:
        raise HTTPException(404, NO_CODE)
    organization_id = code["organization_id"]
    if await memberships.is_member(organization_id, principal.account_id):
        raise _already()
    use = await invitations.claim_use(code, principal.account_id)
    if use is None:
        raise HTTPException(404, NO_CODE)
    try:
        return await memberships.join(organization_id, principal.account_id, role)
    except AlreadyMember as error:
        await invitations.release_use(use)
        raise _already() from error


@router.get("/accounts/me/organization-invitations", response_model=list[Invitation],
            responses=errors(404))
async def my_invitations(principal: CurrentPrincipal, accounts: Accounts,
                         invitations: Invitations) -> list[Invitation]:
    """Open invitations sent to the caller's address (listed whether or not it is verified)."""
    account = await accounts.account(principal.account_id)
    if account is None:
        raise HTTPException(404, "no such account")
    return [_invitation(each) for each in await invitations.open_invitations_for(
        account["email"])]


@router.post("/accounts/me/organization-invitations/{invitation_id}/acceptance",
             status_code=201, response_model=Membership, responses=errors(404, 409, 422))
async def accept_invitation(invitation_id: ResourceId, principal: CurrentPrincipal,
                            accounts: Accounts, memberships: Memberships,
                            invitations: Invitations) -> Membership:
    role = _joiner(principal)
    account = await accounts.account(principal.account_id)
    if account is None:
        raise HTTPException(404, NO_INVITATION)
    invitation = await invitations.open_invitation(invitation_id, account["email"])
    if invitation is None:
        raise HTTPException(404, NO_INVITATION)
    if not account.get("email_verified"):
        raise HTTPException(403, "verify your email address first: the invitation was sent "
                                 "to it")
    try:
        membership = await memberships.join(invitation["organization_id"],
                                            principal.account_id, role)
    except AlreadyMember as error:
        raise _already() from error
    await invitations.mark_accepted(invitation_id, principal.account_id)
    return membership


@router.get("/accounts/me/organization-memberships", response_model=list[Membership])
async def my_memberships(principal: CurrentPrincipal,
                         memberships: Memberships) -> list[Membership]:
    return await memberships.memberships_of(principal.account_id)


@router.delete("/accounts/me/organization-memberships/{organization_id}", status_code=204,
               responses=errors(404, 422))
async def leave(organization_id: ResourceId, principal: CurrentPrincipal,
                memberships: Memberships) -> Response:
    try:
        await memberships.leave(organization_id, principal.account_id)
    except NotAMember as error:
        raise HTTPException(404, "you are not a member of this organization") from error
    return Response(status_code=204)
