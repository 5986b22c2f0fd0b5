"""Reads the published match-statistics files (NRMP shape) that the fitting command learns from.

Only ``smartpick model fit|calibrate`` and tests read these; the product never does at run time.
Empty cells are figures NRMP suppressed or did not publish and stay ``None``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from smartpick.specialties import SPECIALTY_SET

QUARTILE_VARIABLES = ("step2ck", "contiguous_ranks", "research", "publications")

Quartiles = tuple[float, float, float]


@dataclass(frozen=True)
class SpecialtyFeatures:
    specialty: str
    positions: float
    applicants: float
    applicants_per_position: float
    us_md_step2_median: float | None
    us_md_step2_q1: float | None
    us_md_step2_q3: float | None
    us_md_unmatched_step2_median: float | None


@dataclass(frozen=True)
class SpecialtyOutcomes:
    specialty: str
    applicants: int
    matched: int
    match_rate: float
    matched_quartiles: dict[str, Quartiles | None]
    unmatched_quartiles: dict[str, Quartiles | None]


def read_features(path: Path) -> dict[str, SpecialtyFeatures]:
    rows = _rows(path)
    return {
        r["specialty"]: SpecialtyFeatures(
            specialty=r["specialty"],
            positions=_required(r, "positions_2026"),
            applicants=_required(r, "applicants_preferring_2026"),
            applicants_per_position=_required(r, "applicants_per_position_2026"),
            us_md_step2_median=_optional(r["us_md_senior_matched_step2_median"]),
            us_md_step2_q1=_optional(r["us_md_senior_matched_step2_q1"]),
            us_md_step2_q3=_optional(r["us_md_senior_matched_step2_q3"]),
            us_md_unmatched_step2_median=_optional(r["us_md_senior_unmatched_step2_median"]),
        )
        for r in rows
    }


def read_outcomes(path: Path) -> dict[str, SpecialtyOutcomes]:
    result = {}
    for r in _rows(path):
        applicants = int(_required(r, "nonus_img_applicants"))
        matched = int(_required(r, "nonus_img_matched"))
        result[r["specialty"]] = SpecialtyOutcomes(
            specialty=r["specialty"],
            applicants=applicants,
            matched=matched,
            match_rate=matched / applicants,
            matched_quartiles={v: _quartiles(r, f"{v}_matched") for v in QUARTILE_VARIABLES},
            unmatched_quartiles={v: _quartiles(r, f"{v}_not_matched") for v in QUARTILE_VARIABLES},
        )
    return result


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if r.get("specialty") not in SPECIALTY_SET:
            raise ValueError(f"{path}: unknown specialty {r.get('specialty')!r}")
    return rows


def _quartiles(row: dict[str, str], prefix: str) -> Quartiles | None:
    values = [_optional(row[f"{prefix}_{q}"]) for q in ("q1", "median", "q3")]
    if any(v is None for v in values):
        return None
    q1, median, q3 = (float(v) for v in values if v is not None)
    return q1, median, q3


def _required(row: dict[str, str], column: str) -> float:
    value = _optional(row[column])
    if value is None:
        raise ValueError(f"column {column} is empty for {row['specialty']}")
    return value


def _optional(cell: str) -> float | None:
    return float(cell) if cell.strip() else None
