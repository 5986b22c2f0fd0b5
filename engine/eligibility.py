"""Hard filters: which programs an applicant can apply to, each miss with its reason in plain words.

A missed ``strict`` requirement excludes the program; a missed ``preference`` keeps it but costs
interview chance (see ``interview.py``). Unknown program fields (NaN / -1) never count as a miss.
Visa and Step 3 rules are legal facts, so they always exclude.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from engine.catalog import BoolArray, CatalogArrays, IntArray
from smartpick.events.models import ApplicantProfile, ApplicantType, Visa

DEFAULT_SEASON_YEAR = 2027
"""The Match season the applicant applies for; ERAS 2027 opens in June 2026."""

US_GRADUATE_TYPES = frozenset({ApplicantType.US_MD, ApplicantType.US_DO})


class Rule(IntEnum):
    VISA_J1 = 0
    VISA_H1B = 1
    H1B_STEP3 = 2
    GRADUATION = 3
    STEP2 = 4
    USCE = 5
    FAILED_ATTEMPTS = 6
    ECFMG = 7


@dataclass(frozen=True)
class Eligibility:
    """Per program: excluded or not, and which rules were missed (bit ``1 << Rule``)."""

    excluded: BoolArray
    strict_misses: IntArray
    preference_misses: IntArray
    preference_count: IntArray


def years_since_graduation(profile: ApplicantProfile, season_year: int) -> int:
    return max(0, season_year - profile.graduation_year)


def ecfmg_expected_in_time(profile: ApplicantProfile) -> bool:
    """Certified already, or both exams passed so only paperwork remains before the deadline."""
    return profile.ecfmg_certified or (profile.step1_passed and profile.step2_score is not None)


def check(
    profile: ApplicantProfile, arrays: CatalogArrays, season_year: int = DEFAULT_SEASON_YEAR
) -> Eligibility:
    """Evaluate every rule for every program of the catalog at once."""
    n = len(arrays)
    img = profile.applicant_type not in US_GRADUATE_TYPES
    none = np.zeros(n, dtype=bool)
    always = np.ones(n, dtype=bool)
    step2 = -np.inf if profile.step2_score is None else float(profile.step2_score)
    years = years_since_graduation(profile, season_year)
    # (missed, strict) per rule; comparisons with NaN are False, so unknown never misses.
    rules: list[tuple[BoolArray, BoolArray]] = [
        ((arrays.sponsors_j1 == 0) if profile.visa is Visa.J1 else none, always),
        ((arrays.sponsors_h1b == 0) if profile.visa is Visa.H1B else none, always),
        (
            (arrays.sponsors_h1b != 0)
            if profile.visa is Visa.H1B and not profile.step3_passed
            else none,
            always,
        ),
        (arrays.max_years < years, arrays.max_years_strict),
        (arrays.min_step2 > step2, arrays.min_step2_strict),
        ((arrays.min_usce > profile.usce_months) if img else none, arrays.min_usce_strict),
        (
            (arrays.accepts_failed == 0) if profile.exam_attempts_failed > 0 else none,
            arrays.accepts_failed_strict,
        ),
        (
            (arrays.ecfmg_required == 1) if img and not ecfmg_expected_in_time(profile) else none,
            arrays.ecfmg_strict,
        ),
    ]
    strict_bits = np.zeros(n, dtype=np.int64)
    preference_bits = np.zeros(n, dtype=np.int64)
    preference_count = np.zeros(n, dtype=np.int64)
    for rule, (missed, strict) in zip(Rule, rules, strict=True):
        strict_bits |= (missed & strict).astype(np.int64) << rule
        soft = missed & ~strict
        preference_bits |= soft.astype(np.int64) << rule
        preference_count += soft
    return Eligibility(strict_bits != 0, strict_bits, preference_bits, preference_count)


def reasons(
    profile: ApplicantProfile,
    arrays: CatalogArrays,
    index: int,
    bits: int,
    season_year: int = DEFAULT_SEASON_YEAR,
) -> list[str]:
    """The plain-words reason of every rule whose bit is set in ``bits`` for program ``index``."""
    return [_REASONS[r](profile, arrays, index, season_year) for r in Rule if bits >> r & 1]


Reason = Callable[[ApplicantProfile, CatalogArrays, int, int], str]

_REASONS: dict[Rule, Reason] = {
    Rule.VISA_J1: lambda p, a, i, y: "does not sponsor the J-1 visa you need",
    Rule.VISA_H1B: lambda p, a, i, y: "does not sponsor the H-1B visa you need",
    Rule.H1B_STEP3: lambda p, a, i, y: (
        "an H-1B for residency needs USMLE Step 3 passed, and you have not passed it"
    ),
    Rule.GRADUATION: lambda p, a, i, y: (
        f"graduated {years_since_graduation(p, y)} years before the {y} season; "
        f"the program takes at most {a.max_years[i]:.0f}"
    ),
    Rule.STEP2: lambda p, a, i, y: (
        f"Step 2 CK minimum is {a.min_step2[i]:.0f}; "
        + ("you have no Step 2 CK score yet" if p.step2_score is None else
           f"your score is {p.step2_score}")
    ),
    Rule.USCE: lambda p, a, i, y: (
        f"asks for {a.min_usce[i]:.0f} months of US clinical experience; you have {p.usce_months}"
    ),
    Rule.FAILED_ATTEMPTS: lambda p, a, i, y: (
        f"does not accept failed exam attempts; you have {p.exam_attempts_failed}"
    ),
    Rule.ECFMG: lambda p, a, i, y: (
        "needs ECFMG certification by the rank-list deadline, and yours is not expected in time "
        "(Step 1 and Step 2 CK must both be passed)"
    ),
}
