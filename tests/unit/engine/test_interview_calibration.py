"""The interview level: fitted to published interview offers, checked on figures kept apart.

The held-out figures live here and in docs/model.md only, never in engine/, so no fit can use them.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.calibration import interview_medians, population_interviews
from engine.interview_sources import FITTING, typical_applications
from engine.params import ModelParams, shipped_params

GO_ET_AL = (
    "Go, Klaassen, Chamberlain: An ERAS-based survey evaluating demographics, USMLE performance "
    "and research experience between American medical graduates and United States citizen "
    "international medical graduates, J Surg Educ; "
    "https://augusta.pure.elsevier.com/en/publications/an-eras-based-survey-evaluating-"
    "demographics-united-states-medica"
)
HELD_OUT = (
    # (specialty, applicant type, mean applications, mean interview offers, source)
    ("Surgery-General", "us_img", 90.3, 9.0, GO_ET_AL),
    ("Surgery-General", "us_md", 52.1, 20.9, GO_ET_AL),
)
TOLERANCE = 1.5
"""Predicted and published means may differ by up to this factor either way. The held-out means
come from the applicants to one general surgery program (a selected group; their spread is
66-77 % of the mean), and the US MD offset is a prior set from match rates, not interviews. It
is tight enough to reject the fit this one replaced (60 applications assumed, the level from
contiguous ranks), which predicts 0.46 and 0.57 times these means, and an error of the size the
issue measured on real applicants (2.0 times)."""


def predicted_mean_interviews(p: ModelParams, specialty: str, kind: str, apps: float) -> float:
    """Mean offers of a typical population of ``kind`` sending ``apps`` applications."""
    s = p.specialties[specialty]
    return population_interviews(s.conversion_intercept,
                                 p.interview_intercept + p.applicant_type_offset[kind],
                                 p.interview_slope, round(apps), p.population_sd, p.interview_sd)


def test_typical_applications_come_from_the_published_medians() -> None:
    assert typical_applications() == 63
    assert all(s.typical_applications == 63 for s in shipped_params().specialties.values())


def test_shipped_fit_reproduces_the_published_median_offers() -> None:
    p = shipped_params()
    c = p.specialties["Internal Medicine"].conversion_intercept
    for figure in FITTING:
        matched, unmatched = interview_medians(c, p.interview_intercept, p.interview_slope,
                                               round(figure.applications), p.population_sd,
                                               p.interview_sd)
        modelled = matched if figure.group == "matched" else unmatched
        assert modelled == pytest.approx(figure.interviews, abs=0.5)


@pytest.mark.parametrize(("specialty", "kind", "apps", "published", "source"), HELD_OUT)
def test_held_out_published_offers_are_predicted_within_tolerance(
    specialty: str, kind: str, apps: float, published: float, source: str
) -> None:
    predicted = predicted_mean_interviews(shipped_params(), specialty, kind, apps)
    assert abs(math.log(predicted / published)) <= math.log(TOLERANCE), (predicted, source)


def test_interview_medians_agree_with_simulated_applicants() -> None:
    """The quadrature against applicants drawn one by one (offers, then a match per rank)."""
    a0, slope, sd, spread, c, n = -1.5, 1.0, 0.5, 1.5, -1.4, 60
    rng = np.random.default_rng(7)
    z = rng.normal(0.0, sd, 200_000)
    u = rng.normal(0.0, spread, z.size)
    offers = rng.binomial(n, 1.0 / (1.0 + np.exp(-(a0 + slope * c + z + u))))
    matched = rng.random(z.size) < 1.0 - (1.0 - 1.0 / (1.0 + np.exp(-(c + z)))) ** offers
    medians = interview_medians(c, a0, slope, n, sd, spread)
    assert medians[0] == pytest.approx(np.median(offers[matched]), abs=0.5)
    assert medians[1] == pytest.approx(np.median(offers[~matched & (offers > 0)]), abs=0.5)


def test_held_out_figures_never_enter_the_fit() -> None:
    fitted = {(f.specialty, f.applicant_type) for f in FITTING}
    assert not fitted & {(s, k) for s, k, *_ in HELD_OUT}
