"""Response models of the plan routes: the engine's plan and what-if outcomes as the JSON that
plans.py makes of them, so the routes declare what they answer (OpenAPI) and the gateway's test
of its types compares with them."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ChanceRange(BaseModel):
    """The central 80 % interval of a chance or an expected count, from the model's
    uncertainty (engine/ranges.py)."""

    low: float
    high: float


class PlannedApplication(BaseModel):
    program_id: str
    name: str
    specialty: str
    state: str | None
    p_interview: float
    tier: str
    cost_usd: int
    signal: bool
    reasons: list[str]
    adds_p_match: float
    p_interview_range: ChanceRange


class CurvePoint(BaseModel):
    applications: int
    p_match: float
    p_match_without_signals: float
    expected_interviews: float
    cost_usd: int


class SpecialtyChance(BaseModel):
    specialty: str
    per_rank_match: float
    per_rank_match_range: ChanceRange


class Plan(BaseModel):
    applications: list[PlannedApplication]
    p_match: float
    p_match_without_signals: float
    expected_interviews: float
    cost_usd: int
    curve: list[CurvePoint]
    signals: list[str]
    interviews_distribution: list[float]
    p_match_range: ChanceRange
    expected_interviews_range: ChanceRange
    specialties: list[SpecialtyChance] = Field(
        description="The per-rank match chance of each specialty planned for, with its range.")
    warnings: list[str]
    model_version: int = Field(description="The model version (see GET /model) that planned.")


class WhatIfOutcome(BaseModel):
    """One changed profile's plan figures; the plan itself is left out."""

    scenario: str
    p_match: float
    expected_interviews: float
    eligible_programs: int
    delta_p_match: float
    delta_expected_interviews: float
    delta_eligible_programs: int
