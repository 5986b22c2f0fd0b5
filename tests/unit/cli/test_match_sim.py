"""`smartpick match-sim`: solves, checks and generates; exit codes for bad input and no stable
matching; nothing written on bad input."""

import json
from pathlib import Path
from typing import Any

import pytest

from cli.match_sim import EXIT_BAD_INPUT, EXIT_OK, EXIT_UNSTABLE, EXIT_VIOLATIONS, main
from matchsim import generator
from matchsim.files import write_json_atomic
from matchsim.generator import generate, scaled
from tests.unit.matchsim.documents import CASES, DOC, NO_STABLE


def test_cli_check_exits_0_when_clean_and_1_with_violations(tmp_path: Path) -> None:
    source, target = tmp_path / "in.json", tmp_path / "out.json"
    source.write_text(json.dumps(DOC))
    assert main(["--input", str(source), "--output", str(target)]) == EXIT_OK
    assert main(["--check", str(source), str(target)]) == EXIT_OK
    tampered = json.loads(target.read_text())
    tampered["matches"] = {"a": "p2", "b": "p1"}
    target.write_text(json.dumps(tampered))
    assert main(["--check", str(source), str(target)]) == EXIT_VIOLATIONS


def test_cli_json_without_output_prints_the_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(DOC))
    assert main(["--input", str(source), "--json"]) == EXIT_OK
    printed = json.loads(capsys.readouterr().out)
    assert printed["matches"] == {"a": "p1", "b": "p2"}
    assert printed["stats"]["stable"] is True


def test_cli_generate_writes_the_instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generator, "NATIONAL", scaled(500, couples=5, supplemental=True))
    monkeypatch.setattr("cli.match_sim.NATIONAL", generator.NATIONAL)
    target = tmp_path / "national.json"
    assert main(["--generate", "national", "--seed", "3", "--output", str(target)]) == EXIT_OK
    assert json.loads(target.read_text()) == generate(generator.NATIONAL, 3)


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


def test_unreadable_or_invalid_json_file_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert main(["--input", str(broken)]) == EXIT_BAD_INPUT
    assert main(["--input", str(tmp_path / "missing.json")]) == EXIT_BAD_INPUT


def test_cli_exits_with_unstable_code_and_still_writes_result(tmp_path: Path) -> None:
    source, target = tmp_path / "in.json", tmp_path / "out.json"
    write_json_atomic(str(source), NO_STABLE)
    assert main(["--input", str(source), "--output", str(target), "--json"]) == EXIT_UNSTABLE
    assert target.exists()
