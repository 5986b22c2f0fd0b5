"""Run the main match to the end: deferred acceptance, then repair rounds until nobody blocks.

With couples the repair rounds can cycle, either because no stable matching exists or because of
the order couples entered in. As in Roth and Peranson's loop handling, a run that exceeds its
budget (proposals or rounds) is restarted with the couples in another order, a fixed seeded
permutation per attempt so results stay deterministic; after the last attempt the outcome is
reported as not stable instead of looping.
"""

from dataclasses import dataclass

import numpy as np

from matchsim.model import Instance
from matchsim.repair import pairs_by_program, send_back_blockers
from matchsim.solver import Solver
from matchsim.tables import RankTables

BUDGET_PER_RANK = 10  # proposals allowed per rank-list entry in one attempt
ROUNDS_PER_ATTEMPT = 1_000  # national runs that converge need about 10 to 30
ATTEMPTS = 8


@dataclass(frozen=True)
class MainMatch:
    solver: Solver
    stable: bool
    rounds: int
    attempts: int


def default_budget(instance: Instance) -> int:
    return BUDGET_PER_RANK * (len(instance.app_list) + len(instance.pair_first)) + 1_000


def couple_order(n_couple: int, attempt: int) -> list[int]:
    if attempt == 0:
        return list(range(n_couple))
    return np.random.default_rng(attempt).permutation(n_couple).tolist()  # type: ignore[no-any-return]


def _attempt(
    instance: Instance, tables: RankTables, order: list[int], budget: int
) -> tuple[Solver, bool, int]:
    solver = Solver(instance, tables)
    # popped from the end: singles in input order first, then couples (as Roth-Peranson)
    stack = [~c for c in reversed(order)] + list(reversed(range(instance.n_single)))
    pair_index: dict[int, list[tuple[int, int]]] | None = None
    for rounds in range(1, ROUNDS_PER_ATTEMPT + 1):
        if not solver.run(stack, budget):
            return solver, False, rounds
        if not solver.seats.vacated:
            return solver, True, rounds
        if pair_index is None:
            pair_index = pairs_by_program(solver)
        stack = send_back_blockers(solver, pair_index)
        if not stack:
            return solver, True, rounds
    return solver, False, ROUNDS_PER_ATTEMPT


def run_main_match(
    instance: Instance, tables: RankTables, max_proposals: int | None = None
) -> MainMatch:
    """`max_proposals` bounds each attempt; the default scales with the rank lists' size."""
    budget = default_budget(instance) if max_proposals is None else max_proposals
    attempts = ATTEMPTS if instance.n_couple else 1  # without couples nothing can cycle
    for attempt in range(attempts):
        order = couple_order(instance.n_couple, attempt)
        solver, stable, rounds = _attempt(instance, tables, order, budget)
        if stable:
            break
    return MainMatch(solver, stable=stable, rounds=rounds, attempts=attempt + 1)
