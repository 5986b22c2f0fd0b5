"""Recommendations and plans in GraphQL: the engine's answers for the signed-in applicant and
for `tryPlan`, mapped from the matching service's JSON."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from gateway.context import Context
from gateway.cost import BATCHED, cost
from gateway.mapping import from_json
from gateway.types import CurvePoint, Factor, PageInfo, Program

GraphInfo = Info[Context, None]


@strawberry.type
class Recommendation:
    program_id: strawberry.Private[str]
    eligible: bool
    score: float = strawberry.field(
        description="Chance in percent that this one application ends in a match.")
    p_interview: float
    tier: str | None
    reasons: list[str] = strawberry.field(
        description="Preferred requirements missed: they lower the score, they do not exclude.")
    exclusion_reasons: list[str]
    factors: list[Factor]

    @strawberry.field(metadata=cost(BATCHED))
    async def program(self, info: GraphInfo) -> Program | None:
        found = await info.context.programs.load(self.program_id)
        return from_json(Program, found) if found else None


@strawberry.type
class RecommendationEdge:
    cursor: str
    node: Recommendation


@strawberry.type
class RecommendationConnection:
    total_count: int
    page_info: PageInfo
    edges: list[RecommendationEdge]
    model_version: int | None = strawberry.field(
        default=None, description="The model version that computed these recommendations.")


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


@strawberry.type(description="The model behind every chance: its version, the published "
                             "figures it was fitted to, and how well it predicts.")
class ChanceModel:
    version: int = strawberry.field(description="As in modelVersion of plans and "
                                                "recommendations.")
    parameters_version: str
    sources: list[str]
    notes: str
    validation: ModelValidation | None


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
