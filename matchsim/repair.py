"""Find who blocks the tentative matching after withdrawals, and send them back to propose.

Programs only ever raise their bar, except when a couple member withdraws; so once the stack is
empty, a blocking pair can only involve a program in `seats.vacated`. Singles are found by walking
that program's own rank list, couples through an index of the pairs that name the program.
"""

from collections import defaultdict

from matchsim.model import NULL
from matchsim.solver import Solver


def pairs_by_program(solver: Solver) -> dict[int, list[tuple[int, int]]]:
    """program -> (pair index, couple) for every couple pair that names the program."""
    index: dict[int, list[tuple[int, int]]] = defaultdict(list)
    instance = solver.instance
    for couple in range(instance.n_couple):
        for k in range(instance.couple_off[couple], instance.couple_off[couple + 1]):
            for p in {instance.pair_first[k], instance.pair_second[k]} - {NULL}:
                index[p].append((k, couple))
    return index


def _blocking_single(solver: Solver, p: int, moved: set[int]) -> tuple[int, int] | None:
    """(single, place of p in its list) for the one p likes best among those who would move."""
    seats, instance, prog_pos = solver.seats, solver.instance, solver.tables.prog_pos
    base = seats.off[p]
    last = seats.off[p + 1] - base if seats.count[p] < seats.capacity[p] else seats.worst[p]
    for rank in range(last):
        a = seats.members[base + rank]
        place = prog_pos[base + rank]
        if seats.held[base + rank] or place < 0 or a in moved:
            continue
        seated = solver.next_entry[a] - 1 - instance.app_off[a]
        if solver.program_of[a] == NULL or place < seated:
            return a, place
    return None


def _couple_start(solver: Solver, couple: int) -> int:
    """Index of the couple's current pair, or one past its list when unmatched."""
    if solver.couple_matched[couple]:
        return solver.next_pair[couple] - 1
    return solver.instance.couple_off[couple + 1]


def _staying(solver: Solver, couple: int, k: int) -> dict[int, tuple[int, ...]]:
    """program -> ranks of the couple's members who already hold the seat pair k gives them."""
    instance = solver.instance
    first = instance.n_single + 2 * couple
    staying: dict[int, tuple[int, ...]] = defaultdict(tuple)
    for member, p in ((first, instance.pair_first[k]), (first + 1, instance.pair_second[k])):
        if p != NULL and solver.program_of[member] == p:
            staying[p] += (solver.member_rank[member],)
    return staying


def send_back_blockers(solver: Solver, pair_index: dict[int, list[tuple[int, int]]]) -> list[int]:
    """Withdraw every blocker found and return the stack entries that make them propose again."""
    vacated, solver.seats.vacated = sorted(solver.seats.vacated), set()
    moved: set[int] = set()
    stack: list[int] = []
    for p in vacated:
        found = _blocking_single(solver, p, moved)
        if found is not None:
            single, place = found
            solver.withdraw(single)  # the seat it leaves is checked in the next round
            solver.next_entry[single] = solver.instance.app_off[single] + place
            moved.add(single)
            stack.append(single)
            solver.seats.vacated.add(p)  # p may have more than one free seat
    for k, couple in sorted({entry for p in vacated for entry in pair_index.get(p, ())}):
        if ~couple in moved or k >= _couple_start(solver, couple):
            continue
        if solver.pair_admits(k, _staying(solver, couple, k)):
            first = solver.instance.n_single + 2 * couple
            solver.withdraw(first)
            solver.withdraw(first + 1)
            solver.couple_matched[couple] = False
            solver.next_pair[couple] = k
            moved.add(~couple)
            stack.append(~couple)
    return stack
