"""Organizations in GraphQL, kept by the profiles service: an admin's invitation codes,
invitations and members; an applicant's or mentor's joining, memberships and leaving.

An organization is its ORG_ADMIN account (the organization id is that account's id). Admin
operations from any other account answer FORBIDDEN; an unknown, expired, revoked or used-up
code answers NOT_FOUND alike; joining twice answers CONFLICT.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from gateway.accounts import Account
from gateway.clients import call
from gateway.common import GraphInfo, PageInfo, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url
from smartpick.auth import Role

ADMIN = ("organizations", "me")
MINE = ("accounts", "me")


async def _profiles(info: GraphInfo, method: str, *path: str, **kwargs: Any) -> Any:
    """The answer of the profiles service's route at ``path``, called as the signed-in caller."""
    context = info.context
    context.require_principal()
    return await call(context.http, method, service_url(context.settings.profiles_url, *path),
                      context.token, **kwargs)


@strawberry.type(description="A code people join my organization with.")
class OrganizationInvitationCode:
    code: str = strawberry.field(description="Random and unguessable; share it privately.")
    created_at: datetime
    expires_at: datetime | None = strawberry.field(description="Null: works until revoked.")
    max_uses: int | None = strawberry.field(description="Null: any number of people.")
    uses: int = strawberry.field(description="How many people joined with it.")
    revoked: bool


@strawberry.type(description="An invitation sent to an email address; whoever signs in with "
                             "that address, verified, may accept it.")
class OrganizationInvitation:
    id: strawberry.ID
    organization_id: strawberry.ID
    email: str
    invited_at: datetime
    expires_at: datetime
    accepted_at: datetime | None


@strawberry.type(description="An applicant's or mentor's membership of an organization.")
class OrganizationMembership:
    organization_id: strawberry.ID = strawberry.field(
        description="The id of the organization's ORG_ADMIN account.")
    account_id: strawberry.ID
    role: Role = strawberry.field(description="The member's account role.")
    joined_at: datetime


@strawberry.type
class OrganizationMemberEdge:
    cursor: str
    node: OrganizationMembership


@strawberry.type
class OrganizationMemberConnection:
    total_count: int
    page_info: PageInfo
    edges: list[OrganizationMemberEdge]


@strawberry.input
class CreateOrganizationInvitationCodeInput:
    expires_at: datetime | None = strawberry.field(
        default=None, description="When the code stops working; null: never.")
    max_uses: int | None = strawberry.field(
        default=None, description="How many people may join with it (1 to 10,000); null: any.")


@strawberry.field(description="My organization's members, longest-standing first (ORG_ADMIN "
                              "accounts).", metadata=cost(SERVICE))
async def my_organization_members(root: Account, info: GraphInfo, first: int = 20,
                                  after: str | None = None) -> OrganizationMemberConnection:
    page = await _profiles(info, "GET", *ADMIN, "members", params=page_params(first, after))
    edges = [OrganizationMemberEdge(cursor=item["cursor"],
                                    node=from_json(OrganizationMembership, item))
             for item in page["items"]]
    return OrganizationMemberConnection(total_count=page["total"], page_info=page_info(page),
                                        edges=edges)


@strawberry.field(description="My organization's invitation codes, newest first (ORG_ADMIN "
                              "accounts).", metadata=cost(SERVICE))
async def my_organization_invitation_codes(root: Account,
                                           info: GraphInfo) -> list[OrganizationInvitationCode]:
    codes = await _profiles(info, "GET", *ADMIN, "invitation-codes")
    return [from_json(OrganizationInvitationCode, code) for code in codes]


@strawberry.field(description="The organizations I am a member of.", metadata=cost(SERVICE))
async def my_organization_memberships(root: Account,
                                      info: GraphInfo) -> list[OrganizationMembership]:
    found = await _profiles(info, "GET", *MINE, "organization-memberships")
    return [from_json(OrganizationMembership, membership) for membership in found]


@strawberry.field(description="Open invitations sent to my email address.",
                  metadata=cost(SERVICE))
async def my_organization_invitations(root: Account,
                                      info: GraphInfo) -> list[OrganizationInvitation]:
    found = await _profiles(info, "GET", *MINE, "organization-invitations")
    return [from_json(OrganizationInvitation, invitation) for invitation in found]


@strawberry.mutation(description="A new invitation code for my organization (ORG_ADMIN "
                                 "accounts).", metadata=cost(SERVICE))
async def create_organization_invitation_code(
        info: GraphInfo, input: CreateOrganizationInvitationCodeInput
) -> OrganizationInvitationCode:
    body = {"expires_at": input.expires_at.isoformat() if input.expires_at else None,
            "max_uses": input.max_uses}
    return from_json(OrganizationInvitationCode,
                     await _profiles(info, "POST", *ADMIN, "invitation-codes", json=body))


@strawberry.mutation(description="Revoke one of my organization's codes: nobody joins with it "
                                 "any more (ORG_ADMIN accounts).", metadata=cost(SERVICE))
async def revoke_organization_invitation_code(info: GraphInfo,
                                              code: str) -> OrganizationInvitationCode:
    return from_json(OrganizationInvitationCode,
                     await _profiles(info, "DELETE", *ADMIN, "invitation-codes", code))


@strawberry.mutation(description="Invite an email address to my organization (ORG_ADMIN "
                                 "accounts).", metadata=cost(SERVICE))
async def invite_to_organization(info: GraphInfo, email: str) -> OrganizationInvitation:
    return from_json(OrganizationInvitation, await _profiles(
        info, "POST", *ADMIN, "invitations", json={"email": email}))


@strawberry.mutation(description="Join an organization with its invitation code (APPLICANT "
                                 "and MENTOR accounts).", metadata=cost(SERVICE))
async def join_organization(info: GraphInfo, code: str) -> OrganizationMembership:
    return from_json(OrganizationMembership, await _profiles(
        info, "POST", *MINE, "organization-memberships", json={"code": code}))


@strawberry.mutation(description="Accept an invitation sent to my verified email address.",
                     metadata=cost(SERVICE))
async def accept_organization_invitation(info: GraphInfo,
                                         id: strawberry.ID) -> OrganizationMembership:
    return from_json(OrganizationMembership, await _profiles(
        info, "POST", *MINE, "organization-invitations", str(id), "acceptance"))


@strawberry.mutation(description="Leave an organization I am a member of.",
                     metadata=cost(SERVICE))
async def leave_organization(info: GraphInfo, organization_id: strawberry.ID) -> bool:
    await _profiles(info, "DELETE", *MINE, "organization-memberships", str(organization_id))
    return True


@strawberry.mutation(description="Remove a member from my organization (ORG_ADMIN accounts).",
                     metadata=cost(SERVICE))
async def remove_organization_member(info: GraphInfo, account_id: strawberry.ID) -> bool:
    await _profiles(info, "DELETE", *ADMIN, "members", str(account_id))
    return True
