"""Reading the CLI's inputs (profile, catalog, batch questions) with errors that name the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from smartpick.events.models import ApplicantProfile, Program

M = TypeVar("M", bound=BaseModel)


class InputError(ValueError):
    """Bad user input: the CLI prints the message and exits with code 2."""


def load_profile(path: Path) -> ApplicantProfile:
    """A profile JSON file with the ``ApplicantProfile`` field names; missing optional fields
    take that model's defaults (no USCE, no visa, no research, nothing failed ...)."""
    return validated(ApplicantProfile, _json_file(path), str(path))


def load_catalog(path: Path | None) -> list[Program]:
    """A JSON array or JSONL of programs; without a file, the synthetic national catalog."""
    if path is None:
        from services.profiles.catalog.demo import generate_catalog  # heavy, and only needed here

        return generate_catalog()
    text = _read(path)
    stripped = text.lstrip()
    if stripped.startswith("["):
        items = _parse(text, str(path))
        if not isinstance(items, list):
            raise InputError(f"{path}: expected a JSON array of programs")
    else:
        items = [_parse(line, f"{path} line {n}")
                 for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    return [validated(Program, item, f"{path} program {n}") for n, item in enumerate(items, 1)]


def read_jsonl(path: Path) -> list[Any]:
    return [_parse(line, f"{path} line {n}")
            for n, line in enumerate(_read(path).splitlines(), start=1) if line.strip()]


def validated(model: type[M], data: Any, where: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(whole object)"
        raise InputError(f"{where}: invalid field {field!r}: {first['msg']}") from None


def _json_file(path: Path) -> Any:
    return _parse(_read(path), str(path))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None


def _parse(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg})") from None
