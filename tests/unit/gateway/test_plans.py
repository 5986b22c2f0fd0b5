"""Plans (gateway/plans.py): the options sent as given, what-ifs, and the model's figures under
the schema's names, for anyone."""

from __future__ import annotations

import json
from typing import Any

from tests.unit.gateway.fakes import APPLICANT, FakeServices, gateway

ME = {"id": APPLICANT.account_id, "email": "ana@example.org", "role": "APPLICANT"}
PLAN = {"applications": [], "p_match": 0.0, "p_match_without_signals": 0.0,
        "expected_interviews": 0.0, "cost_usd": 0, "curve": [], "signals": [],
        "interviews_distribution": [1.0], "p_match_range": {"low": 0.0, "high": 0.0},
        "expected_interviews_range": {"low": 0.0, "high": 0.0}, "specialties": [],
        "warnings": ["no specialty"],
        "model_version": 2}
OUTCOME = {"scenario": "Step 2 CK +10", "p_match": 0.5, "expected_interviews": 4.0,
           "eligible_programs": 12, "delta_p_match": 0.1, "delta_expected_interviews": 1.0,
           "delta_eligible_programs": 2}
MODEL = {"version": 2, "params_version": "2026.1", "sources": ["NRMP"], "notes": "",
         "validation": {"leave_specialties_out_mae_pp": 3.5,
                        "leave_specialties_out_weighted_mae_pp": 2.5,
                        "sampling_noise_floor_pp": 1.0, "held_out_specialties": 20},
         "feature_model_error": 0.34,
         "specialties": [{"specialty": "Pediatrics", "fitted_from": "outcomes",
                          "intercept_sd": 0.03}]}


def services(model: dict[str, Any] = MODEL) -> FakeServices:
    me = APPLICANT.account_id
    return FakeServices({("GET", "profiles/accounts/me"): ME,
                         ("POST", f"matching/applicants/{me}/plan"): PLAN,
                         ("POST", f"matching/applicants/{me}/what-if"): [OUTCOME],
                         ("GET", "matching/model"): model})


async def test_the_plan_and_what_if_send_the_options_as_given() -> None:
    fake = gateway(services())
    found = await fake.query(
        '{ me { plan(options: {budgetUsd: 2000, signals: [{specialty: "Pediatrics", count: 3}]})'
        " { warnings modelVersion } whatIf { scenario deltaEligiblePrograms } } }")
    assert found == {"data": {"me": {
        "plan": {"warnings": ["no specialty"], "modelVersion": 2},
        "whatIf": [{"scenario": "Step 2 CK +10", "deltaEligiblePrograms": 2}]}}}
    plan, what_if = (json.loads(r.content) for r in fake.services.requests)
    assert plan == {"applications": None, "budget_usd": 2000, "specialties": [],
                    "must_include": [], "avoid_states": [], "max_per_state": None,
                    "signals": [{"specialty": "Pediatrics", "count": 3}]}
    assert what_if == {}


async def test_the_model_is_served_under_the_schema_names_to_anyone() -> None:
    selection = ("{ model { version parametersVersion validation { meanAbsoluteErrorPp "
                 "applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties } } }")
    found = await gateway(services()).query(selection, principal=None)
    assert found == {"data": {"model": {"version": 2, "parametersVersion": "2026.1", "validation": {
        "meanAbsoluteErrorPp": 3.5, "applicantWeightedErrorPp": 2.5, "samplingNoiseFloorPp": 1.0,
        "heldOutSpecialties": 20}}}}
    unvalidated = await gateway(services({**MODEL, "validation": {}})).query(selection)
    assert unvalidated["data"]["model"]["validation"] is None


async def test_the_model_page_shows_each_specialtys_spread() -> None:
    selection = "{ model { featureModelError specialties { specialty fittedFrom interceptSd } } }"
    found = await gateway(services()).query(selection, principal=None)
    assert found == {"data": {"model": {"featureModelError": 0.34, "specialties": [
        {"specialty": "Pediatrics", "fittedFrom": "outcomes", "interceptSd": 0.03}]}}}
