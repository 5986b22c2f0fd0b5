"""Reading statistics files of the NRMP shape: any season's year, and a clear error naming the
row and column for anything a fit cannot use."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from engine.statsfiles import StatisticsError, read_statistics
from tests.shared_data import MATCH_STATISTICS, needs_statistics

pytestmark = needs_statistics
Rows = list[dict[str, str]]


def rows(name: str) -> Rows:
    with (MATCH_STATISTICS / name).open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(path: Path, table: Rows) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(table[0]))
        writer.writeheader()
        writer.writerows(table)
    return path


def files(tmp_path: Path, outcomes: Callable[[Rows], Rows] = list,
          features: Callable[[Rows], Rows] = list) -> tuple[Path, Path]:
    return (write(tmp_path / "outcomes.csv", outcomes(rows("nonus_img_outcomes_2026.csv"))),
            write(tmp_path / "features.csv", features(rows("specialty_features_2026.csv"))))


def test_a_later_season_reads_like_this_one(tmp_path: Path) -> None:
    outcomes, features = files(tmp_path, features=lambda table: [
        {k.replace("_2026", "_2031"): v for k, v in r.items()} for r in table])
    statistics = read_statistics(outcomes, features)
    assert statistics.features["Internal Medicine"].positions == 11632
    assert len(statistics.outcomes) == 16 and statistics.season == 2031


def _set(specialty: str, column: str, value: str) -> Callable[[Rows], Rows]:
    return lambda table: [r | {column: value} if r["specialty"] == specialty else r
                          for r in table]


@pytest.mark.parametrize(("outcomes", "features", "message"), [
    (_set("Pediatrics", "nonus_img_matched", "900"), list,
     "Pediatrics: nonus_img_matched 900 is not between 0 and nonus_img_applicants 791"),
    (_set("Pediatrics", "nonus_img_applicants", "0"), list,
     "Pediatrics: nonus_img_applicants must be positive, not 0"),
    (_set("Psychiatry", "step2ck_matched_q1", "260"), list,
     "Psychiatry: step2ck_matched quartiles 260.0, 241.0, 255.0 are not in order"),
    (_set("Psychiatry", "nonus_img_matched", "n/a"), list,
     "Psychiatry: column nonus_img_matched: 'n/a' is not a number"),
    (lambda table: [*table, table[0]], list, "Dermatology has two rows"),
    (_set("Pediatrics", "specialty", "Podiatry"), list, "unknown specialty 'Podiatry'"),
    (lambda table: table[:3], list, "3 specialties with outcomes"),
    (list, lambda table: table[1:], "no row for Anesthesiology"),
    (list, lambda table: [{k: v for k, v in r.items() if k != "positions_2026"} for r in table],
     "needs one column positions_<year>, found none"),
    (list, _set("Neurology", "positions_2026", ""), "Neurology: column positions_2026 is empty"),
    (list, lambda table: [{k.replace("positions_2026", "positions_2027"): v for k, v in r.items()}
                          for r in table], "the yearly columns name different years: [2026, 2027]"),
])
def test_files_a_fit_cannot_use_are_refused_with_the_row_and_column(
    tmp_path: Path, outcomes: Callable[[Rows], Rows], features: Callable[[Rows], Rows],
    message: str,
) -> None:
    with pytest.raises(StatisticsError, match=re.escape(message)):
        read_statistics(*files(tmp_path, outcomes, features))
