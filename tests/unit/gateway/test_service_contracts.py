"""One contract per shape: every gateway type built from a service answer has the fields of the
response model that the service's route declares (a test fails when they drift apart), and every
datetime and enum the gateway serves comes from JSON those models make, through one path
(gateway/mapping.py)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from functools import cache
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from graphql import GraphQLObjectType
from pydantic import BaseModel

from engine.curve import CurvePoint
from engine.optimizer import Plan as EnginePlan
from engine.optimizer import PlannedApplication
from engine.whatif import Outcome
from gateway.accounts import Account as GatewayAccount
from gateway.accounts import AuthPayload, EmailVerificationRequest
from gateway.catalog import Program, ProgramConnection
from gateway.cohorts import MentorCohortReport, MentorCohortRun, MentorCohortRunConnection
from gateway.delivery_ledger import DeliveryLedger
from gateway.mentors import MentorProfile, MentorSuggestionConnection
from gateway.mentorship_feedback import MentorshipFeedback
from gateway.mentorship_progress import GoalTemplate, MentorshipCheckIn, MentorshipGoal
from gateway.mentorship_reports import (
    MentorshipProblemReport,
    MentorshipProblemReportConnection,
)
from gateway.mentorship_thread import MentorshipMessage, MentorshipMessageConnection
from gateway.mentorships import Mentorship, MentorshipConnection
from gateway.notification_preferences import NotificationPreferences
from gateway.notifications import Notification, NotificationConnection
from gateway.organizations import (
    OrganizationInvitation,
    OrganizationInvitationCode,
    OrganizationMemberConnection,
    OrganizationMembership,
)
from gateway.plans import ChanceModel, Plan, WhatIfOutcome
from gateway.profiles import OutcomeReport, Profile
from gateway.recommendations import RecommendationConnection
from gateway.schema import build_schema
from gateway.simulations import (
    MatchSimulation,
    MatchSimulationConnection,
    SimulationMatchConnection,
    UnfilledProgramConnection,
)
from gateway.webhooks import (
    WebhookAttempt,
    WebhookEndpoint,
    WebhookEndpointWithSecret,
    WebhookEventType,
    WebhookMessage,
    WebhookMessageConnection,
    WebhookMessagesQueued,
)
from services.matching.main import create_app as matching_app
from services.matching.recommendations import plan_models
from services.matching.settings import Settings as MatchingSettings
from services.matching.simulations.contract import GenerateOptions, Page, SimulationJob
from services.notifications.in_app.contract import Notification as ServiceNotification
from services.notifications.in_app.contract import NotificationPage
from services.notifications.main import create_app as notifications_app
from services.notifications.settings import Settings as NotificationsSettings
from services.profiles.accounts.models import Account
from services.profiles.main import create_app as profiles_app
from services.profiles.settings import Settings as ProfilesSettings
from smartpick.auth import Role
from smartpick.events import OutcomeReported
from smartpick.events.models import ApplicantProfile, ApplicantType, ApplicationOutcome
from smartpick.events.notifications import NotificationCategory
from tests.unit.gateway.drift import Comparison
from tests.unit.gateway.fakes import APPLICANT, SECRET, FakeServices, codes, gateway, settings

AT = datetime(2026, 11, 25, 9, 30, 15, 250000, tzinfo=UTC)
ISO = "2026-11-25T09:30:15.250000+00:00"
NOTIFICATION = ServiceNotification(
    id="n-1", cursor="c-1", kind="recommendations.ready",
    category=NotificationCategory.RECOMMENDATIONS, title="Ready", body="Your list", read=False,
    seen=False, archived=False, snoozed_until=None, created_at=AT, subject_id=None)
ACCOUNT = Account(id=APPLICANT.account_id, email="ana@example.org", role=Role.APPLICANT)
JOB = SimulationJob(
    id="sim-1", cursor="c-1", name="national", status="succeeded", source="generated",
    generator=GenerateOptions(applicants=100, seed=7), max_proposals=None, attempts=1,
    created_at=AT, started_at=AT, finished_at=AT, expires_at=AT,
    stats={"applicants": 100, "matched": 90, "stable": True}, error=None)
REPORT = OutcomeReported(
    report_id="r-1", applicant_id=APPLICANT.account_id, season_year=2026,
    profile=ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, graduation_year=2021),
    applications=[ApplicationOutcome(program_id="P-1", invited=True)], matched=None,
    reported_at=AT, revision=2)


def service_json(model: Any) -> Any:
    """What FastAPI sends for a response model: its JSON mode."""
    if isinstance(model, list):
        return [service_json(item) for item in model]
    return model.model_dump(mode="json")


def services() -> FakeServices:
    me = APPLICANT.account_id
    return FakeServices({
        ("GET", "profiles/accounts/me"): service_json(ACCOUNT),
        ("GET", "notifications/notifications"): service_json(NotificationPage(
            items=[NOTIFICATION], total=1, unread=1, unseen=1, has_next=False,
            end_cursor="c-1")),
        ("POST", "notifications/notifications/n-1/read"): service_json(
            NOTIFICATION.model_copy(update={"read": True})),
        ("GET", f"profiles/applicants/{me}/outcomes"): service_json([REPORT]),
        ("GET", "matching/simulations/sim-1"): service_json(JOB),
        ("GET", "matching/simulations"): service_json(Page[SimulationJob].of([JOB], 0, 1)),
    })


async def test_notification_created_at_is_served_and_me_is_not_null() -> None:
    found = await gateway(services()).query(
        "{ me { email notifications { edges { node { id createdAt read kind } } } } }")
    assert "errors" not in found, found
    [edge] = found["data"]["me"]["notifications"]["edges"]
    assert edge["node"] == {"id": "n-1", "createdAt": ISO, "read": False,
                            "kind": "recommendations.ready"}


async def test_mark_notification_read_returns_its_created_at() -> None:
    found = await gateway(services()).query(
        'mutation { markNotificationRead(id: "n-1") { id read createdAt } }')
    assert found == {"data": {"markNotificationRead": {"id": "n-1", "read": True,
                                                       "createdAt": ISO}}}


async def test_outcome_report_dates_and_simulation_dates_and_status_are_typed() -> None:
    fake = gateway(services())
    reports = await fake.query("{ me { outcomeReports { id reportedAt revision "
                               "applications { programId invited } } } }")
    assert reports["data"]["me"]["outcomeReports"] == [{
        "id": "r-1", "reportedAt": ISO, "revision": 2,
        "applications": [{"programId": "P-1", "invited": True}]}]
    selection = ("id status createdAt startedAt finishedAt expiresAt generated { applicants seed }"
                 " stats { applicants matched unfilled stable }")
    one = await fake.query(f'{{ matchSimulation(id: "sim-1") {{ {selection} }} }}')
    listed = await fake.query(
        f"{{ me {{ matchSimulations {{ edges {{ node {{ {selection} }} }} }} }} }}")
    assert "errors" not in one and "errors" not in listed, (one, listed)
    simulation = one["data"]["matchSimulation"]
    assert simulation == listed["data"]["me"]["matchSimulations"]["edges"][0]["node"]
    assert simulation == {
        "id": "sim-1", "status": "SUCCEEDED", "createdAt": ISO, "startedAt": ISO,
        "finishedAt": ISO, "expiresAt": ISO, "generated": {"applicants": 100, "seed": 7},
        "stats": {"applicants": 100, "matched": 90, "unfilled": 0, "stable": True}}


async def test_an_answer_outside_the_contract_is_an_internal_error_not_a_wrong_value() -> None:
    broken = services()
    broken.routes[("GET", "profiles/accounts/me")] = {**service_json(ACCOUNT),
                                                      "email_verified": "maybe"}
    found = await gateway(broken).query("{ me { emailVerified } }")
    assert codes(found) == ["INTERNAL_SERVER_ERROR"]


# Each gateway type built from a service answer, and the routes whose answer builds it.
ANSWERS: list[tuple[Any, str]] = [
    (GatewayAccount, "profiles GET /accounts/me"),  # me's email and emailVerified
    (AuthPayload, "profiles POST /accounts"),
    (AuthPayload, "profiles POST /sessions"),
    (Profile, "profiles GET /applicants/{applicant_id}/profile"),
    (Profile, "profiles PUT /applicants/{applicant_id}/profile"),
    (MentorProfile, "profiles GET /mentors/{mentor_id}/profile"),
    (MentorProfile, "profiles PUT /mentors/{mentor_id}/profile"),
    (MentorProfile, "profiles PUT /mentors/{mentor_id}/verification"),
    (OutcomeReport, "profiles GET /applicants/{applicant_id}/outcomes"),
    (OutcomeReport, "profiles POST /applicants/{applicant_id}/outcomes"),
    (Program, "profiles GET /programs/{program_id}"),
    (ProgramConnection, "profiles GET /programs"),
    (RecommendationConnection, "matching GET /applicants/{applicant_id}/recommendations"),
    (Plan, "matching POST /applicants/{applicant_id}/plan"),
    (Plan, "matching POST /plans/try"),
    (WhatIfOutcome, "matching POST /applicants/{applicant_id}/what-if"),
    (ChanceModel, "matching GET /model"),
    (MatchSimulation, "matching GET /simulations/{job_id}"),
    (MatchSimulation, "matching POST /simulations"),
    (MatchSimulation, "matching POST /simulations/uploads"),
    (MatchSimulationConnection, "matching GET /simulations"),
    (SimulationMatchConnection, "matching GET /simulations/{job_id}/matches"),
    (UnfilledProgramConnection, "matching GET /simulations/{job_id}/unfilled"),
    (NotificationConnection, "notifications GET /notifications"),
    (Notification, "notifications POST /notifications/{notification_id}/read"),
    (Notification, "notifications POST /notifications/{notification_id}/archive"),
    (Notification, "notifications POST /notifications/{notification_id}/snooze"),
    (NotificationPreferences, "notifications GET /notification-preferences"),
    (DeliveryLedger, "notifications GET /delivery-ledger/{event_id}"),
    (NotificationPreferences, "notifications PATCH /notification-preferences"),
    (Mentorship, "matching POST /mentorships"),
    (Mentorship, "matching POST /mentorships/{mentorship_id}/response"),
    (Mentorship, "matching POST /mentorships/{mentorship_id}/withdrawal"),
    (Mentorship, "matching POST /mentorships/{mentorship_id}/cancellation"),
    (Mentorship, "matching POST /mentorships/{mentorship_id}/completion"),
    (MentorshipConnection, "matching GET /mentorships"),
    (Mentorship, "matching POST /mentorships/{mentorship_id}/problem-reports"),
    (MentorshipMessage, "matching POST /mentorships/{mentorship_id}/messages"),
    (MentorshipMessageConnection, "matching GET /mentorships/{mentorship_id}/messages"),
    (GoalTemplate, "matching GET /goal-templates"),
    (MentorshipGoal, "matching GET /mentorships/{mentorship_id}/goals"),
    (MentorshipGoal, "matching POST /mentorships/{mentorship_id}/goals"),
    (MentorshipGoal, "matching PUT /mentorships/{mentorship_id}/goals/{goal_id}/status"),
    (MentorshipCheckIn, "matching GET /mentorships/{mentorship_id}/check-ins"),
    (MentorshipCheckIn, "matching POST /mentorships/{mentorship_id}/check-ins"),
    (MentorshipFeedback, "matching POST /mentorships/{mentorship_id}/feedback"),
    (MentorSuggestionConnection, "matching GET /mentors"),
    (MentorCohortRun, "matching POST /cohort-runs"),
    (MentorCohortRun, "matching GET /cohort-runs/{run_id}"),
    (MentorCohortRun, "matching POST /cohort-runs/{run_id}/publication"),
    (MentorCohortRunConnection, "matching GET /cohort-runs"),
    (MentorCohortReport, "matching GET /cohort-runs/{run_id}/report"),
    (MentorshipProblemReportConnection, "matching GET /mentorship-reports"),
    (MentorshipConnection, "matching GET /organization-mentorships"),
    (MentorshipProblemReport, "matching POST /mentorships/{mentorship_id}/problem-resolution"),
    (EmailVerificationRequest, "profiles POST /accounts/me/email-verification"),
    (GatewayAccount, "profiles POST /accounts/me/email-verified"),
    (OrganizationInvitationCode, "profiles POST /organizations/me/invitation-codes"),
    (OrganizationInvitationCode, "profiles GET /organizations/me/invitation-codes"),
    (OrganizationInvitationCode, "profiles DELETE /organizations/me/invitation-codes/{code}"),
    (OrganizationInvitation, "profiles POST /organizations/me/invitations"),
    (OrganizationInvitation, "profiles GET /accounts/me/organization-invitations"),
    (OrganizationMemberConnection, "profiles GET /organizations/me/members"),
    (OrganizationMembership, "profiles POST /accounts/me/organization-memberships"),
    (OrganizationMembership, "profiles GET /accounts/me/organization-memberships"),
    (OrganizationMembership,
     "profiles POST /accounts/me/organization-invitations/{invitation_id}/acceptance"),
    (WebhookEndpointWithSecret, "notifications POST /webhooks/endpoints"),
    (WebhookEndpointWithSecret, "notifications POST /webhooks/endpoints/{endpoint_id}/secret"),
    (WebhookEndpoint, "notifications GET /webhooks/endpoints"),
    (WebhookEndpoint, "notifications GET /webhooks/endpoints/{endpoint_id}"),
    (WebhookEndpoint, "notifications PATCH /webhooks/endpoints/{endpoint_id}"),
    (WebhookEndpoint, "notifications PUT /webhooks/endpoints/{endpoint_id}/enabled"),
    (WebhookMessageConnection, "notifications GET /webhooks/endpoints/{endpoint_id}/messages"),
    (WebhookMessage, "notifications GET /webhooks/messages/{message_id}"),
    (WebhookAttempt, "notifications GET /webhooks/messages/{message_id}/attempts"),
    (WebhookMessagesQueued, "notifications POST /webhooks/endpoints/{endpoint_id}/test"),
    (WebhookMessagesQueued, "notifications POST /webhooks/messages/{message_id}/replay"),
    (WebhookMessagesQueued, "notifications POST /webhooks/endpoints/{endpoint_id}/recover"),
    (WebhookEventType, "notifications GET /webhooks/event-types"),
]
RENAMED = {"OutcomeReport": {"id": "report_id"}, "MatchSimulation": {"generated": "generator"},
           "ChanceModel": {"parameters_version": "params_version"},
           "NotificationConnection": {"unread_count": "unread", "unseen_count": "unseen"}}
LEFT_OUT = {
    "OutcomeReport": {"applicant_id", "profile"},  # the caller's own, served by me.profile
    "Recommendation": {"specialty", "state"},  # the program's, served by Recommendation.program
    "RecommendationConnection": {"computed_at"},
}
UNCHECKED = {
    "ChanceModel.validation": "GET /model answers the engine's figures as dict[str, float]",
    "WebhookEventType.json_schema": "a JSON Schema document, served whole as the JSON scalar",
}
NEVER_NULL = {
    "GeneratedInstance.couples": "GenerateOptions, also the request, fills it in when not given",
}
SERVED_ELSEWHERE = {
    "Query", "Mutation", "PageInfo",  # PageInfo: a page's has_next and end_cursor
    "Subscription",  # its edges are NotificationEdge, compared with the list route
    "ModelValidation",  # from the dict of UNCHECKED
    "Me",  # id and role from the token; the rest is the Account of GET /accounts/me
}


@cache
def service_apps() -> dict[str, FastAPI]:
    return {"profiles": profiles_app(ProfilesSettings(jwt_secret=SECRET)),
            "matching": matching_app(MatchingSettings(jwt_secret=SECRET)),
            "notifications": notifications_app(NotificationsSettings(jwt_secret=SECRET))}


def response_model(route: str) -> type[BaseModel]:
    """The pydantic model the route declares for one answer, or for each item of a list."""
    service, method, path = route.split()
    [declared] = [r.original_route.response_model
                  for r in iter_route_contexts(service_apps()[service].routes)
                  if isinstance(r.original_route, APIRoute) and r.path == path
                  and method in (r.methods or ())]
    if getattr(declared, "__origin__", None) is list:
        [declared] = declared.__args__
    assert isinstance(declared, type) and issubclass(declared, BaseModel), (route, declared)
    return declared


def comparison() -> Comparison:
    return Comparison(renamed=RENAMED, left_out=LEFT_OUT, unchecked=UNCHECKED,
                      never_null=NEVER_NULL)


@pytest.mark.parametrize(("kind", "route"), ANSWERS, ids=[f"{k.__name__}-{r}" for k, r in ANSWERS])
def test_a_gateway_type_has_the_fields_of_its_service_answer(kind: Any, route: str) -> None:
    check, model = comparison(), response_model(route)
    connection = kind.__name__.endswith("Connection")
    problems = check.connection_drift(kind, model) if connection else check.drift(kind, model)
    assert problems == []


def test_every_type_the_gateway_serves_is_compared_with_a_service_answer() -> None:
    check = comparison()
    for kind, route in ANSWERS:
        model = response_model(route)
        if kind.__name__.endswith("Connection"):
            check.connection_drift(kind, model)
        else:
            check.drift(kind, model)
    served = {name for name, graphql_type in build_schema(settings())._schema.type_map.items()
              if isinstance(graphql_type, GraphQLObjectType) and not name.startswith("__")}
    assert served - check.seen - SERVED_ELSEWHERE == set()
    assert check.seen & SERVED_ELSEWHERE == set()


def test_a_drifted_field_is_named() -> None:
    """The comparison itself: a renamed, a dropped and a newly nullable service field."""
    class Drifted(BaseModel):
        id: str
        email: str | None
        roles: list[str]
        created_at: datetime

    assert comparison().drift(GatewayAccount, Drifted) == [
        "Account.email: non-null here, nullable in the service",
        "Account.role: Drifted has no field role",
        "Account.email_verified: Drifted has no field email_verified",
        "Account: Drifted also has ['created_at', 'roles'], neither served nor listed as left out"]


@pytest.mark.parametrize(("model", "engine", "added", "dropped"), [
    (plan_models.Plan, EnginePlan, {"model_version"}, set()),
    (plan_models.PlannedApplication, PlannedApplication, set(), set()),
    (plan_models.CurvePoint, CurvePoint, set(), set()),
    (plan_models.WhatIfOutcome, Outcome, set(), {"plan"}),
])
def test_the_plan_routes_declare_the_engine_answers_they_send(
        model: type[BaseModel], engine: type, added: set[str], dropped: set[str]) -> None:
    """services/matching/recommendations/plans.py sends the engine's dataclasses as dicts; the
    route's model must have their fields, or FastAPI drops a new one silently (or fails on a
    removed one)."""
    engine_fields = {f.name for f in dataclasses.fields(engine)}
    assert set(model.model_fields) == engine_fields - dropped | added
