"""Published application and interview counts the interview level is fitted to (docs/model.md).

Our transcription of a handful of published summary figures, each with where it was read. Only
the fitting command reads them; the product reads the fitted parameters. Figures used to
validate the fit are kept apart, in the tests and docs/model.md, so they never enter a fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class PublishedInterviews:
    """One group's typical applications sent and interview offers received, as published."""

    specialty: str
    applicant_type: str
    group: Literal["matched", "unmatched"]
    statistic: Literal["median", "mean"]
    applications: float
    interviews: float
    source: str
    url: str


APPLICANT_SURVEY_IM = (
    'NRMP, "Results of the NRMP Applicant Survey by Preferred Specialty and Applicant Type", '
    "figure IM-4 (independent applicants, mostly IMGs), as quoted in 2011"
)
APPLICANT_SURVEY_IM_URL = "https://im-for-imgs.com/2011/08/01/number-of-programs/"

FITTING = (
    PublishedInterviews("Internal Medicine", "non_us_img", "matched", "median", 60, 8,
                        APPLICANT_SURVEY_IM, APPLICANT_SURVEY_IM_URL),
    PublishedInterviews("Internal Medicine", "non_us_img", "unmatched", "median", 66, 2,
                        APPLICANT_SURVEY_IM, APPLICANT_SURVEY_IM_URL),
)
"""The interview level's fitting data: the only published interview counts by match outcome
for IMGs of one specialty that we found (docs/model.md, "Sources of the interview level")."""


def typical_applications() -> int:
    """Applications of the typical applicant the calibration imagines: the midpoint of the
    published medians of matched and unmatched applicants (not weighted by a match rate, so that
    a held-out specialty's rate never enters it)."""
    return round(sum(f.applications for f in FITTING) / len(FITTING))


def citations() -> list[str]:
    return sorted({f"{f.source} ({f.url})" for f in FITTING})
