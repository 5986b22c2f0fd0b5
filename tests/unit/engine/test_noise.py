"""Judging held-out rates against sampling noise: the arithmetic on hand-computed counts, then
simulated worlds whose true rates are known."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.special import expit, logit

from engine.noise import deviance, deviance_under_noise, standard_error, z_score
from engine.noise_check import NoiseCheck, check_against_noise
from engine.validation import HeldOut, Validation

APPLICANTS = np.geomspace(6, 5000, 16).round().astype(int)
"""Sixteen made-up specialty sizes from a handful to thousands, like the published ones."""


def test_standard_error_and_z_on_hand_computed_counts() -> None:
    assert standard_error(30, 100) == pytest.approx(math.sqrt(0.3 * 0.7 / 100))  # 0.04583
    assert z_score(0.35, 30, 100) == pytest.approx(0.05 / 0.0458258, rel=1e-5)  # +1.091
    assert z_score(0.25, 30, 100) == pytest.approx(-1.0911, abs=1e-4)


def test_standard_error_stays_positive_when_none_or_all_matched() -> None:
    """(k + 1/2) / (n + 1): 0 of 10 is read as 1/22, so a miss is finitely many errors."""
    assert standard_error(0, 10) == pytest.approx(math.sqrt(1 / 22 * 21 / 22 / 10))
    assert standard_error(10, 10) == pytest.approx(standard_error(0, 10))
    assert math.isfinite(z_score(0.2, 0, 10))


def test_deviance_on_hand_computed_counts() -> None:
    # 3 of 10 against a rate of 0.5: 2 * (3 ln(3/5) + 7 ln(7/5))
    assert deviance(3, 10, 0.5) == pytest.approx(2 * (3 * math.log(0.6) + 7 * math.log(1.4)))
    assert deviance(3, 10, 0.3) == pytest.approx(0.0)
    assert deviance(0, 10, 0.2) == pytest.approx(-20 * math.log(0.8))


def test_deviance_under_noise_is_twice_the_entropy_for_one_applicant() -> None:
    mean, _ = deviance_under_noise(1, 0.5)
    assert mean == pytest.approx(2 * math.log(2))


def test_deviance_under_noise_approaches_one_chi_square_degree_for_large_n() -> None:
    mean, variance = deviance_under_noise(5000, 0.4)
    assert mean == pytest.approx(1.0, abs=0.01)
    assert variance == pytest.approx(2.0, abs=0.05)


@given(st.integers(1, 400), st.data())
def test_deviance_is_never_negative_and_zero_only_at_the_published_rate(
    applicants: int, data: st.DataObject
) -> None:
    matched = data.draw(st.integers(0, applicants))
    rate = data.draw(st.floats(0.01, 0.99))
    assert deviance(matched, applicants, rate) >= -1e-9
    assert deviance(matched, applicants, matched / applicants) == pytest.approx(0.0, abs=1e-9)


def _world(rng: np.random.Generator, model_error: float) -> tuple[Validation, np.ndarray]:
    """Predictions, true rates a logit-normal ``model_error`` away, counts drawn from the truth."""
    predicted = rng.uniform(0.15, 0.7, len(APPLICANTS))
    true = expit(logit(predicted) + model_error * rng.standard_normal(len(APPLICANTS)))
    matched = rng.binomial(APPLICANTS, true)
    held = [HeldOut(f"S{i}", int(n), k / n, float(p), float(p))
            for i, (n, k, p) in enumerate(zip(APPLICANTS, matched, predicted, strict=True))]
    return Validation(held), true


def test_a_perfect_model_scores_about_0_8_mean_abs_z_and_its_expected_deviance() -> None:
    rng = np.random.default_rng(19)
    z, total, expected = [], [], []
    for _ in range(400):
        validation, _ = _world(rng, model_error=0.0)
        z += [abs(z_score(h.predicted, h.matched, h.applicants)) for h in validation.held_out]
        total.append(sum(deviance(h.matched, h.applicants, h.predicted)
                         for h in validation.held_out))
        expected.append(sum(deviance_under_noise(h.applicants, h.predicted)[0]
                            for h in validation.held_out))
    assert np.mean(z) == pytest.approx(math.sqrt(2 / math.pi), abs=0.05)
    assert np.mean(total) == pytest.approx(np.mean(expected), rel=0.05)


def _coverage(model_error: float, worlds: int) -> list[NoiseCheck]:
    rng = np.random.default_rng(2019)
    return [check_against_noise(_world(rng, model_error)[0]) for _ in range(worlds)]


def test_a_perfect_model_keeps_about_95_percent_inside_its_intervals() -> None:
    """At least 95 % (counts are whole numbers), and not far above: the interval is not padded."""
    checks = _coverage(model_error=0.0, worlds=12)
    share = np.mean([r.inside for c in checks for r in c.rows])
    assert 0.93 <= share <= 0.995
    noise_only = np.mean([c.noise_deviance[0] for c in checks])
    assert np.mean([c.deviance for c in checks]) == pytest.approx(noise_only, rel=0.25)


def test_intervals_cover_95_percent_when_the_model_misses_each_specialty() -> None:
    """A model off by 0.35 on the logit scale (about 8 pp): its errors fall far outside sampling
    noise at large specialties, yet the intervals learn that spread from the other folds."""
    checks = _coverage(model_error=0.35, worlds=12)
    share = np.mean([r.inside for c in checks for r in c.rows])
    assert 0.90 <= share <= 0.99
    assert np.mean([c.mean_abs_z for c in checks]) > 1.2
    assert np.mean([c.model_spread for c in checks]) == pytest.approx(0.35, abs=0.12)


def test_targets_read_14_of_16_inside_and_mean_abs_z_at_most_1_2() -> None:
    validation, _ = _world(np.random.default_rng(5), model_error=0.0)
    check = check_against_noise(validation)
    assert check.inside_needed == 14
    assert check.z_target_met is (check.mean_abs_z <= 1.2)
    assert check.inside_target_met is (check.inside >= 14)


def test_judging_needs_other_folds_to_learn_the_model_error_from() -> None:
    with pytest.raises(ValueError, match="at least two"):
        check_against_noise(Validation([HeldOut("A", 50, 0.5, 0.5, 0.5)]))
