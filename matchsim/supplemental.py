"""Second phase: seat advanced-program matches in PGY-1 programs from their supplemental lists.

Only the positions the main match left open are offered; within them this is ordinary
applicant-proposing deferred acceptance, small enough for heaps over per-program rank dicts.
"""

import heapq

from matchsim.model import NULL, Instance


def match_supplemental(
    instance: Instance, program_of: list[int], filled: list[int]
) -> dict[int, int]:
    """applicant -> PGY-1 program, for singles whose advanced match has a supplemental list."""
    prefs = {
        a: lists[program_of[a]]
        for a, lists in sorted(instance.supplemental.items())
        if program_of[a] != NULL and program_of[a] in lists
    }
    ranking: dict[int, dict[int, int]] = {}
    for p in {p for pgy1 in prefs.values() for p in pgy1}:
        ranked = instance.prog_list[instance.prog_off[p] : instance.prog_off[p + 1]]
        ranking[p] = {a: r for r, a in enumerate(ranked)}
    held: dict[int, list[tuple[int, int]]] = {p: [] for p in ranking}  # max-heap by rank
    next_choice = dict.fromkeys(prefs, 0)
    free = list(reversed(prefs))
    while free:
        a = free.pop()
        while next_choice[a] < len(prefs[a]):
            p = prefs[a][next_choice[a]]
            next_choice[a] += 1
            rank = ranking[p].get(a)
            if rank is None or instance.capacity[p] - filled[p] <= 0:
                continue
            if len(held[p]) < instance.capacity[p] - filled[p]:
                heapq.heappush(held[p], (-rank, a))
                break
            if -held[p][0][0] > rank:
                free.append(heapq.heapreplace(held[p], (-rank, a))[1])
                break
    return {a: p for p, heap in held.items() for _, a in heap}
