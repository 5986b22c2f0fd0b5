"""The program-list importer: both real files, bad rows by line, custom mappings."""

import json
from collections import Counter
from pathlib import Path

import pytest

from services.profiles.catalog.columns import MappingError, load_mapping
from services.profiles.catalog.csv_import import (
    Imported,
    Rejected,
    RejectionCode,
    read_programs,
    summarize,
)
from services.profiles.catalog.demo_figures import SPECIALTY_FIGURES
from services.profiles.catalog.specialty_codes import MATCH_SPECIALTY_BY_CODE, match_specialty
from smartpick.events.models import Program
from smartpick.events.specialties import SPECIALTY_SET
from tests.shared_data import PROGRAM_LISTS, needs
from tests.unit.profiles.catalog.hand_made import HAND_MADE

ACGME = PROGRAM_LISTS / "acgme_programs_2019_subset.csv"
NRMP = PROGRAM_LISTS / "nrmp_program_codes_2024.csv"
needs_real_files = needs(ACGME, NRMP)
UNKNOWN_FIELDS = (
    "positions", "img_share", "sponsors_j1", "sponsors_h1b", "min_step2_score",
    "max_years_since_graduation", "min_usce_months", "accepts_failed_attempts",
    "ecfmg_by_rank_deadline",
)  # fmt: skip


def not_match(code: str, name: str) -> str:
    return f"specialty code {code} ({name}) is not one of the 24 Match specialties"


@needs_real_files
def test_acgme_file_counts_are_pinned() -> None:
    summary = summarize(read_programs(ACGME))
    assert (summary.imported, summary.rejected) == (992, 239)
    assert summary.rejected_by_code() == {"not_match_specialty": 237, "duplicate_id": 2}
    reasons = Counter(r.reason for r in summary.rejections)
    assert reasons[not_match("999", "Transitional Year")] == 124
    assert reasons[not_match("480", "Urology")] == 92
    assert reasons[not_match("765", "Pediatrics/Medical Genetics")] == 7
    duplicates = [(r.line, r.reason) for r in summary.rejections if r.code == "duplicate_id"]
    assert duplicates == [
        (1230, "duplicate program id 'ACGME-1200711074', already imported from line 541"),
        (1232, "duplicate program id 'ACGME-4405432347', already imported from line 1231"),
    ]


@needs_real_files
def test_acgme_first_programs_parse_and_unknown_fields_stay_none() -> None:
    outcomes = list(read_programs(ACGME))
    first, second, third = outcomes[:3]
    assert isinstance(first, Imported) and first.line == 2
    assert first.program.id == "ACGME-1200511068"
    assert first.program.name == "Ventura County Medical Center Program"
    assert (first.program.specialty, first.program.city, first.program.state) == (
        "Family Medicine", "Ventura", "CA",
    )  # fmt: skip
    assert isinstance(second, Imported) and second.program.state == "TX"
    assert third == Rejected(
        4, RejectionCode.NOT_MATCH_SPECIALTY, not_match("999", "Transitional Year")
    )
    anesthesiology = next(
        o for o in outcomes if isinstance(o, Imported) and o.program.id == "ACGME-0401100209"
    )
    assert anesthesiology.program.specialty == "Anesthesiology"
    for outcome in outcomes:
        if isinstance(outcome, Imported):
            assert outcome.program.institution is None
            assert all(getattr(outcome.program, f) is None for f in UNKNOWN_FIELDS)


@needs_real_files
def test_nrmp_file_counts_are_pinned() -> None:
    summary = summarize(read_programs(NRMP))
    assert (summary.imported, summary.rejected) == (5304, 961)
    assert summary.rejected_by_code() == {
        "preliminary_track": 627,
        "not_match_specialty": 333,
        "duplicate_id": 1,
    }
    reasons = Counter(r.reason for r in summary.rejections)
    assert reasons[not_match("999", "Transitional Year")] == 214
    assert reasons[not_match("765", "Pediatrics/Medical Genetics")] == 19
    duplicate = next(r for r in summary.rejections if r.code == "duplicate_id")
    assert (duplicate.line, duplicate.reason) == (
        3830, "duplicate program id 'NRMP-1514140C0', already imported from line 3828",
    )  # fmt: skip


@needs_real_files
def test_nrmp_first_programs_parse_and_state_stays_unknown() -> None:
    outcomes = list(read_programs(NRMP))
    first = outcomes[0]
    assert isinstance(first, Imported) and first.line == 2
    assert first.program.id == "NRMP-3082120C0"
    assert first.program.name == "Baptist Outreach Services-AL: Family Medicine"
    assert first.program.institution == "Baptist Outreach Services-AL"
    assert first.program.specialty == "Family Medicine"
    # The file has no state or city column: "-AL" in a name is not parsed into a guess.
    assert (first.program.city, first.program.state) == (None, None)
    assert all(getattr(first.program, f) is None for f in UNKNOWN_FIELDS)
    prelim = outcomes[2]
    assert isinstance(prelim, Rejected) and prelim.line == 4
    assert prelim.code == "preliminary_track" and "1903140P0" in prelim.reason
    by_id = {o.program.id: o.program for o in outcomes if isinstance(o, Imported)}
    assert by_id["NRMP-1903420C0"].specialty == "Radiology-Diagnostic"
    imported = Counter(p.specialty for p in by_id.values())
    assert set(imported) == SPECIALTY_SET - {"Public Health and Preventive Medicine"}
    assert imported["Child Neurology"] == 101 and imported["Vascular Surgery (Integrated)"] == 74


