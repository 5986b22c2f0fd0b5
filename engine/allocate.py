"""Exact budget allocation across specialties: how many of each specialty's best programs to take.

Within a specialty the best programs come first and ERAS fees only rise with the count, so a
plan is a count per specialty; a dynamic program over (applications, dollars) finds the counts
that maximize the summed match weights under both budgets.
"""

from __future__ import annotations

import numpy as np

from engine.catalog import FloatArray
from engine.fees import max_affordable, specialty_fee

MAX_STATES = 30_000_000
"""Guard against budgets that would need more than about 240 MB of table."""


def allocate(
    values: list[FloatArray], minimum: list[int], budget_usd: int, max_count: int | None
) -> list[int]:
    """Counts per specialty; ``values[s]`` are the weights of its queue in order, and the first
    ``minimum[s]`` of them (must-include programs) are always taken."""
    if max_count is None:
        return _dollars_only(values, minimum, budget_usd)
    per_specialty = [min(len(v), max_affordable(budget_usd)) for v in values]
    cap = sum(per_specialty) if max_count is None else min(max_count, sum(per_specialty))
    if (cap + 1) * (budget_usd + 1) * max(len(values), 1) > MAX_STATES:
        raise ValueError("budget too large to optimize exactly; lower --budget-usd or the count")
    best = np.full((cap + 1, budget_usd + 1), -np.inf)
    best[0, :] = 0.0
    choices = []
    for v, lowest, most in zip(values, minimum, per_specialty, strict=True):
        prefix = np.concatenate([[0.0], np.cumsum(v)])
        new = np.full_like(best, -np.inf)
        choice = np.zeros(best.shape, dtype=np.int32)
        for k in range(lowest, min(most, cap) + 1):
            fee = specialty_fee(k)
            if fee > budget_usd:
                break
            candidate = np.full_like(best, -np.inf)
            candidate[k:, fee:] = best[: cap + 1 - k, : budget_usd + 1 - fee] + prefix[k]
            better = candidate > new
            new[better] = candidate[better]
            choice[better] = k
        best = new
        choices.append(choice)
    count = int(np.argmax(best[:, budget_usd]))
    if not np.isfinite(best[count, budget_usd]):
        raise ValueError("the must-include programs alone exceed the budget")
    counts = []
    dollars = budget_usd
    for choice in reversed(choices):
        k = int(choice[count, dollars])
        counts.append(k)
        count -= k
        dollars -= specialty_fee(k)
    return counts[::-1]


def _dollars_only(values: list[FloatArray], minimum: list[int], budget_usd: int) -> list[int]:
    """The same dynamic program without the count dimension: best value per dollar budget."""
    best = np.zeros(budget_usd + 1)
    choices = []
    for v, lowest in zip(values, minimum, strict=True):
        prefix = np.concatenate([[0.0], np.cumsum(v)])
        new = np.full_like(best, -np.inf)
        choice = np.zeros(best.shape, dtype=np.int32)
        for k in range(lowest, min(len(v), max_affordable(budget_usd)) + 1):
            fee = specialty_fee(k)
            candidate = best[: budget_usd + 1 - fee] + prefix[k]
            better = candidate > new[fee:]
            new[fee:][better] = candidate[better]
            choice[fee:][better] = k
        best = new
        choices.append(choice)
    if not np.isfinite(best[budget_usd]):
        raise ValueError("the must-include programs alone exceed the budget")
    counts = []
    dollars = budget_usd
    for choice in reversed(choices):
        k = int(choice[dollars])
        counts.append(k)
        dollars -= specialty_fee(k)
    return counts[::-1]
