"""Mentor profiles in GraphQL, kept by the profiles service: the mentor's own, and their
verification by the organization the profile names."""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.accounts import Account
from gateway.clients import call, call_or_none
from gateway.common import GraphInfo, PageInfo, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url
from smartpick.auth import Role
from smartpick.events.mentoring import MentorPosition, MentorTopic, VisaPath


@strawberry.type(description="A mentor as mentees see them.")
class MentorProfile:
    position: MentorPosition
    specialty: str
    institution: str
    state: str | None
    was_img: bool = strawberry.field(description="Whether they were an international medical "
                                                 "graduate themselves.")
    training_country: str | None = strawberry.field(
        description="Where they trained in medicine: ISO 3166-1 alpha-2, upper case.")
    visa_paths: list[VisaPath]
    languages: list[str] = strawberry.field(description="ISO 639-1 codes, lower case.")
    time_zone: str | None = strawberry.field(description="An IANA time zone name.")
    topics: list[MentorTopic]
    capacity: int = strawberry.field(description="The most mentees they mentor at once.")
    accepting_mentees: bool
    bio: str
    program_id: strawberry.ID | None = strawberry.field(
        description="The catalog program they work at.")
    organization_id: strawberry.ID | None = strawberry.field(
        description="The organization account they belong to; its admins may verify them.")
    verified: bool = strawberry.field(description="Confirmed by an admin of their organization; "
                                                  "naming another organization clears it.")
    updated_at: datetime = strawberry.field(
        description="The latest change: the profile saved or its verification decided.")


@strawberry.input(description="The whole mentor profile; omitted optional fields take their "
                              "defaults. Languages are ISO 639-1 codes, the country ISO 3166-1 "
                              "alpha-2, the time zone IANA's, the state a USPS code.")
class MentorProfileInput:
    position: MentorPosition
    specialty: str
    institution: str
    languages: list[str]
    topics: list[MentorTopic]
    capacity: int
    state: str | None = None
    was_img: bool = False
    training_country: str | None = None
    visa_paths: list[VisaPath] = strawberry.field(default_factory=list)
    time_zone: str | None = None
    accepting_mentees: bool = True
    bio: str = ""
    program_id: strawberry.ID | None = None
    organization_id: strawberry.ID | None = None


@strawberry.field(description="The mentor profile of this account; null for anyone who has "
                              "none (every account that is not a MENTOR).",
                  metadata=cost(SERVICE))
async def my_mentor_profile(root: Account, info: GraphInfo) -> MentorProfile | None:
    if root.role is not Role.MENTOR:
        return None
    context = info.context
    found = await call_or_none(context.http, "GET", service_url(
        context.settings.profiles_url, "mentors", root.id, "profile"), context.token)
    return None if found is None else from_json(MentorProfile, found)


@strawberry.mutation(description="Create or replace my mentor profile (MENTOR accounts only).",
                     metadata=cost(SERVICE))
async def update_my_mentor_profile(info: GraphInfo, input: MentorProfileInput) -> MentorProfile:
    context = info.context
    principal = context.require_principal()
    saved = await call(
        context.http, "PUT", service_url(context.settings.profiles_url, "mentors",
                                         principal.account_id, "profile"),
        context.token, json=strawberry.asdict(input))
    return from_json(MentorProfile, saved)


@strawberry.mutation(description="Verify a mentor whose profile names my organization, or take "
                                  "the verification back (ORG_ADMIN accounts only).",
                     metadata=cost(SERVICE))
async def verify_mentor(info: GraphInfo, mentor_id: strawberry.ID,
                        verified: bool) -> MentorProfile:
    context = info.context
    context.require_principal()
    saved = await call(
        context.http, "PUT", service_url(context.settings.profiles_url, "mentors", mentor_id,
                                         "verification"),
        context.token, json={"verified": verified})
    return from_json(MentorProfile, saved)


@strawberry.type(description="A mentor of the directory.")
class Mentor:
    id: strawberry.ID
    profile: MentorProfile


@strawberry.type(description="A mentor found for me: how well they suit me, and why.")
class MentorSuggestion:
    mentor: Mentor
    score: float = strawberry.field(description="Compatibility with me, 0 to 100 (how it is "
                                                "computed: docs/mentorship.md).")
    reasons: list[str] = strawberry.field(description="What counted, strongest first.")
    free_capacity: int = strawberry.field(description="Mentees they can still take; 0 while "
                                                      "not accepting.")
    active_mentees: int
    response_rate: float | None = strawberry.field(
        description="Share of requests answered among those answered or expired; null until "
                    "one ended.")
    median_response_hours: float | None


@strawberry.type
class MentorSuggestionEdge:
    cursor: str
    node: MentorSuggestion


@strawberry.type
class MentorSuggestionConnection:
    total_count: int
    page_info: PageInfo
    edges: list[MentorSuggestionEdge]


@strawberry.field(description="Mentors for me, best compatibility first, narrowed by any of "
                              "the filters (language: ISO 639-1; state: USPS code).",
                  metadata=cost(SERVICE))
async def find_mentors(info: GraphInfo, specialty: str | None = None,
                  topic: MentorTopic | None = None, language: str | None = None,
                  state: str | None = None, img_background: bool | None = None,
                  program_id: strawberry.ID | None = None, only_available: bool = False,
                  first: int = 20, after: str | None = None) -> MentorSuggestionConnection:
    context = info.context
    context.require_principal()
    page = await call(context.http, "GET", service_url(context.settings.matching_url, "mentors"),
                      context.token, params=page_params(
                          first, after, specialty=specialty,
                          topic=None if topic is None else topic.value, language=language,
                          state=state, img_background=img_background, program_id=program_id,
                          only_available=only_available))
    edges = [MentorSuggestionEdge(cursor=item["cursor"], node=from_json(MentorSuggestion, item))
             for item in page["items"]]
    return MentorSuggestionConnection(total_count=page["total"], page_info=page_info(page),
                                      edges=edges)
