"""The checker flags blocking pairs and over-capacity; the CLI solves, checks and generates."""

import json
from pathlib import Path
from typing import Any

import pytest

from services.matching.matchsim import check_documents, generator, solve_document
from services.matching.matchsim.cli import EXIT_OK, EXIT_VIOLATIONS, main
from services.matching.matchsim.generator import generate, scaled

DOC: dict[str, Any] = {
    "programs": [
        {"id": "p1", "positions": 1, "ranks": ["a", "b"]},
        {"id": "p2", "positions": 1, "ranks": ["a", "b"]},
    ],
    "applicants": [{"id": "a", "ranks": ["p1", "p2"]}, {"id": "b", "ranks": ["p1", "p2"]}],
}


def test_checker_accepts_the_solver_result() -> None:
    assert check_documents(DOC, solve_document(DOC)) == []


def test_checker_reports_a_blocking_pair() -> None:
    result = solve_document(DOC)
    result["matches"] = {"a": "p2", "b": "p1"}
    assert check_documents(DOC, result) == [
        'applicant "a" and program "p1" block: both prefer each other'
    ]


def test_checker_reports_over_capacity() -> None:
    result = solve_document(DOC)
    result["matches"] = {"a": "p1", "b": "p1"}
    assert check_documents(DOC, result) == ['program "p1" has 2 matches for 1 positions']


def test_checker_reports_a_match_the_applicant_did_not_rank() -> None:
    doc = {**DOC, "applicants": [{"id": "a", "ranks": ["p1"]}, {"id": "b", "ranks": ["p1"]}]}
    result = solve_document(doc)
    result["matches"]["b"] = "p2"
    result["unfilled"] = {}
    assert check_documents(doc, result) == [
        "applicant \"b\" is matched to 'p2', which it does not rank"
    ]


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


def test_generator_is_deterministic_per_seed_and_its_output_is_stable() -> None:
    shape = scaled(1_500, couples=40, supplemental=True)
    doc = generate(shape, seed=7)
    assert doc == generate(shape, seed=7)
    assert doc != generate(shape, seed=8)
    assert len(doc["couples"]) == 40
    assert len(doc["applicants"]) == 1_500 - 80
    assert sum(p["positions"] for p in doc["programs"]) == shape.positions
    result = solve_document(doc)
    assert result["stats"]["stable"]
    assert check_documents(doc, result) == []


def test_cli_generate_writes_the_instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generator, "NATIONAL", scaled(500, couples=5, supplemental=True))
    monkeypatch.setattr("services.matching.matchsim.cli.NATIONAL", generator.NATIONAL)
    target = tmp_path / "national.json"
    assert main(["--generate", "national", "--seed", "3", "--output", str(target)]) == EXIT_OK
    assert json.loads(target.read_text()) == generate(generator.NATIONAL, 3)
