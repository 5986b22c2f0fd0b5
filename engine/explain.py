"""Plain-words factors: "Step 2 CK 12 points above the typical interviewee (249): +3.1 pts".

A program's learned effect (program_effects.py) is shown beside the top factors, whenever it
moves the chance by at least ``EFFECT_SHOWN_FROM`` points: it says what reports taught us that
the features did not, so it is worth a line even when other factors weigh more.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from engine.catalog import CatalogArrays
from engine.eligibility import years_since_graduation
from engine.interview import FACTORS, Scores
from engine.strength import (
    TYPICAL_PUBLICATIONS,
    TYPICAL_RESEARCH,
    TYPICAL_USCE_MONTHS,
)
from smartpick.events.models import ApplicantProfile

EFFECT_SHOWN_FROM = 1.0
"""Percentage points; smaller learned effects are noise-sized and left unsaid."""
PROGRAM_EFFECT = "program_effect"
_TINY = 1e-12


@dataclass(frozen=True)
class Factor:
    name: str
    points: float
    """Percentage points this factor adds to (or takes from) the interview chance."""
    text: str


@dataclass(frozen=True)
class Context:
    profile: ApplicantProfile
    arrays: CatalogArrays
    index: int
    reference_step2: float
    season_year: int


def factors(scores: Scores, context: Context) -> list[Factor]:
    """The top factors of one program, largest effect first; zero effects are left out."""
    result = []
    for f, points in zip(scores.top_factors[context.index].tolist(),
                         scores.top_points[context.index].tolist(), strict=True):
        if abs(points) >= 0.05:
            name = FACTORS[f]
            result.append(Factor(name, points, f"{_TEXT[name](context)}: {points:+.1f} pts"))
    effect = _program_effect(scores, context.index)
    if effect is not None:
        # placed by size among the top factors, which come largest first
        at = next((k for k, f in enumerate(result) if abs(f.points) < abs(effect.points)),
                  len(result))
        result.insert(at, effect)
    return result


def _program_effect(scores: Scores, index: int) -> Factor | None:
    """The effect in points, like the other factors: the chance minus the chance without it."""
    if scores.effects is None:
        return None
    p = min(max(float(scores.p_interview[index]), _TINY), 1.0 - _TINY)
    without = 1.0 / (1.0 + math.exp(float(scores.effects.logit[index]) - math.log(p / (1.0 - p))))
    points = 100.0 * (p - without)
    if abs(points) < EFFECT_SHOWN_FROM:
        return None
    reports = int(scores.effects.reports[index])
    how = "more" if points > 0 else "less"
    return Factor(PROGRAM_EFFECT, points,
                  f"this program invited IMGs like you {how} often than its features suggest: "
                  f"{points:+.1f} pts, from {reports} report{'s' if reports != 1 else ''}")


def _step2(c: Context) -> str:
    if c.profile.step2_score is None:
        return "no Step 2 CK score yet"
    diff = round(c.profile.step2_score - c.reference_step2)
    side = "above" if diff >= 0 else "below"
    return f"Step 2 CK {abs(diff)} points {side} the typical interviewee ({c.reference_step2:.0f})"


def _usce(c: Context) -> str:
    if c.profile.usce_months == 0:
        return "no US clinical experience"
    months = c.profile.usce_months
    return f"{months} months of US clinical experience (typical {TYPICAL_USCE_MONTHS})"


_TEXT: dict[str, Callable[[Context], str]] = {
    "step2": _step2,
    "research": lambda c: (
        f"{c.profile.research_experiences} research experiences (typical {TYPICAL_RESEARCH})"
    ),
    "publications": lambda c: (
        f"{c.profile.publications} publications (typical {TYPICAL_PUBLICATIONS})"
    ),
    "usce": _usce,
    "graduation": lambda c: (
        f"graduated {years_since_graduation(c.profile, c.season_year)} years before the season"
    ),
    "failed_attempts": lambda c: f"{c.profile.exam_attempts_failed} failed exam attempt(s)",
    "visa": lambda c: f"needs a {c.profile.visa.value.upper().replace('H1B', 'H-1B')} visa",
    "applicant_type": lambda c: f"applying as {c.profile.applicant_type.value.replace('_', '-')}",
    "img_share": lambda c: f"IMG share of residents {c.arrays.img_share[c.index]:.0%}",
    "positions": lambda c: f"{c.arrays.positions[c.index]:.0f} positions",
    "preferred_state": lambda c: f"in your preferred state {c.arrays.state[c.index]}",
    "preferences_missed": lambda c: "misses a preferred (not strict) requirement",
    "signal": lambda c: "preference signal sent",
}
