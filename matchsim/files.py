"""Read the JSON documents and write results atomically (temp file + rename), never half a file."""

import json
import os
import tempfile
from pathlib import Path

from matchsim.errors import MatchInputError


def read_json(path: str) -> object:
    try:
        with open(path, "rb") as handle:
            return json.load(handle)
    except OSError as error:
        raise MatchInputError("unreadable", f"cannot read {path}: {error.strerror}") from None
    except ValueError as error:
        raise MatchInputError("malformed", f"{path} is not valid JSON: {error}") from None


def write_json_atomic(path: str, doc: object) -> None:
    """Readers see the old file or the complete new one, even if we crash mid-write."""
    target = Path(path)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.", delete=False
    ) as handle:
        try:
            json.dump(doc, handle)
        except BaseException:
            handle.close()
            os.unlink(handle.name)
            raise
    os.replace(handle.name, target)
