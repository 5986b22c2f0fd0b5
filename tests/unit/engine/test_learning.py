"""Learning from reported outcomes: the published fit as prior, accepted only when not worse."""

from __future__ import annotations

import numpy as np

from engine.catalog import CatalogArrays
from engine.interview import score
from engine.learning import (
    OutcomeReport,
    ReportedApplication,
    compare,
    log_loss,
    refit,
    refit_if_better,
)
from engine.params import ModelParams, shipped_params
from tests.unit.engine.builders import catalog, profile

PARAMS = shipped_params()
ARRAYS = CatalogArrays.from_programs(catalog(200, seed=5, specialties=("Internal Medicine",)))


def harder(params: ModelParams, shift: float) -> ModelParams:
    """The 'true' world of the simulation: interviews in Internal Medicine are rarer."""
    sp = params.specialties["Internal Medicine"]
    return params.model_copy(update={"specialties": params.specialties | {
        "Internal Medicine": sp.model_copy(update={"interview_offset": shift})}})


def simulate(truth: ModelParams, n: int, seed: int) -> list[OutcomeReport]:
    rng = np.random.default_rng(seed)
    reports = []
    for _ in range(n):
        applicant = profile(step2_score=int(rng.integers(225, 265)))
        p = score(applicant, ARRAYS, truth).p_interview
        chosen = rng.choice(np.flatnonzero(p > 0), size=40, replace=False)
        invited = rng.random(40) < p[chosen]
        reports.append(OutcomeReport(applicant, [
            ReportedApplication(ARRAYS.ids[i], bool(v)) for i, v in zip(chosen, invited,
                                                                        strict=True)
        ], matched=bool(rng.random() < 0.5)))
    return reports


def test_refit_moves_towards_the_reports_and_is_versioned() -> None:
    reports = simulate(harder(PARAMS, -1.0), 60, seed=1)
    new = refit(PARAMS, reports, ARRAYS)
    assert new.version == f"{PARAMS.version}+outcomes.60"
    assert -1.3 < new.specialties["Internal Medicine"].interview_offset < -0.5
    assert new.specialties["Pediatrics"] == PARAMS.specialties["Pediatrics"]
    assert log_loss(new, reports, ARRAYS) < log_loss(PARAMS, reports, ARRAYS)


def test_the_stored_refit_predicts_the_invitations_it_was_fitted_to() -> None:
    """With a negligible prior the interview shift is a free intercept, so the predicted
    invitations add up to the reported ones; the conversion shift (which the interview logit
    also carries, through interview_slope) must not move them."""
    reports = simulate(harder(PARAMS, -1.0), 60, seed=1)
    new = refit(PARAMS, reports, ARRAYS, prior_strength=1e-6)
    assert new.specialties["Internal Medicine"].conversion_intercept != (
        PARAMS.specialties["Internal Medicine"].conversion_intercept)
    comparison = compare(new, reports, ARRAYS)
    assert abs(comparison.predicted_invitations / comparison.reported_invitations - 1) < 0.02


def test_refit_is_accepted_when_it_predicts_held_out_reports_better() -> None:
    truth = harder(PARAMS, -1.0)
    decision = refit_if_better(PARAMS, simulate(truth, 60, 2), simulate(truth, 40, 3), ARRAYS)
    assert decision.accepted and decision.params is decision.candidate
    assert decision.holdout_loss_after < decision.holdout_loss_before


def test_refit_is_rejected_when_it_predicts_held_out_reports_worse() -> None:
    decision = refit_if_better(PARAMS, simulate(harder(PARAMS, -1.5), 40, 4),
                               simulate(PARAMS, 40, 5), ARRAYS)
    assert not decision.accepted and decision.params is PARAMS


def test_few_reports_move_little_because_of_the_prior() -> None:
    new = refit(PARAMS, simulate(harder(PARAMS, -1.0), 2, seed=6), ARRAYS)
    assert abs(new.specialties["Internal Medicine"].interview_offset) < 0.5


def test_compare_reports_predicted_against_reported() -> None:
    reports = simulate(harder(PARAMS, -1.0), 30, seed=7)
    comparison = compare(PARAMS, reports, ARRAYS)
    assert comparison.reports == 30
    assert comparison.predicted_invitations > comparison.reported_invitations
    assert comparison.reported_match_rate is not None and comparison.bins


def test_refit_from_a_prior_is_compared_against_the_current_parameters() -> None:
    truth = harder(PARAMS, -1.0)
    current = refit(PARAMS, simulate(truth, 60, 8), ARRAYS)
    decision = refit_if_better(current, simulate(truth, 60, 8), simulate(truth, 40, 9), ARRAYS,
                               prior=PARAMS)
    # refitted from the published fit, not from `current`; program effects come on top
    assert decision.candidate.model_copy(update={"program_effects": {}}) == current
    assert decision.accepted and decision.holdout_loss_after <= decision.holdout_loss_before
