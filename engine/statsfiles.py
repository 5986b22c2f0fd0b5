"""Reads the published match-statistics files (NRMP shape) that the fitting command learns from.

Only ``smartpick model fit|calibrate`` and tests read these; the product never does at run time.
Empty cells are figures NRMP suppressed or did not publish and stay ``None``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from smartpick.events.specialties import SPECIALTIES, SPECIALTY_SET

QUARTILE_VARIABLES = ("step2ck", "contiguous_ranks", "research", "publications")
YEARLY = ("positions", "applicants_preferring", "applicants_per_position")
"""Feature columns named with their season's year (``positions_2026``)."""
MIN_OUTCOME_ROWS = 4
MIN_COMPLETE_ROWS = 3
"""Fewest specialties with outcomes, and with every quartile published, that a fit can use."""


class StatisticsError(ValueError):
    """A statistics file that cannot be fitted from, with the row and column at fault."""

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

    @property
    def complete(self) -> bool:
        """Both groups have all four quartile sets (small specialties are suppressed)."""
        groups = (self.matched_quartiles, self.unmatched_quartiles)
        return all(g[v] is not None for g in groups for v in QUARTILE_VARIABLES)


@dataclass(frozen=True)
class Statistics:
    outcomes: dict[str, SpecialtyOutcomes]
    features: dict[str, SpecialtyFeatures]
    season: int
    """The Match season of the files, from the features' yearly column names (to cite them)."""


def read_statistics(outcomes_path: Path, features_path: Path) -> Statistics:
    """Both files, checked against each other: features for every specialty, enough outcomes."""
    outcomes, (features, season) = read_outcomes(outcomes_path), _features(features_path)
    missing = [s for s in SPECIALTIES if s not in features]
    if missing:
        raise StatisticsError(f"{features_path}: no row for {', '.join(missing)}; the model "
                              "needs features for every specialty")
    complete = [o for o in outcomes.values() if o.complete]
    if len(outcomes) < MIN_OUTCOME_ROWS or len(complete) < MIN_COMPLETE_ROWS:
        raise StatisticsError(
            f"{outcomes_path}: {len(outcomes)} specialties with outcomes, {len(complete)} with "
            f"every quartile; a fit needs at least {MIN_OUTCOME_ROWS} and {MIN_COMPLETE_ROWS}")
    return Statistics(outcomes, features, season)


def read_features(path: Path) -> dict[str, SpecialtyFeatures]:
    """Yearly columns (``positions_2026``) may carry any season's year: newer files load too."""
    return _features(path)[0]


def _features(path: Path) -> tuple[dict[str, SpecialtyFeatures], int]:
    rows, header = _rows(path)
    positions, applicants, per_position = (_yearly(path, header, name) for name in YEARLY)
    years = {int(column.rsplit("_", 1)[1]) for column in (positions, applicants, per_position)}
    if len(years) != 1:
        raise StatisticsError(f"{path}: the yearly columns name different years: {sorted(years)}")
    return {
        r["specialty"]: SpecialtyFeatures(
            specialty=r["specialty"],
            positions=_positive(path, r, positions),
            applicants=_positive(path, r, applicants),
            applicants_per_position=_positive(path, r, per_position),
            us_md_step2_median=_optional(path, r, "us_md_senior_matched_step2_median"),
            us_md_step2_q1=_optional(path, r, "us_md_senior_matched_step2_q1"),
            us_md_step2_q3=_optional(path, r, "us_md_senior_matched_step2_q3"),
            us_md_unmatched_step2_median=_optional(path, r,
                                                   "us_md_senior_unmatched_step2_median"),
        )
        for r in rows
    }, years.pop()


def read_outcomes(path: Path) -> dict[str, SpecialtyOutcomes]:
    result = {}
    rows, _ = _rows(path)
    for r in rows:
        applicants = int(_positive(path, r, "nonus_img_applicants"))
        matched = int(_required(path, r, "nonus_img_matched"))
        if not 0 <= matched <= applicants:
            raise StatisticsError(f"{path}: {r['specialty']}: nonus_img_matched {matched} is not "
                                  f"between 0 and nonus_img_applicants {applicants}")
        result[r["specialty"]] = SpecialtyOutcomes(
            specialty=r["specialty"],
            applicants=applicants,
            matched=matched,
            match_rate=matched / applicants,
            matched_quartiles={v: _quartiles(path, r, f"{v}_matched")
                               for v in QUARTILE_VARIABLES},
            unmatched_quartiles={v: _quartiles(path, r, f"{v}_not_matched")
                                 for v in QUARTILE_VARIABLES},
        )
    return result


def _rows(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        header = list(reader.fieldnames or [])
    seen: set[str] = set()
    for r in rows:
        specialty = r.get("specialty")
        if specialty not in SPECIALTY_SET:
            raise StatisticsError(f"{path}: unknown specialty {specialty!r}")
        if specialty in seen:
            raise StatisticsError(f"{path}: {specialty} has two rows")
        seen.add(specialty)
    return rows, header


def _yearly(path: Path, header: list[str], name: str) -> str:
    found = [c for c in header if re.fullmatch(rf"{name}_\d{{4}}", c)]
    if len(found) != 1:
        raise StatisticsError(f"{path}: needs one column {name}_<year>, found {found or 'none'}")
    return found[0]


def _quartiles(path: Path, row: dict[str, str], prefix: str) -> Quartiles | None:
    values = [_optional(path, row, f"{prefix}_{q}") for q in ("q1", "median", "q3")]
    if any(v is None for v in values):
        return None
    q1, median, q3 = (float(v) for v in values if v is not None)
    if not q1 <= median <= q3:
        raise StatisticsError(f"{path}: {row['specialty']}: {prefix} quartiles {q1}, {median}, "
                              f"{q3} are not in order")
    return q1, median, q3


def _positive(path: Path, row: dict[str, str], column: str) -> float:
    value = _required(path, row, column)
    if value <= 0:
        raise StatisticsError(f"{path}: {row['specialty']}: {column} must be positive, "
                              f"not {value:g}")
    return value


def _required(path: Path, row: dict[str, str], column: str) -> float:
    value = _optional(path, row, column)
    if value is None:
        raise StatisticsError(f"{path}: {row['specialty']}: column {column} is empty")
    return value


def _optional(path: Path, row: dict[str, str], column: str) -> float | None:
    if column not in row:
        raise StatisticsError(f"{path}: no column {column}")
    cell = row[column] or ""
    if not cell.strip():
        return None
    try:
        return float(cell)
    except ValueError:
        raise StatisticsError(f"{path}: {row['specialty']}: column {column}: {cell!r} is not "
                              "a number") from None
