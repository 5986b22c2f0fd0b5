"""NRMP Main Match simulator: deferred acceptance with couples and supplemental lists.

`solve_document` takes the JSON input document (see docs/match-simulation.md) and returns the
output document; `check_documents` verifies an output against its input independently.
"""

from matchsim.checker import check_documents
from matchsim.errors import MatchInputError
from matchsim.simulate import solve_document

__all__ = ["MatchInputError", "check_documents", "solve_document"]