def test_hand_made_bad_rows_are_reported_with_line_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "programs.csv"
    path.write_text(HAND_MADE, encoding="utf-8")
    outcomes = list(read_programs(path))
    rejected = [(o.line, o.code.value, o.reason) for o in outcomes if isinstance(o, Rejected)]
    assert rejected == [
        (3, "missing_id", "missing program id (column 'acgme_program_id')"),
        (4, "bad_state", "state 'XX' is not a US state or territory"),
        (5, "not_match_specialty", not_match("141", "unknown code")),
        (
            6,
            "duplicate_id",
            "duplicate program id 'ACGME-1400000001', already imported from line 2",
        ),
        (7, "missing_name", "empty program name"),
        (11, "field_count", "row has 3 fields, the header has 7"),
        (12, "not_match_specialty", not_match("480", "Urology")),
    ]
    imported = [(o.line, o.program) for o in outcomes if isinstance(o, Imported)]
    assert [line for line, _ in imported] == [2, 9, 13]
    assert imported[1][1].name == "Multi\nline Program" and imported[1][1].state == "TX"
    assert imported[2][1].id == "ACGME-1200000011"


def test_custom_json_mapping(tmp_path: Path) -> None:
    csv_path = tmp_path / "freida.csv"
    csv_path.write_text(
        "Program ID,Program,Institution,Specialty,City,ST,Positions,J-1,H-1B,Notes\n"
        "F-1,General Surgery,Lakeside Hospital,General Surgery,Tampa,fl,6,yes,no,x\n"
        "F-2,Pediatrics,Lakeside Hospital,Pediatrics,Tampa,FL,,,,\n"
        "F-3,Urology,Lakeside Hospital,Urology,Tampa,FL,2,yes,yes,\n"
        "F-4,Psychiatry,Lakeside Hospital,Psychiatry,Tampa,FL,many,yes,yes,\n",
        encoding="utf-8",
    )
    mapping_path = tmp_path / "freida.json"
    mapping_path.write_text(json.dumps({
        "id": "Program ID", "id_prefix": "FREIDA-", "name": ["Institution", "Program"],
        "specialty": "Specialty", "institution": "Institution", "city": "City", "state": "ST",
        "positions": "Positions", "sponsors_j1": "J-1", "sponsors_h1b": "H-1B",
    }))  # fmt: skip
    mapping = load_mapping(str(mapping_path))
    assert mapping.label == "freida"
    outcomes = list(read_programs(csv_path, mapping))
    surgery = outcomes[0]
    assert isinstance(surgery, Imported)
    assert surgery.program == Program(
        id="FREIDA-F-1", name="Lakeside Hospital: General Surgery", institution="Lakeside Hospital",
        specialty="Surgery-General", city="Tampa", state="FL", positions=6, sponsors_j1=True,
        sponsors_h1b=False,
    )  # fmt: skip
    pediatrics = outcomes[1]
    assert isinstance(pediatrics, Imported)
    assert (pediatrics.program.positions, pediatrics.program.sponsors_j1) == (None, None)
    assert outcomes[2] == Rejected(
        4,
        RejectionCode.NOT_MATCH_SPECIALTY,
        "specialty 'Urology' is not one of the 24 Match specialties",
    )
    assert outcomes[3] == Rejected(
        5, RejectionCode.INVALID_VALUE, "positions 'many' is not a whole number"
    )


def test_bad_mappings_are_refused(tmp_path: Path) -> None:
    no_specialty = tmp_path / "bad.json"
    no_specialty.write_text(json.dumps({"id": "a", "name": "b"}))
    with pytest.raises(MappingError, match="specialty"):
        load_mapping(str(no_specialty))
    with pytest.raises(MappingError, match="not one of acgme, nrmp"):
        load_mapping("freida")
    unknown_header = tmp_path / "other.csv"
    unknown_header.write_text("x,y\n1,2\n")
    with pytest.raises(MappingError, match="matches no built-in mapping"):
        list(read_programs(unknown_header))


def test_specialty_codes_agree_with_the_24_and_the_demo_ids() -> None:
    assert set(MATCH_SPECIALTY_BY_CODE.values()) == SPECIALTY_SET
    for specialty, figures in SPECIALTY_FIGURES.items():
        assert MATCH_SPECIALTY_BY_CODE[figures.code] == specialty
    assert match_specialty("40", None).specialty == "Anesthesiology"
    assert match_specialty(None, "Pathology").specialty == "Pathology-Anatomic and Clinical"
    assert match_specialty("140", "Pediatrics").code == "specialty_mismatch"
