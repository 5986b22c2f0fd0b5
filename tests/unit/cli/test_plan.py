"""`smartpick chance | plan | whatif`: JSON answers, batch, plans from a catalog file, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cli.plan import chance_main, plan_main, whatif_main
from tests.unit.engine.builders import catalog

PROFILE = {"applicant_type": "non_us_img", "step2_score": 245, "graduation_year": 2024,
           "visa": "j1", "usce_months": 4, "specialties": ["Internal Medicine"]}


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    programs = catalog(150, seed=2, specialties=("Internal Medicine", "Pediatrics"))
    catalog_file = tmp_path / "catalog.jsonl"
    catalog_file.write_text("\n".join(p.model_dump_json() for p in programs))
    profile_file = tmp_path / "profile.json"
    profile_file.write_text(json.dumps(PROFILE))
    return catalog_file, profile_file


def test_chance_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = chance_main(["--specialty", "Internal Medicine", "--applicant-type", "non_us_img",
                        "--step2", "245", "--ranks", "6", "--json"])
    answer = json.loads(capsys.readouterr().out)
    assert code == 0 and 0 < answer["p_match"] < 1 and len(answer["by_ranks"]) == 15


def test_chance_batch_answers_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join(json.dumps({"specialty": "Pediatrics", "applicant_type": t,
                                           "step2": 240, "ranks": k})
                               for t, k in [("non_us_img", 1), ("us_md", 5), ("non_us_img", 9)]))
    assert chance_main(["--batch", str(batch), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["ranks"] for a in lines] == [1, 5, 9]
    assert lines[0]["p_match"] < lines[2]["p_match"]


def test_plan_json_from_catalog_file(files: tuple[Path, Path],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    catalog_file, profile_file = files
    code = plan_main(["--profile", str(profile_file), "--applications", "20", "--catalog",
                      str(catalog_file), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and len(result["applications"]) == 20
    first = result["applications"][0]
    assert {"program_id", "p_interview", "tier", "reasons", "cost_usd"} <= set(first)
    assert {"expected_interviews", "p_match", "curve", "signals"} <= set(result)
    low, high = result["p_match_range"]["low"], result["p_match_range"]["high"]
    assert low <= result["p_match"] <= high and low < high
    assert first["p_interview_range"]["low"] <= first["p_interview"]


def test_plan_tables_print_each_chance_with_its_range(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    catalog_file, profile_file = files
    assert plan_main(["--profile", str(profile_file), "--applications", "5", "--catalog",
                      str(catalog_file)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert re.search(r"P\(match\): [\d.]+% \[[\d.]+%-[\d.]+%\]", out)
    assert re.search(r"expected interviews [\d.]+ \[[\d.]+-[\d.]+\]", out)
    assert re.search(r"│ \d+-\d+% │", out)  # each program's range, under its chance
    assert re.search(r"Per rank in [A-Z][\w ]+: [\d.]+% \[[\d.]+%-[\d.]+%\]", out)


def test_plan_tables_and_plot(files: tuple[Path, Path], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    catalog_file, profile_file = files
    png = tmp_path / "curve.png"
    assert plan_main(["--profile", str(profile_file), "--budget-usd", "400", "--catalog",
                      str(catalog_file), "--plot", str(png)]) == 0
    assert "Diminishing returns" in capsys.readouterr().out and png.stat().st_size > 1000


def test_invalid_profile_names_the_field_and_exits_2(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    catalog_file, profile_file = files
    profile_file.write_text(json.dumps(PROFILE | {"usce_months": -3}))
    code = plan_main(["--profile", str(profile_file), "--applications", "5", "--catalog",
                      str(catalog_file)])
    assert code == 2 and "'usce_months'" in capsys.readouterr().err


def test_whatif_json_has_deltas(files: tuple[Path, Path],
                                capsys: pytest.CaptureFixture[str]) -> None:
    catalog_file, profile_file = files
    assert whatif_main(["--profile", str(profile_file), "--applications", "30", "--catalog",
                        str(catalog_file), "--json"]) == 0
    scenarios = {s["scenario"]: s for s in json.loads(capsys.readouterr().out)["scenarios"]}
    assert scenarios["as is"]["delta_p_match"] == 0
    assert scenarios["Step 2 CK +10"]["delta_p_match"] > 0
    assert scenarios["no visa needed"]["delta_eligible_programs"] >= 0
