"""The applicant's profile and reported outcomes in GraphQL, kept by the profiles service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from gateway.accounts import Account
from gateway.clients import call, call_or_none
from gateway.common import GraphInfo
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url
from smartpick.events.mentoring import MentorTopic
from smartpick.events.models import ApplicantType, Visa


@strawberry.type(description="What an applicant looks for in a mentor.")
class MenteePreferences:
    goals: list[MentorTopic] = strawberry.field(description="What they want help with.")
    languages: list[str] = strawberry.field(description="ISO 639-1 codes, lower case.")
    time_zone: str | None = strawberry.field(description="An IANA time zone name.")
    prefers_img_mentor: bool
    training_country: str | None = strawberry.field(
        description="Where they trained in medicine: ISO 3166-1 alpha-2, upper case.")


@strawberry.input(description="What an applicant looks for in a mentor; languages are ISO 639-1 "
                              "codes, the country ISO 3166-1 alpha-2, the time zone IANA's.")
class MenteePreferencesInput:
    goals: list[MentorTopic] = strawberry.field(default_factory=list)
    languages: list[str] = strawberry.field(default_factory=list)
    time_zone: str | None = None
    prefers_img_mentor: bool = False
    training_country: str | None = None


@strawberry.type
class Profile:
    applicant_type: ApplicantType
    step1_passed: bool
    step2_score: int | None
    step3_passed: bool
    graduation_year: int
    visa: Visa
    usce_months: int
    ecfmg_certified: bool
    exam_attempts_failed: int
    publications: int
    research_experiences: int
    specialties: list[str]
    preferred_states: list[str]
    mentee: MenteePreferences | None = strawberry.field(
        default=None, description="What they look for in a mentor; null: not looking.")
    updated_at: datetime | None = strawberry.field(
        default=None, description="When this profile was saved; recommendations with the same "
                                  "`profileUpdatedAt` (or later) reflect it.")


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
    mentee: MenteePreferencesInput | None = None


def profile_body(profile: ProfileInput) -> dict[str, Any]:
    body = strawberry.asdict(profile)
    return {**body, "applicant_type": profile.applicant_type.value, "visa": profile.visa.value}


@strawberry.type
class ReportedApplication:
    program_id: strawberry.ID
    invited: bool


@strawberry.type(description="A season's invitations and match result, as the applicant reported "
                             "them; the model learns from these reports.")
class OutcomeReport:
    id: strawberry.ID
    season_year: int
    applications: list[ReportedApplication]
    matched: bool | None
    matched_program_id: strawberry.ID | None
    reported_at: datetime = strawberry.field(description="When this revision was reported.")
    revision: int = strawberry.field(
        description="1 for the season's first report, one more for each update of it.")


@strawberry.input
class ReportedApplicationInput:
    program_id: strawberry.ID
    invited: bool


@strawberry.input(description="One season: every program applied to, whether it invited you, "
                              "and the match result if known. Reporting a season again replaces "
                              "its report (for example to add the match result on Match Day).")
class OutcomeReportInput:
    season_year: int
    applications: list[ReportedApplicationInput]
    matched: bool | None = None
    matched_program_id: strawberry.ID | None = None


@strawberry.field(metadata=cost(SERVICE))
async def my_profile(root: Account, info: GraphInfo) -> Profile | None:
    context = info.context
    found = await call_or_none(context.http, "GET", service_url(
        context.settings.profiles_url, "applicants", root.id, "profile"), context.token)
    return None if found is None else from_json(Profile, found)


@strawberry.field(description="The seasons this applicant reported, latest first.",
                  metadata=cost(SERVICE))
async def my_outcome_reports(root: Account, info: GraphInfo) -> list[OutcomeReport]:
    context = info.context
    found = await call(context.http, "GET", service_url(
        context.settings.profiles_url, "applicants", root.id, "outcomes"), context.token)
    return [from_json(OutcomeReport, report, id="report_id") for report in found]


@strawberry.mutation(metadata=cost(SERVICE))
async def update_my_profile(info: GraphInfo, input: ProfileInput) -> Profile:
    context = info.context
    principal = context.require_principal()
    saved = await call(
        context.http, "PUT", service_url(context.settings.profiles_url, "applicants",
                                         principal.account_id, "profile"),
        context.token, json=profile_body(input))
    return from_json(Profile, saved)


@strawberry.mutation(description="Report a season's invitations and match result, or update "
                                  "the season's report (its next revision).",
                     metadata=cost(SERVICE))
async def report_outcome(info: GraphInfo, input: OutcomeReportInput) -> OutcomeReport:
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
async def delete_outcome_report(info: GraphInfo, season_year: int) -> bool:
    context = info.context
    principal = context.require_principal()
    await call(context.http, "DELETE",
               service_url(context.settings.profiles_url, "applicants",
                           principal.account_id, "outcomes", season_year), context.token)
    return True
