"""`smartpick catalog`: import in batches, dry runs as JSON or tables, clear failures, the demo."""

import json
from pathlib import Path

import pytest

from cli.catalog import main, run_import
from smartpick.events.models import Program
from tests.unit.profiles.catalog.hand_made import HAND_MADE


def test_run_import_hands_programs_to_the_sink_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "programs.csv"
    path.write_text(HAND_MADE, encoding="utf-8")
    batches: list[list[Program]] = []
    summary = run_import(path, None, batches.append, batch_size=2, progress=True)
    assert [len(b) for b in batches] == [2, 1]
    assert (summary.imported, summary.rejected) == (3, 7)


def test_dry_run_json_output_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "programs.csv"
    path.write_text(HAND_MADE, encoding="utf-8")
    assert main(["import", str(path), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {
        "file", "mapping", "dry_run", "imported", "rejected", "rejected_by_code", "rejections",
    }  # fmt: skip
    assert (report["mapping"], report["dry_run"], report["imported"]) == ("acgme", True, 3)
    assert report["rejected"] == 7 and report["rejected_by_code"]["not_match_specialty"] == 2
    assert report["rejections"][0] == {
        "line": 3, "code": "missing_id", "reason": "missing program id (column 'acgme_program_id')",
    }  # fmt: skip


def test_dry_run_table_lists_each_rejection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "programs.csv"
    path.write_text(HAND_MADE, encoding="utf-8")
    assert main(["import", str(path), "--dry-run", "--mapping", "acgme"]) == 0
    out = capsys.readouterr().out
    assert "imported" in out and "line 11: row has 3 fields, the header has 7" in out


def test_bad_mapping_missing_file_and_bad_usage_fail_clearly(tmp_path: Path) -> None:
    path = tmp_path / "programs.csv"
    path.write_text(HAND_MADE, encoding="utf-8")
    assert main(["import", str(path), "--dry-run", "--mapping", "nrmp"]) == 2
    assert main(["import", str(tmp_path / "missing.csv"), "--dry-run"]) == 1
    assert main(["import"]) == 2


def test_demo_writes_the_synthetic_catalog_as_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "demo.jsonl"
    assert main(["demo", "--out", str(out), "--seed", "5"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 5_000
    assert Program.model_validate_json(lines[0]).id.startswith("DEMO-")
