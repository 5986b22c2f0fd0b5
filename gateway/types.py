"""GraphQL object types of the gateway; gateway/mapping.py builds them from the services' JSON."""

from __future__ import annotations

from datetime import datetime

import strawberry

from smartpick.auth import Role
from smartpick.models import ApplicantType, Strictness, Visa

# The platform's own enums become GraphQL enums under their own names (registration only).
for _enum in (Role, ApplicantType, Visa, Strictness):
    strawberry.enum(_enum)


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Account:
    id: strawberry.ID
    email: str
    role: Role


@strawberry.type
class AuthPayload:
    token: str = strawberry.field(description="Bearer token for the Authorization header.")
    account: Account


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


@strawberry.type
class IntRequirement:
    value: int
    strictness: Strictness


@strawberry.type
class BoolRequirement:
    value: bool
    strictness: Strictness


@strawberry.type(description="A residency program; null fields are unknown, never guessed.")
class Program:
    id: strawberry.ID
    name: str
    institution: str | None
    specialty: str
    city: str | None
    state: str | None
    positions: int | None
    img_share: float | None
    sponsors_j1: bool | None
    sponsors_h1b: bool | None
    min_step2_score: IntRequirement | None
    max_years_since_graduation: IntRequirement | None
    min_usce_months: IntRequirement | None
    accepts_failed_attempts: BoolRequirement | None
    ecfmg_by_rank_deadline: BoolRequirement | None


@strawberry.type
class ProgramEdge:
    cursor: str
    node: Program


@strawberry.type
class ProgramConnection:
    total_count: int
    page_info: PageInfo
    edges: list[ProgramEdge]


@strawberry.type
class Factor:
    name: str
    points: float = strawberry.field(description="Percentage points added to the chance.")
    text: str


@strawberry.type
class Notification:
    id: strawberry.ID
    kind: str
    title: str
    body: str
    read: bool
    created_at: datetime
    subject_id: strawberry.ID | None = strawberry.field(
        default=None, description="What it is about, e.g. the id of a match simulation.")


@strawberry.type
class NotificationEdge:
    cursor: str
    node: Notification


@strawberry.type
class NotificationConnection:
    total_count: int
    unread_count: int
    page_info: PageInfo
    edges: list[NotificationEdge]


@strawberry.type(description="The best list of `applications` programs, with the signals it "
                             "would get, as a plan chooses them.")
class CurvePoint:
    applications: int
    p_match: float
    p_match_without_signals: float
    expected_interviews: float
    cost_usd: int


@strawberry.type
class WhatIfOutcome:
    scenario: str
    p_match: float
    expected_interviews: float
    eligible_programs: int
    delta_p_match: float
    delta_expected_interviews: float
    delta_eligible_programs: int


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
