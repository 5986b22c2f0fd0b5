"""Calibration: the shipped parameters, the refit command and leave-specialties-out validation."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache

from engine.calibration import fit, population_rate
from engine.params import SHIPPED_PARAMS, shipped_params
from engine.statsfiles import (
    SpecialtyFeatures,
    SpecialtyOutcomes,
    read_features,
    read_outcomes,
)
from engine.validation import HeldOut, Validation, leave_specialties_out
from smartpick.events.specialties import SPECIALTIES
from tests.shared_data import FEATURES_2026, OUTCOMES_2026, needs_statistics


@cache
def published() -> tuple[dict[str, SpecialtyOutcomes], dict[str, SpecialtyFeatures]]:
    """The 2026 outcomes and features, read once when a test needs them."""
    return read_outcomes(OUTCOMES_2026), read_features(FEATURES_2026)


def test_shipped_params_cover_all_specialties_and_cite_sources() -> None:
    params = shipped_params()
    assert set(params.specialties) == set(SPECIALTIES)
    assert any("Charting Outcomes" in s for s in params.sources)
    assert any("Results and Data: 2026" in s for s in params.sources)
    assert params.strength.step2_per_10_points > 0


@needs_statistics
def test_shipped_file_holds_no_published_table_rows() -> None:
    text = SHIPPED_PARAMS.read_text()
    for column in ("nonus_img_applicants", "match_rate", "positions_2026", "_q1", "_q3"):
        assert column not in text
    numbers = json.dumps(json.loads(text))
    for outcome in published()[0].values():
        assert f": {outcome.applicants}," not in numbers


@needs_statistics
def test_fit_reproduces_large_specialties_rates() -> None:
    outcomes, features = published()
    params = fit(outcomes, features, "test").params
    for name in ("Internal Medicine", "Pediatrics", "Surgery-General"):
        s = params.specialties[name]
        rate = population_rate(s.conversion_intercept, params.interview_intercept,
                               params.interview_slope, s.typical_applications,
                               params.population_sd, params.interview_sd)
        assert abs(rate - outcomes[name].match_rate) < 0.01


@needs_statistics
def test_held_out_specialties_are_predicted_from_features_alone() -> None:
    """Three held out here to stay fast; `smartpick model calibrate` holds out all 16."""
    held = ["Internal Medicine", "Pediatrics", "Radiation Oncology"]
    validation = leave_specialties_out(*published(), only=held)
    assert [h.specialty for h in validation.held_out] == held
    for h in validation.held_out:
        assert abs(h.predicted - h.published) < 0.08
        assert abs(h.in_sample - h.published) < 0.01


@needs_statistics
def test_a_held_out_specialty_s_own_outcomes_never_enter_its_prediction() -> None:
    """No leakage: the feature-only prediction is the same whatever the held-out row says."""
    outcomes, features = published()
    name = "Internal Medicine"
    changed = dict(outcomes)
    changed[name] = replace(outcomes[name], matched=2_500, match_rate=2_500 / 6_992)
    full = shipped_params()  # only for the in-sample column, which this test does not read
    before = leave_specialties_out(outcomes, features, only=[name], full=full).held_out[0]
    after = leave_specialties_out(changed, features, only=[name], full=full).held_out[0]
    assert after.published != before.published
    assert after.predicted == before.predicted


def test_shipped_params_record_their_validation() -> None:
    validation = shipped_params().validation
    assert validation["held_out_specialties"] == 16
    assert validation["leave_specialties_out_mae_pp"] < validation["sampling_noise_floor_pp"] + 1


def test_perfect_model_share_counts_redrawn_publications() -> None:
    """Large specialties leave no room for luck; tiny ones make a low MAE a matter of chance."""
    large = Validation([HeldOut("A", 10_000, 0.5, 0.5, 0.5), HeldOut("B", 10_000, 0.3, 0.3, 0.3)])
    assert large.perfect_model_share_below(5.0, draws=2000) == 1.0
    tiny = Validation([HeldOut("A", 5, 0.6, 0.6, 0.6), HeldOut("B", 7, 0.3, 0.3, 0.3)])
    assert 0.0 < tiny.perfect_model_share_below(5.0, draws=2000) < 0.2
    assert tiny.perfect_model_share_below(100.0, draws=10) == 1.0
