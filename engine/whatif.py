"""What-if: the plan recomputed for a changed profile, with what each change would buy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.catalog import SPECIALTY_INDEX, CatalogArrays
from engine.eligibility import check
from engine.optimizer import Plan, Request, plan
from engine.params import ModelParams, shipped_params
from smartpick.events.models import ApplicantProfile, Visa

Change = Callable[[ApplicantProfile], ApplicantProfile]

SCENARIOS: dict[str, Change] = {
    "Step 2 CK +10": lambda p: p.model_copy(
        update={"step2_score": min(300, (p.step2_score or 220) + 10)}
    ),
    "+6 months USCE": lambda p: p.model_copy(update={"usce_months": p.usce_months + 6}),
    "no visa needed": lambda p: p.model_copy(update={"visa": Visa.NONE}),
    "one more publication": lambda p: p.model_copy(update={"publications": p.publications + 1}),
}
"""A missing Step 2 CK is taken as 220 before adding 10: a first attempt at a passing score."""


@dataclass(frozen=True)
class Outcome:
    scenario: str
    p_match: float
    expected_interviews: float
    eligible_programs: int
    """Eligible programs in the plan's specialties."""
    delta_p_match: float
    delta_expected_interviews: float
    delta_eligible_programs: int
    plan: Plan


def what_if(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    request: Request,
    params: ModelParams | None = None,
    scenarios: dict[str, Change] | None = None,
) -> list[Outcome]:
    """The baseline first, then one outcome per scenario, each with its deltas to the baseline."""
    params = params or shipped_params()
    names = list(request.specialties) or list(profile.specialties)
    wanted = np.isin(arrays.specialty, [SPECIALTY_INDEX[s] for s in names])
    unchanged: dict[str, Change] = {"as is": lambda p: p}
    chosen = unchanged | (SCENARIOS if scenarios is None else scenarios)
    outcomes: list[Outcome] = []
    for name, change in chosen.items():
        changed = change(profile)
        result = plan(changed, arrays, request, params)
        excluded = check(changed, arrays, request.season_year).excluded
        eligible = int((~excluded & wanted).sum())
        base = outcomes[0] if outcomes else None
        outcomes.append(Outcome(
            scenario=name,
            p_match=result.p_match,
            expected_interviews=result.expected_interviews,
            eligible_programs=eligible,
            delta_p_match=result.p_match - (base.p_match if base else result.p_match),
            delta_expected_interviews=result.expected_interviews
            - (base.expected_interviews if base else result.expected_interviews),
            delta_eligible_programs=eligible - (base.eligible_programs if base else eligible),
            plan=result,
        ))
    return outcomes
