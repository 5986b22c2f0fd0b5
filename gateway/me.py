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
from gateway.clients import call
from gateway.common import GraphInfo
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url


@strawberry.type
class Me(Account):
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
    mentorships = mentorships.my_mentorships
    mentor_cohort_runs = cohorts.my_mentor_cohort_runs
    mentorship_problem_reports = mentorship_reports.my_mentorship_problem_reports


@strawberry.field(description="The signed-in account, with its profile and lists.",
                  metadata=cost(SERVICE))
async def me(info: GraphInfo) -> Me:
    context = info.context
    context.require_principal()
    account = await call(context.http, "GET",
                         service_url(context.settings.profiles_url, "accounts", "me"),
                         context.token)
    return from_json(Me, account)
