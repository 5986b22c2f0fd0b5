"""Reads a real program list (CSV) into catalog ``Program``s row by row, rejecting bad rows.

Pure: no database, no Kafka; the profiles service stores what this yields. Which CSV column feeds
which ``Program`` field is a *mapping* (``columns.py``).

Rows: line numbers are 1-based physical file lines with the header on line 1 (a quoted field that
spans lines reports the line the record starts on). Blank rows are skipped. A row whose id was
already imported from an earlier line is rejected as a duplicate; a rejected row claims no id.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Final

from pydantic import ValidationError

from services.profiles.catalog.columns import (
    CatalogFileError,
    ColumnMapping,
    MappingError,
    detect_mapping,
)
from services.profiles.catalog.specialty_codes import match_specialty
from smartpick.events.models import Program
from smartpick.events.states import US_STATES

_NRMP_CODE = re.compile(r"\d{7}[A-Z]\d{1,2}")
_KEPT_TRACKS: Final = {"C": "categorical", "A": "advanced", "R": "physician", "M": "primary care"}
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_YES, _NO = frozenset({"yes", "y", "true", "1"}), frozenset({"no", "n", "false", "0"})




class RejectionCode(StrEnum):
    UNREADABLE = "unreadable_csv"
    FIELD_COUNT = "field_count"
    NOT_UTF8 = "not_utf8"
    MISSING_ID = "missing_id"
    DUPLICATE_ID = "duplicate_id"
    MISSING_SPECIALTY = "missing_specialty"
    NOT_MATCH_SPECIALTY = "not_match_specialty"
    SPECIALTY_MISMATCH = "specialty_mismatch"
    BAD_PROGRAM_CODE = "bad_program_code"
    PRELIMINARY_TRACK = "preliminary_track"
    BAD_STATE = "bad_state"
    MISSING_NAME = "missing_name"
    INVALID_VALUE = "invalid_value"


@dataclass(frozen=True)
class Imported:
    line: int
    program: Program


@dataclass(frozen=True)
class Rejected:
    line: int
    code: RejectionCode
    reason: str


RowOutcome = Imported | Rejected


class _Reject(Exception):
    def __init__(self, code: RejectionCode, reason: str) -> None:
        super().__init__(reason)
        self.code, self.reason = code, reason


def read_programs(path: Path | str, mapping: ColumnMapping | None = None) -> Iterator[RowOutcome]:
    """Each data row as a valid ``Program`` or a rejection, in file order; never stops on a row."""
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as file:
        reader = csv.reader(file)
        header = [column.strip() for column in next(reader, [])]
        if not any(header):
            raise CatalogFileError(f"{path} has no header line")
        rows = _RowReader(header, mapping or detect_mapping(header))
        start = reader.line_num + 1
        while True:
            try:
                row = next(reader, None)
            except csv.Error as error:
                yield Rejected(start, RejectionCode.UNREADABLE, str(error))
                start = reader.line_num + 1
                continue
            if row is None:
                return
            line, start = start, reader.line_num + 1
            if any(cell.strip() for cell in row):
                yield rows.outcome(line, row)


class _RowReader:
    """Turns one CSV row into an outcome; remembers which ids earlier lines imported."""

    def __init__(self, header: list[str], mapping: ColumnMapping) -> None:
        missing = sorted(mapping.columns() - set(header))
        if missing:
            raise MappingError(
                f"mapping {mapping.label!r} needs columns missing from the "
                f"header: {', '.join(missing)}"
            )
        self.width = len(header)
        self.index = {column: header.index(column) for column in mapping.columns()}
        self.mapping = mapping
        self.imported_on: dict[str, int] = {}

    def outcome(self, line: int, row: list[str]) -> RowOutcome:
        try:
            program = self._program(row)
        except _Reject as rejection:
            return Rejected(line, rejection.code, rejection.reason)
        self.imported_on[program.id] = line
        return Imported(line, program)

    def _cell(self, row: list[str], column: str | None) -> str | None:
        return (row[self.index[column]].strip() or None) if column is not None else None

    def _program(self, row: list[str]) -> Program:
        m = self.mapping

        def cell(column: str | None) -> str | None:
            return self._cell(row, column)

        if len(row) != self.width:
            raise _Reject(
                RejectionCode.FIELD_COUNT, f"row has {len(row)} fields, the header has {self.width}"
            )
        if any(_NOT_UTF8.search(value) for value in row):
            raise _Reject(RejectionCode.NOT_UTF8, "row is not valid UTF-8")
        raw_id = cell(m.id)
        if raw_id is None:
            raise _Reject(RejectionCode.MISSING_ID, f"missing program id (column {m.id!r})")
        program_id = m.id_prefix + raw_id
        if program_id in self.imported_on:
            raise _Reject(
                RejectionCode.DUPLICATE_ID,
                f"duplicate program id {program_id!r}, "
                f"already imported from line {self.imported_on[program_id]}",
            )
        resolved = match_specialty(cell(m.specialty_code), cell(m.specialty))
        if resolved.specialty is None:
            raise _Reject(RejectionCode(resolved.code), resolved.reason)
        if m.nrmp_program_code is not None:
            _check_track(cell(m.nrmp_program_code))
        name = ": ".join(part for part in map(cell, m.name_columns()) if part)
        if not name:
            raise _Reject(RejectionCode.MISSING_NAME, "empty program name")
        return _validated(
            id=program_id,
            name=name,
            institution=cell(m.institution),
            specialty=resolved.specialty,
            city=cell(m.city),
            state=_state(cell(m.state)),
            positions=_count(cell(m.positions)),
            sponsors_j1=_yes_no(cell(m.sponsors_j1), "sponsors_j1"),
            sponsors_h1b=_yes_no(cell(m.sponsors_h1b), "sponsors_h1b"),
        )


def _check_track(code: str | None) -> None:
    if code is None or not _NRMP_CODE.fullmatch(code) or code[7] not in {*_KEPT_TRACKS, "P"}:
        raise _Reject(RejectionCode.BAD_PROGRAM_CODE, f"{code!r} is not an NRMP program code")
    if code[7] == "P":
        raise _Reject(
            RejectionCode.PRELIMINARY_TRACK,
            f"program code {code} is a preliminary "
            "(P) track, not a residency in one of the 24 Match specialties",
        )


def _state(value: str | None) -> str | None:
    if value is not None and value.upper() not in US_STATES:
        raise _Reject(RejectionCode.BAD_STATE, f"state {value!r} is not a US state or territory")
    return value.upper() if value else None


def _count(value: str | None) -> int | None:
    if value is not None and not value.isdigit():
        raise _Reject(RejectionCode.INVALID_VALUE, f"positions {value!r} is not a whole number")
    return int(value) if value else None


def _yes_no(value: str | None, field_name: str) -> bool | None:
    if value is None:
        return None
    if value.casefold() in _YES | _NO:
        return value.casefold() in _YES
    raise _Reject(RejectionCode.INVALID_VALUE, f"{field_name} {value!r} is not yes or no")


def _validated(**fields: object) -> Program:
    try:
        return Program.model_validate(fields)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise _Reject(RejectionCode.INVALID_VALUE, problems) from error


@dataclass
class ImportSummary:
    """Counts of one import: programs imported, rows rejected, and each rejection."""

    imported: int = 0
    rejections: list[Rejected] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.rejections)

    def record(self, outcome: RowOutcome) -> None:
        if isinstance(outcome, Imported):
            self.imported += 1
        else:
            self.rejections.append(outcome)

    def rejected_by_code(self) -> dict[str, int]:
        return dict(Counter(r.code.value for r in self.rejections).most_common())

    def as_dict(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "rejected": self.rejected,
            "rejected_by_code": self.rejected_by_code(),
            "rejections": [
                {"line": r.line, "code": r.code.value, "reason": r.reason} for r in self.rejections
            ],
        }


def summarize(outcomes: Iterable[RowOutcome]) -> ImportSummary:
    """The counts of a whole read, e.g. ``summarize(read_programs(path))``."""
    summary = ImportSummary()
    for outcome in outcomes:
        summary.record(outcome)
    return summary
