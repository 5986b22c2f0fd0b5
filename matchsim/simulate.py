"""One call from input document to output document: validate, solve, second phase, report."""

import time
from typing import Any

from matchsim.parse import parse_instance
from matchsim.result import output_document
from matchsim.rounds import run_main_match
from matchsim.supplemental import match_supplemental
from matchsim.tables import rank_tables


def solve_document(doc: object, max_proposals: int | None = None) -> dict[str, Any]:
    """Raises MatchInputError before doing any work if `doc` is invalid."""
    instance = parse_instance(doc)
    started = time.perf_counter()
    main = run_main_match(instance, rank_tables(instance), max_proposals)
    supplemental = match_supplemental(instance, main.solver.program_of, main.solver.seats.count)
    return output_document(instance, main, supplemental, time.perf_counter() - started)
