"""Turn the solver's integer state into the output document (ids, unfilled counts, stats)."""

from typing import Any

from matchsim.model import NULL, Instance
from matchsim.rounds import MainMatch


def output_document(
    instance: Instance, main: MainMatch, supplemental: dict[int, int], solve_seconds: float
) -> dict[str, Any]:
    programs, applicants = instance.program_ids, instance.applicant_ids
    program_of = main.solver.program_of
    filled = list(main.solver.seats.count)
    for p in supplemental.values():
        filled[p] += 1
    unfilled = {
        programs[p]: instance.capacity[p] - filled[p]
        for p in range(len(programs))
        if instance.capacity[p] > filled[p]
    }
    matched = sum(p != NULL for p in program_of)
    stats = {
        "applicants": len(applicants),
        "matched": matched,
        "unmatched": len(applicants) - matched,
        "couples": instance.n_couple,
        "couples_matched": sum(main.solver.couple_matched),
        "programs": len(programs),
        "positions": sum(instance.capacity),
        "filled": sum(filled),
        "unfilled": sum(unfilled.values()),
        "supplemental_matched": len(supplemental),
        "proposals": main.solver.proposals,
        "rounds": main.rounds,
        "attempts": main.attempts,
        "stable": main.stable,
        "solve_seconds": round(solve_seconds, 4),
    }
    return {
        "matches": {
            applicants[a]: None if p == NULL else programs[p] for a, p in enumerate(program_of)
        },
        "supplemental_matches": {
            applicants[a]: programs[supplemental[a]] for a in sorted(supplemental)
        },
        "unfilled": unfilled,
        "stats": stats,
    }
