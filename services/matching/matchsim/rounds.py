"""Run the main match to the end: deferred acceptance, then repair rounds until nobody blocks.

The proposal budget is what turns a cycling instance (one with no stable matching, which couples
make possible) into a reported failure instead of an endless loop.
"""

from dataclasses import dataclass

from services.matching.matchsim.model import Instance
from services.matching.matchsim.repair import pairs_by_program, send_back_blockers
from services.matching.matchsim.solver import Solver
from services.matching.matchsim.tables import RankTables

BUDGET_PER_RANK = 10  # proposals allowed per rank-list entry before giving up on stability


@dataclass(frozen=True)
class MainMatch:
    solver: Solver
    stable: bool
    rounds: int


def default_budget(instance: Instance) -> int:
    return BUDGET_PER_RANK * (len(instance.app_list) + len(instance.pair_first)) + 1_000


def run_main_match(
    instance: Instance, tables: RankTables, max_proposals: int | None = None
) -> MainMatch:
    solver = Solver(instance, tables)
    budget = default_budget(instance) if max_proposals is None else max_proposals
    # popped from the end: singles in input order first, couples after them (as Roth-Peranson)
    stack = [~c for c in reversed(range(instance.n_couple))] + list(
        reversed(range(instance.n_single))
    )
    pair_index: dict[int, list[tuple[int, int]]] | None = None
    rounds = 0
    while solver.run(stack, budget):
        rounds += 1
        if not solver.seats.vacated:
            return MainMatch(solver, stable=True, rounds=rounds)
        if pair_index is None:
            pair_index = pairs_by_program(solver)
        stack = send_back_blockers(solver, pair_index)
        if not stack:
            return MainMatch(solver, stable=True, rounds=rounds)
    return MainMatch(solver, stable=False, rounds=rounds)
