"""Where tests find the data sets kept outside the repository: the published match statistics and
the real program lists.

``SMARTPICK_SHARED_DATA`` names the folder holding ``match-statistics/`` and ``programs/``;
without it, ``shared/data`` beside the checkout (``<repo>/../shared/data``). A test needing a
file that is not there is skipped with a reason saying where it looked, never failed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("SMARTPICK_SHARED_DATA") or REPO.parent / "shared" / "data")
MATCH_STATISTICS = SHARED_DATA / "match-statistics"
PROGRAM_LISTS = SHARED_DATA / "programs"
OUTCOMES_2026 = MATCH_STATISTICS / "nonus_img_outcomes_2026.csv"
FEATURES_2026 = MATCH_STATISTICS / "specialty_features_2026.csv"


def _missing(files: tuple[Path, ...]) -> list[Path]:
    return [path for path in files if not path.is_file()]


def needs(*files: Path) -> pytest.MarkDecorator:
    """Skip the test (or module, as ``pytestmark``) unless every file is there."""
    missing = _missing(files)
    return pytest.mark.skipif(
        bool(missing), reason=f"shared data not found: {', '.join(map(str, missing))} "
                              "(set SMARTPICK_SHARED_DATA to the folder holding "
                              "match-statistics/ and programs/)")


needs_statistics = needs(OUTCOMES_2026, FEATURES_2026)
