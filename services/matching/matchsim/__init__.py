"""NRMP Main Match simulator: deferred acceptance with couples and supplemental lists.

`solve_document` takes the JSON input document (see docs/match-simulation.md) and returns the
output document; `check_documents` verifies an output against its input independently.
"""

from services.matching.matchsim.checker import check_documents
from services.matching.matchsim.errors import MatchInputError
from services.matching.matchsim.simulate import solve_document

__all__ = ["MatchInputError", "check_documents", "solve_document"]
