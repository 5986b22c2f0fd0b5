"""The GraphQL schema clients query: accounts, the applicant's profile, recommendations and plans
(gateway/plans.py), notifications, the program catalog and match simulations
(gateway/simulations.py), each resolved by one call to the service that owns it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    DisableIntrospection,
    MaxTokensLimiter,
    SchemaExtension,
)
from strawberry.types import ExecutionContext, Info

from gateway import simulations
from gateway.clients import call
from gateway.context import Context
from gateway.cost import PASSWORD, PLAN, SERVICE, WHAT_IF, Limits, QueryCostLimiter, cost
from gateway.errors import MaskUnexpectedErrors, coded, error_code, is_coded
from gateway.limits import VariableLimits
from gateway.mapping import from_json
from gateway.plans import (
    ChanceModel,
    Plan,
    PlanInput,
    Recommendation,
    RecommendationConnection,
    RecommendationEdge,
    chance_model,
    plan_body,
)
from gateway.settings import Settings
from gateway.simulations import (
    MatchSimulation,
    MatchSimulationConnection,
    RunMatchSimulationInput,
)
from gateway.types import (
    AuthPayload,
    Notification,
    NotificationConnection,
    NotificationEdge,
    OutcomeReport,
    OutcomeReportInput,
    PageInfo,
    Profile,
    Program,
    ProgramConnection,
    ProgramEdge,
    WhatIfOutcome,
)
from gateway.urls import service_url
from smartpick.auth import Role
from smartpick.models import ApplicantType, Visa
from smartpick.paging import encode_cursor

GraphInfo = Info[Context, None]


def _page_params(first: int, after: str | None, **filters: Any) -> dict[str, Any]:
    params = {"first": first, **{k: v for k, v in filters.items() if v is not None}}
    if after:
        params["after"] = after
    return params


@strawberry.type
class Me:
    id: strawberry.ID
    email: str
    role: Role

    @strawberry.field(metadata=cost(SERVICE))
    async def profile(self, info: GraphInfo) -> Profile | None:
        context = info.context
        try:
            found = await call(context.http, "GET", service_url(
                context.settings.profiles_url, "applicants", self.id, "profile"), context.token)
        except Exception as error:
            if error_code(error) == "NOT_FOUND":
                return None  # no profile yet
            raise
        return from_json(Profile, found)

    @strawberry.field(metadata=cost(SERVICE))
    async def recommendations(
        self, info: GraphInfo, first: int = 20, after: str | None = None,
        eligible: bool | None = None, specialty: str | None = None, state: str | None = None,
        tier: str | None = None,
    ) -> RecommendationConnection:
        context = info.context
        page = await call(
            context.http, "GET",
            service_url(context.settings.matching_url, "applicants", self.id, "recommendations"),
            context.token,
            params=_page_params(first, after, eligible=eligible, specialty=specialty, state=state,
                                tier=tier))
        edges = [RecommendationEdge(cursor=item["cursor"], node=from_json(Recommendation, item))
                 for item in page["items"]]
        return RecommendationConnection(
            total_count=page["total"], edges=edges, model_version=page["model_version"],
            page_info=PageInfo(has_next_page=page["has_next"], end_cursor=page["end_cursor"]))

    @strawberry.field(description="The best application list for a budget, with its curve.",
                      metadata=cost(PLAN))
    async def plan(self, info: GraphInfo, options: PlanInput | None = None) -> Plan:
        context = info.context
        found = await call(context.http, "POST",
                           service_url(context.settings.matching_url, "applicants", self.id,
                                       "plan"), context.token, json=plan_body(options))
        return from_json(Plan, found)

    @strawberry.field(description="The plan again for a changed profile, with the deltas.",
                      metadata=cost(WHAT_IF))
    async def what_if(self, info: GraphInfo,
                      options: PlanInput | None = None) -> list[WhatIfOutcome]:
        context = info.context
        found = await call(context.http, "POST",
                           service_url(context.settings.matching_url, "applicants", self.id,
                                       "what-if"), context.token, json=plan_body(options))
        return [from_json(WhatIfOutcome, outcome) for outcome in found]

    @strawberry.field(description="The seasons this applicant reported, latest first.",
                      metadata=cost(SERVICE))
    async def outcome_reports(self, info: GraphInfo) -> list[OutcomeReport]:
        context = info.context
        found = await call(context.http, "GET", service_url(
            context.settings.profiles_url, "applicants", self.id, "outcomes"), context.token)
        return [from_json(OutcomeReport, report, id="report_id") for report in found]

    @strawberry.field(metadata=cost(SERVICE))
    async def notifications(self, info: GraphInfo, first: int = 20,
                            after: str | None = None) -> NotificationConnection:
        context = info.context
        url = service_url(context.settings.notifications_url, "notifications")
        page = await call(context.http, "GET", url, context.token,
                          params=_page_params(first, after))
        edges = [NotificationEdge(cursor=item["cursor"], node=from_json(Notification, item))
                 for item in page["items"]]
        return NotificationConnection(
            total_count=page["total"], unread_count=page["unread"], edges=edges,
            page_info=PageInfo(has_next_page=page["has_next"], end_cursor=page["end_cursor"]))

    @strawberry.field(description="Match simulations this organization account ran, newest first.",
                      metadata=cost(SERVICE))
    async def match_simulations(self, info: GraphInfo, first: int = 20,
                                after: str | None = None) -> MatchSimulationConnection:
        return await simulations.simulations_of_caller(info, first, after)


@strawberry.input
class SignUpInput:
    email: str
    password: str
    role: Role = Role.APPLICANT


@strawberry.input(description="The whole profile; omitted optional fields take their defaults.")
class ProfileInput:
    applicant_type: ApplicantType
    graduation_year: int
    step1_passed: bool = True
    step2_score: int | None = None
    step3_passed: bool = False
    visa: Visa = Visa.NONE
    usce_months: int = 0
    ecfmg_certified: bool = False
    exam_attempts_failed: int = 0
    publications: int = 0
    research_experiences: int = 0
    specialties: list[str] = strawberry.field(default_factory=list)
    preferred_states: list[str] = strawberry.field(default_factory=list)


def _profile_body(profile: ProfileInput) -> dict[str, Any]:
    body = strawberry.asdict(profile)
    return {**body, "applicant_type": profile.applicant_type.value, "visa": profile.visa.value}


def _auth_payload(session: dict[str, Any]) -> AuthPayload:
    return from_json(AuthPayload, session)


async def _signed(context: Context, route: str, key: str, body: dict[str, Any]) -> AuthPayload:
    """Sign-up or sign-in at profiles, which limits them; a refusal is remembered (Refusals)."""
    if context.refusals.refused(key):
        await asyncio.sleep(context.settings.refusal_delay_seconds)
        raise coded("too many attempts; wait a minute and try again", "RATE_LIMITED")
    try:
        session = await call(context.http, "POST", service_url(context.settings.profiles_url,
                                                               route),
                             client_address=context.client_address, json=body)
    except GraphQLError as error:
        if error_code(error) == "RATE_LIMITED":
            context.refusals.remember(key)
            await asyncio.sleep(context.settings.refusal_delay_seconds)
        raise
    return _auth_payload(session)


@strawberry.type
class Query:
    @strawberry.field(description="Always true while the gateway answers.")
    def health(self) -> bool:
        return True

    @strawberry.field(description="The signed-in account, with its profile and lists.",
                      metadata=cost(SERVICE))
    async def me(self, info: GraphInfo) -> Me:
        context = info.context
        context.require_principal()
        account = await call(context.http, "GET",
                             service_url(context.settings.profiles_url, "accounts", "me"),
                             context.token)
        return from_json(Me, account)

    @strawberry.field(description="The model behind every chance; no account needed.",
                      metadata=cost(SERVICE))
    async def model(self, info: GraphInfo) -> ChanceModel:
        context = info.context
        found = await call(context.http, "GET", service_url(context.settings.matching_url, "model"),
                           context.anonymous_token())
        return chance_model(found)

    @strawberry.field(description="A plan for a profile, without an account; nothing is stored.",
                      metadata=cost(PLAN))
    async def try_plan(self, info: GraphInfo, profile: ProfileInput,
                       options: PlanInput | None = None) -> Plan:
        context = info.context
        limiter = context.try_plan_limiter
        if limiter is not None and not limiter.allow(context.client_address):
            await asyncio.sleep(context.settings.refusal_delay_seconds)
            raise coded("too many tryPlan requests from this address; wait a minute",
                        "RATE_LIMITED")
        body = {**plan_body(options), "profile": _profile_body(profile)}
        found = await call(context.http, "POST",
                           service_url(context.settings.matching_url, "plans", "try"),
                           context.anonymous_token(), json=body)
        return from_json(Plan, found)

    @strawberry.field(metadata=cost(SERVICE))
    async def programs(self, info: GraphInfo, first: int = 20, after: str | None = None,
                       specialty: str | None = None, state: str | None = None) -> ProgramConnection:
        context = info.context
        context.require_principal()
        page = await call(context.http, "GET",
                          service_url(context.settings.profiles_url, "programs"), context.token,
                          params=_page_params(first, after, specialty=specialty, state=state))
        edges = [ProgramEdge(cursor=encode_cursor(item["id"]), node=from_json(Program, item))
                 for item in page["items"]]
        return ProgramConnection(
            total_count=page["total"], edges=edges,
            page_info=PageInfo(has_next_page=page["has_next"], end_cursor=page["end_cursor"]))

    @strawberry.field(metadata=cost(SERVICE))
    async def program(self, info: GraphInfo, id: strawberry.ID) -> Program:
        context = info.context
        context.require_principal()
        found = await call(context.http, "GET",
                           service_url(context.settings.profiles_url, "programs", id),
                           context.token)
        return from_json(Program, found)

    @strawberry.field(description="One of your match simulations: its status, figures, result.",
                      metadata=cost(SERVICE))
    async def match_simulation(self, info: GraphInfo, id: strawberry.ID) -> MatchSimulation:
        return await simulations.simulation(info, id)


@strawberry.type
class Mutation:
    @strawberry.mutation(metadata=cost(PASSWORD))
    async def sign_up(self, info: GraphInfo, input: SignUpInput) -> AuthPayload:
        context = info.context
        body = {"email": input.email, "password": input.password, "role": input.role.value}
        return await _signed(context, "accounts", f"sign-up|{context.client_address}", body)

    @strawberry.mutation(metadata=cost(PASSWORD))
    async def sign_in(self, info: GraphInfo, email: str, password: str) -> AuthPayload:
        context = info.context
        body = {"email": email, "password": password}
        key = f"sign-in|{context.client_address}|{email.lower()}"
        return await _signed(context, "sessions", key, body)

    @strawberry.mutation(metadata=cost(SERVICE))
    async def update_my_profile(self, info: GraphInfo, input: ProfileInput) -> Profile:
        context = info.context
        principal = context.require_principal()
        body = _profile_body(input)
        saved = await call(
            context.http, "PUT", service_url(context.settings.profiles_url, "applicants",
                                             principal.account_id, "profile"),
            context.token, json=body)
        return from_json(Profile, saved)

    @strawberry.mutation(description="Report a season's invitations and match result, or update "
                                      "the season's report (its next revision).",
                         metadata=cost(SERVICE))
    async def report_outcome(self, info: GraphInfo, input: OutcomeReportInput) -> OutcomeReport:
        context = info.context
        principal = context.require_principal()
        saved = await call(
            context.http, "POST", service_url(context.settings.profiles_url, "applicants",
                                              principal.account_id, "outcomes"),
            context.token, json=strawberry.asdict(input))
        return from_json(OutcomeReport, saved, id="report_id")

    @strawberry.mutation(description="Delete my report of a season: its content is erased and "
                                      "later refits no longer use it. True when done.",
                         metadata=cost(SERVICE))
    async def delete_outcome_report(self, info: GraphInfo, season_year: int) -> bool:
        context = info.context
        principal = context.require_principal()
        await call(context.http, "DELETE",
                   service_url(context.settings.profiles_url, "applicants",
                               principal.account_id, "outcomes", season_year), context.token)
        return True

    @strawberry.mutation(metadata=cost(SERVICE))
    async def mark_notification_read(self, info: GraphInfo, id: strawberry.ID) -> Notification:
        context = info.context
        context.require_principal()
        found = await call(context.http, "POST",
                           service_url(context.settings.notifications_url, "notifications", id,
                                       "read"), context.token)
        return from_json(Notification, found)

    @strawberry.mutation(description="Mark all my notifications read; how many were unread.",
                         metadata=cost(SERVICE))
    async def mark_all_notifications_read(self, info: GraphInfo) -> int:
        context = info.context
        context.require_principal()
        marked = await call(context.http, "POST",
                            service_url(context.settings.notifications_url, "notifications",
                                        "read-all"), context.token)
        return int(marked["marked"])

    @strawberry.mutation(description="Queue a Main Match simulation (organization accounts).",
                         metadata=cost(SERVICE))
    async def run_match_simulation(self, info: GraphInfo,
                                   input: RunMatchSimulationInput) -> MatchSimulation:
        return await simulations.run(info, input)

    @strawberry.mutation(description="Forget a finished match simulation and its files.",
                         metadata=cost(SERVICE))
    async def delete_match_simulation(self, info: GraphInfo, id: strawberry.ID) -> strawberry.ID:
        return await simulations.delete(info, id)


class GatewaySchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError],
                       execution_context: ExecutionContext | None = None) -> None:
        """Logs only what we did not raise on purpose: a coded error is an answer to a client,
        and logging each with its traceback would let a flood of bad queries fill the logs."""
        super().process_errors([e for e in errors if not is_coded(e)], execution_context)


def build_schema(settings: Settings) -> strawberry.Schema:
    """The schema with the limits of ``settings``, and introspection only where the schema is
    discoverable; each operation gets fresh extensions (they keep per-operation state)."""
    extensions: list[Callable[[], SchemaExtension]] = [
        partial(VariableLimits, settings.max_list_items, settings.max_string_chars),
        partial(MaxTokensLimiter, max_token_count=2000),
        partial(QueryCostLimiter, Limits(cost=settings.max_query_cost,
                                         depth=settings.max_query_depth,
                                         aliases=settings.max_query_aliases)),
        *([] if settings.schema_discoverable else [DisableIntrospection]),
        MaskUnexpectedErrors,
    ]
    return GatewaySchema(query=Query, mutation=Mutation, extensions=extensions)
