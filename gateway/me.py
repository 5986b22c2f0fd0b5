"""`me`: the signed-in account, with what each domain lists for it."""

from __future__ import annotations

import strawberry

from gateway import (
    cohorts,
    mentors,
    mentorship_reports,
    mentorships,
    notification_preferences,
    notifications,
    organizations,
    plans,
    profiles,
    recommendations,
    simulations,
    webhooks,
)
from gateway.accounts import Account
from gateway.common import GraphInfo
from gateway.cost import BATCHED, SERVICE, cost
from gateway.mapping import from_json
from smartpick.auth import Role


@strawberry.type
class Me:
    """``id`` and ``role`` are the token's; the rest of the account is asked of profiles only
    when selected, so ``me { recommendations }`` is one service call, not two."""

    id: strawberry.ID

    @strawberry.field(metadata=cost(BATCHED))  # one call per request, shared with emailVerified
    async def email(self, info: GraphInfo) -> str:
        return (await _account(info)).email

    role: Role

    @strawberry.field(description="Whether the account followed the link of a verification "
                                  "email.", metadata=cost(BATCHED))
    async def email_verified(self, info: GraphInfo) -> bool:
        return (await _account(info)).email_verified

    profile = profiles.my_profile
    mentor_profile = mentors.my_mentor_profile
    recommendations = recommendations.my_recommendations
    plan = plans.my_plan
    what_if = plans.my_what_if
    outcome_reports = profiles.my_outcome_reports
    notifications = notifications.my_notifications
    notification_preferences = notification_preferences.my_notification_preferences
    match_simulations = simulations.my_match_simulations
    organization_mentorships = mentorships.my_organization_mentorships
    organization_members = organizations.my_organization_members
    organization_invitation_codes = organizations.my_organization_invitation_codes
    organization_memberships = organizations.my_organization_memberships
    organization_invitations = organizations.my_organization_invitations
    webhook_endpoints = webhooks.my_webhook_endpoints
    webhook_endpoint = webhooks.my_webhook_endpoint
    mentorships = mentorships.my_mentorships
    mentor_cohort_runs = cohorts.my_mentor_cohort_runs
    mentorship_problem_reports = mentorship_reports.my_mentorship_problem_reports


async def _account(info: GraphInfo) -> Account:
    """The caller's account as profiles answers it (checked against its contract)."""
    return from_json(Account, await info.context.account.load("me"))


@strawberry.field(description="The signed-in account, with its profile and lists.",
                  metadata=cost(SERVICE))
async def me(info: GraphInfo) -> Me:
    principal = info.context.require_principal()
    return Me(id=strawberry.ID(principal.account_id), role=principal.role)
