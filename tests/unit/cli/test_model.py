"""`smartpick model show` and `calibrate`: the shipped parameters' version, sources and
validation, and the held-out rates judged against sampling noise."""

import json
import re
from functools import partial

import pytest

import cli.model
from cli.model import main
from engine.validation import leave_specialties_out
from tests.shared_data import FEATURES_2026, OUTCOMES_2026, needs_statistics


def test_model_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show"]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == "1.0.0"


HELD_OUT = ["Internal Medicine", "Pediatrics", "Radiation Oncology", "Surgery-General"]
"""Four held out to stay fast; the real command holds out all 16 (docs/model.md)."""


def _calibrate(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(cli.model, "leave_specialties_out",
                        partial(leave_specialties_out, only=HELD_OUT))
    return main(["calibrate", "--outcomes", str(OUTCOMES_2026),
                 "--features", str(FEATURES_2026), *args])


@needs_statistics
def test_calibrate_prints_the_held_out_rates_against_sampling_noise(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _calibrate([], monkeypatch) == 0
    out = capsys.readouterr().out
    table = out[out.index("Against sampling noise"):].splitlines()
    assert "z" in table[1].split() and "inside" in table[1]
    rows = {line[:38].strip(): line for line in table[2:2 + len(HELD_OUT)]}
    assert list(rows) == HELD_OUT
    assert " pp " in rows["Internal Medicine"] and "%]" in rows["Internal Medicine"]
    assert re.search(r"mean \|z\| [\d.]+ \(target <= 1.2: (met|NOT met)", out)
    assert re.search(rf"inside their 95 % interval: \d of {len(HELD_OUT)} \(target >= 4 of 4: ",
                     out)
    assert re.search(r"deviance [\d.]+ against [\d.]+ \+/- [\d.]+ from sampling noise alone", out)
    assert "leave_specialties_out_mae_pp" in out and re.search(r"\nMAE [\d.]+ pp", out)


@needs_statistics
def test_calibrate_json_carries_the_noise_figures(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _calibrate(["--json"], monkeypatch) == 0
    result = json.loads(capsys.readouterr().out)
    noise = result["against_noise"]
    assert [r["specialty"] for r in noise["held_out"]] == HELD_OUT
    for row in noise["held_out"]:
        low, high = row["interval_95"]
        assert low <= high and row["standard_error"] > 0
    assert noise["inside_95_needed"] == len(HELD_OUT)
    assert noise["mae_pp"] == result["leave_specialties_out_mae_pp"]
