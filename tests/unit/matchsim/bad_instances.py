"""Invalid match instances, each with the error code, the offending value and its owner."""

import copy
from typing import Any

VALID: dict[str, Any] = {
    "programs": [{"id": "p1", "positions": 1, "ranks": ["a", "m1"]}],
    "applicants": [{"id": "a", "ranks": ["p1"], "supplemental": {"p1": ["p1"]}}],
    "couples": [{"id": "c", "members": ["m1", "m2"], "ranks": [["p1", None]]}],
}


def _broken(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(VALID)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


CASES = [
    ("unknown_id", _broken(("applicants", 0, "ranks"), ["p1", "p9"]), '"p9"', 'applicant "a"'),
    ("unknown_id", _broken(("programs", 0, "ranks"), ["zz"]), '"zz"', 'program "p1"'),
    ("unknown_id", _broken(("couples", 0, "ranks"), [["p1", "p7"]]), '"p7"', 'couple "c"'),
    ("unknown_id", _broken(("applicants", 0, "supplemental"), {"p1": ["q"]}), '"q"', '"a"'),
    ("duplicate_rank", _broken(("applicants", 0, "ranks"), ["p1", "p1"]), '"p1"', '"a"'),
    ("duplicate_rank", _broken(("programs", 0, "ranks"), ["a", "m1", "a"]), '"a"', '"p1"'),
    ("duplicate_rank", _broken(("couples", 0, "ranks"), [["p1", None]] * 2), "p1", '"c"'),
    ("duplicate_id", _broken(("programs",), [VALID["programs"][0]] * 2), '"p1"', "program"),
    ("duplicate_id", _broken(("applicants",), [VALID["applicants"][0]] * 2), '"a"', "applicant"),
    ("negative_capacity", _broken(("programs", 0, "positions"), -1), "-1", 'program "p1"'),
    ("couple_member_listed", _broken(("couples", 0, "members"), ["a", "m2"]), '"a"', '"c"'),
    ("unranked_advanced", _broken(("applicants", 0, "ranks"), []), '"p1"', 'applicant "a"'),
    ("malformed", _broken(("couples", 0, "ranks"), [[None, None]]), "null", 'couple "c"'),
    ("malformed", _broken(("programs", 0, "positions"), "two"), "positions", '"p1"'),
]
