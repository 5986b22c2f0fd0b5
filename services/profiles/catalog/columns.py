"""Which CSV column feeds which catalog ``Program`` field (a *mapping*).

Two are built in and recognised from the header:

- ``acgme``: ``program_name, acgme_program_id, acgme_specialty_code, city, state``
  (ids ``ACGME-…``);
- ``nrmp``: ``nrmp_program_code, track_name, institution_name, specialty_code,
  specialty_name_from_code`` (ids ``NRMP-…``; no city or state column, so both stay unknown).

A custom mapping is a JSON object with these keys (only ``id``, ``name`` and one of
``specialty_code``/``specialty`` are required; every value is a column name)::

    {"label": "freida-export", "id": "Program ID", "id_prefix": "FREIDA-",
     "name": ["Institution", "Program"], "specialty_code": "Code", "specialty": "Specialty",
     "institution": "Institution", "city": "City", "state": "State", "positions": "Positions",
     "sponsors_j1": "J-1", "sponsors_h1b": "H-1B", "nrmp_program_code": "NRMP code"}

``name`` may list several columns, joined with ": ". ``nrmp_program_code`` names a column of NRMP
program codes whose track letter (8th character) rejects preliminary (P) one-year tracks. A field
without a column stays ``None``: unknown, never guessed. Extra columns are ignored.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, model_validator


class CatalogFileError(ValueError):
    """The whole file cannot be read (no header line)."""


class MappingError(CatalogFileError):
    """No usable mapping: unknown name, invalid JSON, or columns the header lacks."""


class ColumnMapping(BaseModel):
    """Which CSV column feeds which ``Program`` field; see the module docstring."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str = "custom"
    id: str
    id_prefix: str = ""
    name: str | tuple[str, ...]
    specialty_code: str | None = None
    specialty: str | None = None
    institution: str | None = None
    city: str | None = None
    state: str | None = None
    positions: str | None = None
    sponsors_j1: str | None = None
    sponsors_h1b: str | None = None
    nrmp_program_code: str | None = None

    @model_validator(mode="after")
    def _names_a_specialty(self) -> ColumnMapping:
        if self.specialty_code is None and self.specialty is None:
            raise ValueError("a mapping needs a specialty_code or a specialty column")
        return self

    def name_columns(self) -> tuple[str, ...]:
        return (self.name,) if isinstance(self.name, str) else self.name

    def columns(self) -> set[str]:
        fields = self.model_dump(exclude={"label", "id_prefix", "name"}, exclude_none=True)
        return set(fields.values()) | set(self.name_columns())


BUILTIN_MAPPINGS: Final[dict[str, ColumnMapping]] = {
    "acgme": ColumnMapping(
        label="acgme", id="acgme_program_id", id_prefix="ACGME-", name="program_name",
        specialty_code="acgme_specialty_code", city="city", state="state",
    ),
    "nrmp": ColumnMapping(
        label="nrmp", id="nrmp_program_code", id_prefix="NRMP-",
        name=("institution_name", "track_name"), institution="institution_name",
        specialty_code="specialty_code", specialty="specialty_name_from_code",
        nrmp_program_code="nrmp_program_code",
    ),
}  # fmt: skip


def load_mapping(spec: str) -> ColumnMapping:
    """A built-in mapping by name, or a custom one from a JSON file."""
    if spec in BUILTIN_MAPPINGS:
        return BUILTIN_MAPPINGS[spec]
    path = Path(spec)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data.setdefault("label", path.stem)
        return ColumnMapping.model_validate(data)
    except (OSError, ValueError) as error:
        builtins = ", ".join(BUILTIN_MAPPINGS)
        raise MappingError(
            f"mapping {spec!r} is not one of {builtins} nor a valid mapping file: {error}"
        ) from error


def mapping_for(path: Path | str, spec: str | None = None) -> ColumnMapping:
    """The mapping named by ``spec`` (built-in name or JSON file), else the one the header fits."""
    if spec is not None:
        return load_mapping(spec)
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as file:
        header = [column.strip() for column in next(csv.reader(file), [])]
    if not any(header):
        raise CatalogFileError(f"{path} has no header line")
    return detect_mapping(header)


def detect_mapping(header: list[str]) -> ColumnMapping:
    """The built-in mapping whose columns the header has."""
    for mapping in BUILTIN_MAPPINGS.values():
        if mapping.columns() <= set(header):
            return mapping
    names = ", ".join(BUILTIN_MAPPINGS)
    raise MappingError(f"the header matches no built-in mapping ({names}); pass --mapping")
