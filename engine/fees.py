"""ERAS 2026 season application fees: $11 a program for the first 30, $30 from the 31st.

The count restarts for each specialty (AAMC ERAS fee schedule, 2026 season).
"""

from __future__ import annotations

FIRST_TIER_PROGRAMS = 30
FIRST_TIER_FEE = 11
LATER_FEE = 30


def fee_of_nth(n: int) -> int:
    """The fee of the n-th application (1-based) within one specialty."""
    return FIRST_TIER_FEE if n <= FIRST_TIER_PROGRAMS else LATER_FEE


def specialty_fee(count: int) -> int:
    """What ``count`` applications to one specialty cost together."""
    first = min(count, FIRST_TIER_PROGRAMS)
    return FIRST_TIER_FEE * first + LATER_FEE * (count - first)


def max_affordable(budget_usd: float) -> int:
    """The most applications to one specialty that ``budget_usd`` pays for."""
    if budget_usd < FIRST_TIER_FEE * FIRST_TIER_PROGRAMS:
        return int(budget_usd // FIRST_TIER_FEE)
    rest = budget_usd - FIRST_TIER_FEE * FIRST_TIER_PROGRAMS
    return FIRST_TIER_PROGRAMS + int(rest // LATER_FEE)
