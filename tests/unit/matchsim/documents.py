"""Hand-made match instances shared by the solver, checker and CLI tests: a clean two-by-two,
one without a stable matching, and invalid ones with their error code, offender and owner."""

import copy
from typing import Any


def program(pid: str, positions: int, ranks: list[str]) -> dict[str, Any]:
    return {"id": pid, "positions": positions, "ranks": ranks}


def couple(cid: str, members: list[str], ranks: list[list[str | None]]) -> dict[str, Any]:
    return {"id": cid, "members": members, "ranks": ranks}


DOC: dict[str, Any] = {
    "programs": [
        {"id": "p1", "positions": 1, "ranks": ["a", "b"]},
        {"id": "p2", "positions": 1, "ranks": ["a", "b"]},
    ],
    "applicants": [{"id": "a", "ranks": ["p1", "p2"]}, {"id": "b", "ranks": ["p1", "p2"]}],
}

# Roth (1984): the couple wants (h1, h2) only; h1 prefers a to s, h2 prefers s to b, s prefers
# h1 to h2. Every matching is blocked by someone, so no stable matching exists.
NO_STABLE = {
    "programs": [program("h1", 1, ["a", "s"]), program("h2", 1, ["s", "b"])],
    "applicants": [{"id": "s", "ranks": ["h1", "h2"]}],
    "couples": [couple("c", ["a", "b"], [["h1", "h2"]])],
}

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
