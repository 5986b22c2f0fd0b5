"""Bad input: a clear error naming the entry, exit code 2, and no output file written."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from services.matching.matchsim import MatchInputError, solve_document
from services.matching.matchsim.cli import EXIT_BAD_INPUT, main

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


@pytest.mark.parametrize(("code", "doc", "offender", "owner"), CASES)
def test_bad_input_is_rejected_with_a_message_naming_the_entry(
    code: str, doc: dict[str, Any], offender: str, owner: str
) -> None:
    with pytest.raises(MatchInputError) as raised:
        solve_document(doc)
    assert raised.value.code == code
    assert offender in raised.value.message
    assert owner in raised.value.message


@pytest.mark.parametrize(("code", "doc", "offender", "owner"), CASES)
def test_cli_exits_2_and_writes_nothing_on_bad_input(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    code: str,
    doc: dict[str, Any],
    offender: str,
    owner: str,
) -> None:
    source, target = tmp_path / "in.json", tmp_path / "out.json"
    source.write_text(json.dumps(doc))
    assert main(["--input", str(source), "--output", str(target), "--json"]) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert json.loads(captured.out)["error"]["code"] == code
    assert owner in captured.err
    assert list(tmp_path.iterdir()) == [source]


def test_valid_fixture_is_accepted() -> None:
    assert solve_document(VALID)["stats"]["stable"]


def test_unreadable_or_invalid_json_file_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert main(["--input", str(broken)]) == EXIT_BAD_INPUT
    assert main(["--input", str(tmp_path / "missing.json")]) == EXIT_BAD_INPUT
