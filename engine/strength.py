"""An applicant's strength in logit units, term by term, against a specialty's typical applicant.

Zero is the typical non-US IMG applicant of the specialty; each term is one plain-words factor,
so the same numbers drive the chances and their explanations.
"""

from __future__ import annotations

import math

import numpy as np

from engine.catalog import FloatArray
from engine.eligibility import DEFAULT_SEASON_YEAR, years_since_graduation
from engine.params import ModelParams
from smartpick.events.models import ApplicantProfile, Visa
from smartpick.events.specialties import SPECIALTIES

APPLICANT_FACTORS = (
    "step2",
    "research",
    "publications",
    "usce",
    "graduation",
    "failed_attempts",
    "visa",
    "applicant_type",
)
TYPICAL_RESEARCH = 3
"""Median research experiences of non-US IMG applicants across specialties (Charting Outcomes)."""
TYPICAL_PUBLICATIONS = 3
TYPICAL_USCE_MONTHS = 6
USCE_CAP_MONTHS = 12
"""Programs rarely value USCE beyond a year; capping keeps the prior from running away."""


def reference_step2(params: ModelParams) -> FloatArray:
    return np.array([params.specialties[s].reference_step2 for s in SPECIALTIES])


def applicant_terms(
    profile: ApplicantProfile, params: ModelParams, season_year: int = DEFAULT_SEASON_YEAR
) -> FloatArray:
    """Logit contribution of each applicant factor, per specialty: shape (24, len(FACTORS))."""
    s = params.strength
    fitted = fitted_deviations(profile, params)
    usce = (
        s.no_usce
        if profile.usce_months == 0
        else s.usce_per_3_months
        * (min(profile.usce_months, USCE_CAP_MONTHS) - TYPICAL_USCE_MONTHS) / 3.0
    )
    visa = {Visa.NONE: 0.0, Visa.J1: s.visa_j1, Visa.H1B: s.visa_h1b}[profile.visa]
    shared = [
        s.research_log1p * fitted[0, 1],
        s.publications_log1p * fitted[0, 2],
        usce,
        s.per_year_since_graduation_beyond_3
        * max(0, years_since_graduation(profile, season_year) - 3),
        s.per_failed_attempt * profile.exam_attempts_failed,
        visa,
        params.applicant_type_offset[profile.applicant_type.value],
    ]
    terms = np.empty((len(SPECIALTIES), len(APPLICANT_FACTORS)))
    terms[:, 0] = s.step2_per_10_points * fitted[:, 0]
    terms[:, 1:] = shared
    return terms


def fitted_deviations(profile: ApplicantProfile, params: ModelParams) -> FloatArray:
    """Per specialty, how far the applicant sits from the typical one along each *fitted*
    coefficient (Step 2 CK in tens of points, log research, log publications): shape (24, 3).
    The coefficients' uncertainty reaches a chance only through these (ranges.py)."""
    if profile.step2_score is None:
        step2 = np.full(len(SPECIALTIES),
                        -params.strength.missing_step2_points_below_reference / 10.0)
    else:
        step2 = (profile.step2_score - reference_step2(params)) / 10.0
    deviations = np.empty((len(SPECIALTIES), 3))
    deviations[:, 0] = step2
    deviations[:, 1] = math.log1p(profile.research_experiences) - math.log1p(TYPICAL_RESEARCH)
    deviations[:, 2] = math.log1p(profile.publications) - math.log1p(TYPICAL_PUBLICATIONS)
    return deviations


def conversion_logits(
    profile: ApplicantProfile, params: ModelParams, season_year: int = DEFAULT_SEASON_YEAR
) -> FloatArray:
    """Per specialty, the logit of the chance that one ranked program matches this applicant."""
    intercepts = np.array([params.specialties[s].conversion_intercept for s in SPECIALTIES])
    logits: FloatArray = intercepts + applicant_terms(profile, params, season_year).sum(axis=1)
    return logits
