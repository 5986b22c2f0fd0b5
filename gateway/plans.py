"""Plans in GraphQL: the engine's application lists for the signed-in applicant and for
`tryPlan`, what-ifs, and the model behind every chance, from the matching service."""

from __future__ import annotations

import asyncio
from typing import Any

import strawberry

from gateway.accounts import Account
from gateway.clients import call
from gateway.common import ChanceRange, GraphInfo
from gateway.cost import PLAN, SERVICE, WHAT_IF, cost
from gateway.errors import coded
from gateway.mapping import from_json
from gateway.profiles import ProfileInput, profile_body
from gateway.urls import service_url


@strawberry.type(description="The best list of `applications` programs, with the signals it "
                             "would get, as a plan chooses them.")
class CurvePoint:
    applications: int
    p_match: float
    p_match_without_signals: float
    expected_interviews: float
    cost_usd: int


@strawberry.type
class PlannedApplication:
    program_id: strawberry.ID
    name: str
    specialty: str
    state: str | None
    p_interview: float
    tier: str
    cost_usd: int
    signal: bool = strawberry.field(description="Send this program a preference signal.")
    reasons: list[str]
    adds_p_match: float = strawberry.field(
        description="The plan's P(match) minus its P(match) without this program; the list is "
                    "ordered by it.")
    p_interview_range: ChanceRange


@strawberry.type(description="One planned specialty's chance that any one program you rank "
                             "in it matches you, with its 80 % range.")
class SpecialtyChance:
    specialty: str
    per_rank_match: float
    per_rank_match_range: ChanceRange


@strawberry.type(description="The application list that maximizes the chance of matching.")
class Plan:
    applications: list[PlannedApplication]
    p_match: float
    p_match_without_signals: float
    expected_interviews: float
    cost_usd: int
    curve: list[CurvePoint] = strawberry.field(
        description="P(match) and expected interviews at 10, 20, ... applications, with "
                    "signals (and P(match) without).")
    signals: list[str]
    interviews_distribution: list[float]
    p_match_range: ChanceRange
    expected_interviews_range: ChanceRange
    specialties: list[SpecialtyChance] = strawberry.field(
        description="The per-rank match chance of each specialty planned for: the range is "
                    "wider where a specialty's published outcomes are few or absent.")
    warnings: list[str]
    model_version: int = strawberry.field(description="The model version that made this plan.")


@strawberry.input(description="The preference signals you have in one specialty.")
class SignalCountInput:
    specialty: str
    count: int


@strawberry.input
class PlanInput:
    applications: int | None = None
    budget_usd: int | None = None
    specialties: list[str] = strawberry.field(default_factory=list)
    must_include: list[str] = strawberry.field(default_factory=list)
    avoid_states: list[str] = strawberry.field(default_factory=list)
    max_per_state: int | None = None
    signals: list[SignalCountInput] = strawberry.field(
        default_factory=list,
        description="Signals you have per specialty; specialties not listed get the ERAS counts.")


def plan_body(options: PlanInput | None) -> dict[str, Any]:
    return strawberry.asdict(options) if options else {}


@strawberry.type
class WhatIfOutcome:
    scenario: str
    p_match: float
    expected_interviews: float
    eligible_programs: int
    delta_p_match: float
    delta_expected_interviews: float
    delta_eligible_programs: int


@strawberry.type(description="Leave-specialties-out validation of the published fit "
                             "(docs/model.md): each specialty with outcomes held out in turn "
                             "and predicted from its features alone.")
class ModelValidation:
    mean_absolute_error_pp: float = strawberry.field(
        description="Predicted against published non-US IMG match rate, percentage points.")
    applicant_weighted_error_pp: float
    sampling_noise_floor_pp: float = strawberry.field(
        description="What a model knowing every true rate would score against the published "
                    "rates, from their sampling noise.")
    held_out_specialties: int


@strawberry.type(description="How uncertain one specialty's chances are (docs/model.md, "
                             "\"80 % ranges\").")
class SpecialtySpread:
    specialty: str
    fitted_from: str = strawberry.field(
        description="\"outcomes\" when its published outcomes pinned it, \"features\" when "
                    "predicted from its features alone.")
    intercept_sd: float = strawberry.field(
        description="Standard deviation of its conversion intercept (logit scale); its ranges "
                    "are the chances at -/+ 1.28 of these.")


@strawberry.type(description="The model behind every chance: its version, the published "
                             "figures it was fitted to, and how well it predicts.")
class ChanceModel:
    version: int = strawberry.field(description="As in modelVersion of plans and "
                                                "recommendations.")
    parameters_version: str
    sources: list[str]
    notes: str
    validation: ModelValidation | None
    feature_model_error: float = strawberry.field(
        description="How far the feature model misses an unseen specialty's match rate beyond "
                    "sampling noise, logit scale (tau): the spread of specialties predicted "
                    "from features alone.")
    specialties: list[SpecialtySpread]


def chance_model(data: dict[str, Any]) -> ChanceModel:
    """The matching service's GET /model, whose names are the engine's own."""
    figures = data["validation"]
    validation = {
        "mean_absolute_error_pp": figures["leave_specialties_out_mae_pp"],
        "applicant_weighted_error_pp": figures["leave_specialties_out_weighted_mae_pp"],
        "sampling_noise_floor_pp": figures["sampling_noise_floor_pp"],
        "held_out_specialties": figures["held_out_specialties"],
    } if figures else None
    return from_json(ChanceModel, {**data, "validation": validation},
                     parameters_version="params_version")


@strawberry.field(description="The best application list for a budget, with its curve.",
                  metadata=cost(PLAN))
async def my_plan(root: Account, info: GraphInfo, options: PlanInput | None = None) -> Plan:
    context = info.context
    found = await call(context.http, "POST",
                       service_url(context.settings.matching_url, "applicants", root.id, "plan"),
                       context.token, json=plan_body(options))
    return from_json(Plan, found)


@strawberry.field(description="The plan again for a changed profile, with the deltas.",
                  metadata=cost(WHAT_IF))
async def my_what_if(root: Account, info: GraphInfo,
                     options: PlanInput | None = None) -> list[WhatIfOutcome]:
    context = info.context
    found = await call(context.http, "POST",
                       service_url(context.settings.matching_url, "applicants", root.id,
                                   "what-if"), context.token, json=plan_body(options))
    return [from_json(WhatIfOutcome, outcome) for outcome in found]


@strawberry.field(description="The model behind every chance; no account needed.",
                  metadata=cost(SERVICE))
async def model(info: GraphInfo) -> ChanceModel:
    context = info.context
    found = await call(context.http, "GET", service_url(context.settings.matching_url, "model"),
                       context.anonymous_token())
    return chance_model(found)


@strawberry.field(description="A plan for a profile, without an account; nothing is stored.",
                  metadata=cost(PLAN))
async def try_plan(info: GraphInfo, profile: ProfileInput,
                   options: PlanInput | None = None) -> Plan:
    context = info.context
    limiter = context.try_plan_limiter
    if limiter is not None and not limiter.allow(context.client_address):
        await asyncio.sleep(context.settings.refusal_delay_seconds)
        raise coded("too many tryPlan requests from this address; wait a minute", "RATE_LIMITED")
    body = {**plan_body(options), "profile": profile_body(profile)}
    found = await call(context.http, "POST",
                       service_url(context.settings.matching_url, "plans", "try"),
                       context.anonymous_token(), json=body)
    return from_json(Plan, found)
