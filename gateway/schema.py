"""The GraphQL schema clients query: accounts, the applicant's profile, recommendations and plans
(gateway/plans.py), notifications, the program catalog and match simulations
(gateway/simulations.py), each resolved by one call to the service that owns it."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter
from strawberry.types import Info

from gateway import simulations
from gateway.clients import call
from gateway.context import Context
from gateway.errors import MaskUnexpectedErrors, coded, error_code
from gateway.plans import (
    ChanceModel,
    Plan,
    PlanInput,
    Recommendation,
    RecommendationConnection,
    RecommendationEdge,
    plan_body,
)
from gateway.simulations import (
    MatchSimulation,
    MatchSimulationConnection,
    RunMatchSimulationInput,
)
from gateway.types import (
    Account,
    AuthPayload,
    Factor,
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

    @strawberry.field
    async def profile(self, info: GraphInfo) -> Profile | None:
        context = info.context
        try:
            found = await call(context.http, "GET",
                               f"{context.settings.profiles_url}/applicants/{self.id}/profile",
                               context.token)
        except Exception as error:
            if error_code(error) == "NOT_FOUND":
                return None  # no profile yet
            raise
        return Profile.from_json(found)

    @strawberry.field
    async def recommendations(
        self, info: GraphInfo, first: int = 20, after: str | None = None,
        eligible: bool | None = None, specialty: str | None = None, state: str | None = None,
        tier: str | None = None,
    ) -> RecommendationConnection:
        context = info.context
        page = await call(
            context.http, "GET",
            f"{context.settings.matching_url}/applicants/{self.id}/recommendations", context.token,
            params=_page_params(first, after, eligible=eligible, specialty=specialty, state=state,
                                tier=tier))
        edges = [RecommendationEdge(cursor=item["cursor"], node=Recommendation(
            program_id=item["program_id"], eligible=item["eligible"], score=item["score"],
            p_interview=item["p_interview"], tier=item["tier"], reasons=item["reasons"],
            exclusion_reasons=item["exclusion_reasons"],
            factors=[Factor(**factor) for factor in item["factors"]]))
            for item in page["items"]]
        return RecommendationConnection(
            total_count=page["total"], edges=edges, model_version=page["model_version"],
            page_info=PageInfo(has_next_page=page["has_next"], end_cursor=page["end_cursor"]))

    @strawberry.field(description="The best application list for a budget, with its curve.")
    async def plan(self, info: GraphInfo, options: PlanInput | None = None) -> Plan:
        context = info.context
        found = await call(context.http, "POST",
                           f"{context.settings.matching_url}/applicants/{self.id}/plan",
                           context.token, json=plan_body(options))
        return Plan.from_json(found)

    @strawberry.field(description="The plan again for a changed profile, with the deltas.")
    async def what_if(self, info: GraphInfo,
                      options: PlanInput | None = None) -> list[WhatIfOutcome]:
        context = info.context
        found = await call(context.http, "POST",
                           f"{context.settings.matching_url}/applicants/{self.id}/what-if",
                           context.token, json=plan_body(options))
        return [WhatIfOutcome(**outcome) for outcome in found]

    @strawberry.field(description="The seasons this applicant reported, latest first.")
    async def outcome_reports(self, info: GraphInfo) -> list[OutcomeReport]:
        context = info.context
        found = await call(context.http, "GET",
                           f"{context.settings.profiles_url}/applicants/{self.id}/outcomes",
                           context.token)
        return [OutcomeReport.from_json(report) for report in found]

    @strawberry.field
    async def notifications(self, info: GraphInfo, first: int = 20,
                            after: str | None = None) -> NotificationConnection:
        context = info.context
        url = f"{context.settings.notifications_url}/notifications"
        page = await call(context.http, "GET", url, context.token,
                          params=_page_params(first, after))
        edges = [NotificationEdge(cursor=item.pop("cursor"), node=Notification(**item))
                 for item in page["items"]]
        return NotificationConnection(
            total_count=page["total"], unread_count=page["unread"], edges=edges,
            page_info=PageInfo(has_next_page=page["has_next"], end_cursor=page["end_cursor"]))

    @strawberry.field(description="Match simulations this organization account ran, newest first.")
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
    account = session["account"]
    return AuthPayload(token=session["token"], account=Account(
        id=account["id"], email=account["email"], role=Role(account["role"])))


@strawberry.type
class Query:
    @strawberry.field(description="Always true while the gateway answers.")
    def health(self) -> bool:
        return True

    @strawberry.field(description="The signed-in account, with its profile and lists.")
    async def me(self, info: GraphInfo) -> Me:
        context = info.context
        context.require_principal()
        account = await call(context.http, "GET", f"{context.settings.profiles_url}/accounts/me",
                             context.token)
        return Me(id=account["id"], email=account["email"], role=Role(account["role"]))

    @strawberry.field(description="The model behind every chance; no account needed.")
    async def model(self, info: GraphInfo) -> ChanceModel:
        context = info.context
        found = await call(context.http, "GET", f"{context.settings.matching_url}/model",
                           context.anonymous_token())
        return ChanceModel.from_json(found)

    @strawberry.field(description="A plan for a profile, without an account; nothing is stored.")
    async def try_plan(self, info: GraphInfo, profile: ProfileInput,
                       options: PlanInput | None = None) -> Plan:
        context = info.context
        limiter = context.try_plan_limiter
        if limiter is not None and not limiter.allow(context.client_address):
            raise coded("too many tryPlan requests from this address; wait a minute",
                        "RATE_LIMITED")
        body = {**plan_body(options), "profile": _profile_body(profile)}
        found = await call(context.http, "POST", f"{context.settings.matching_url}/plans/try",
                           context.anonymous_token(), json=body)
        return Plan.from_json(found)

    @strawberry.field
    async def programs(self, info: GraphInfo, first: int = 20, after: str | None = None,
                       specialty: str | None = None, state: str | None = None) -> ProgramConnection:
        context = info.context
        context.require_principal()
        page = await call(context.http, "GET", f"{context.settings.profiles_url}/programs",
                          context.token,
                          params=_page_params(first, after, specialty=specialty, state=state))
        edges = [ProgramEdge(cursor=encode_cursor(item["id"]), node=Program.from_json(item))
                 for item in page["items"]]
        return ProgramConnection(
            total_count=page["total"], edges=edges,
            page_info=PageInfo(has_next_page=page["has_next"], end_cursor=page["end_cursor"]))

    @strawberry.field
    async def program(self, info: GraphInfo, id: strawberry.ID) -> Program:
        context = info.context
        context.require_principal()
        found = await call(context.http, "GET", f"{context.settings.profiles_url}/programs/{id}",
                           context.token)
        return Program.from_json(found)

    @strawberry.field(description="One of your match simulations: its status, figures, result.")
    async def match_simulation(self, info: GraphInfo, id: strawberry.ID) -> MatchSimulation:
        return await simulations.simulation(info, id)


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def sign_up(self, info: GraphInfo, input: SignUpInput) -> AuthPayload:
        context = info.context
        body = {"email": input.email, "password": input.password, "role": input.role.value}
        return _auth_payload(await call(context.http, "POST",
                                        f"{context.settings.profiles_url}/accounts",
                                        client_address=context.client_address, json=body))

    @strawberry.mutation
    async def sign_in(self, info: GraphInfo, email: str, password: str) -> AuthPayload:
        context = info.context
        body = {"email": email, "password": password}
        return _auth_payload(await call(context.http, "POST",
                                        f"{context.settings.profiles_url}/sessions",
                                        client_address=context.client_address, json=body))

    @strawberry.mutation
    async def update_my_profile(self, info: GraphInfo, input: ProfileInput) -> Profile:
        context = info.context
        principal = context.require_principal()
        body = _profile_body(input)
        saved = await call(
            context.http, "PUT",
            f"{context.settings.profiles_url}/applicants/{principal.account_id}/profile",
            context.token, json=body)
        return Profile.from_json(saved)

    @strawberry.mutation(description="Report a season's invitations and match result, or update "
                                      "the season's report (its next revision).")
    async def report_outcome(self, info: GraphInfo, input: OutcomeReportInput) -> OutcomeReport:
        context = info.context
        principal = context.require_principal()
        saved = await call(
            context.http, "POST",
            f"{context.settings.profiles_url}/applicants/{principal.account_id}/outcomes",
            context.token, json=strawberry.asdict(input))
        return OutcomeReport.from_json(saved)

    @strawberry.mutation(description="Delete my report of a season: its content is erased and "
                                      "later refits no longer use it. True when done.")
    async def delete_outcome_report(self, info: GraphInfo, season_year: int) -> bool:
        context = info.context
        principal = context.require_principal()
        await call(context.http, "DELETE",
                   f"{context.settings.profiles_url}/applicants/{principal.account_id}/outcomes/"
                   f"{season_year}", context.token)
        return True

    @strawberry.mutation
    async def mark_notification_read(self, info: GraphInfo, id: strawberry.ID) -> Notification:
        context = info.context
        context.require_principal()
        found = await call(context.http, "POST",
                           f"{context.settings.notifications_url}/notifications/{id}/read",
                           context.token)
        found.pop("cursor", None)
        return Notification(**found)

    @strawberry.mutation(description="Mark all my notifications read; how many were unread.")
    async def mark_all_notifications_read(self, info: GraphInfo) -> int:
        context = info.context
        context.require_principal()
        marked = await call(context.http, "POST",
                            f"{context.settings.notifications_url}/notifications/read-all",
                            context.token)
        return int(marked["marked"])

    @strawberry.mutation(description="Queue a Main Match simulation (organization accounts).")
    async def run_match_simulation(self, info: GraphInfo,
                                   input: RunMatchSimulationInput) -> MatchSimulation:
        return await simulations.run(info, input)

    @strawberry.mutation(description="Forget a finished match simulation and its files.")
    async def delete_match_simulation(self, info: GraphInfo, id: strawberry.ID) -> strawberry.ID:
        return await simulations.delete(info, id)


schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    extensions=[  # factories: each operation gets fresh extension state
        lambda: QueryDepthLimiter(max_depth=10),
        lambda: MaxAliasesLimiter(max_alias_count=30),
        lambda: MaxTokensLimiter(max_token_count=2000),
        MaskUnexpectedErrors,
    ],
)
