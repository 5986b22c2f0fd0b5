"""What an applicant may report: one season, known shape, a matched program that invited them."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from services.profiles.applicants.outcomes import OutcomeInput, report_id


def report(**fields: Any) -> OutcomeInput:
    base: dict[str, Any] = {"season_year": 2026, "applications": [
        {"program_id": "A", "invited": True}, {"program_id": "B", "invited": False}]}
    return OutcomeInput.model_validate(base | fields)


def test_a_consistent_report_is_accepted() -> None:
    assert report(matched=True, matched_program_id="A").matched_program_id == "A"
    assert report().matched is None  # the match result may come later


@pytest.mark.parametrize(("fields", "message"), [
    ({"season_year": 1999}, "season_year must be between 2010"),
    ({"season_year": 2999}, "season_year must be between 2010"),
    ({"applications": [{"program_id": "A", "invited": True}] * 2}, "more than once: A"),
    ({"applications": []}, "at least 1 item"),
    ({"matched": True, "matched_program_id": "B"}, "one of the programs that invited you"),
    ({"matched_program_id": "A"}, "needs matched: true"),
    ({"applications": [{"program_id": "A"}]}, "Field required"),
])
def test_an_inconsistent_report_is_refused_with_a_message(fields: dict[str, Any],
                                                          message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        report(**fields)


def test_a_season_has_one_report_id_per_applicant() -> None:
    assert report_id("a", 2026) == report_id("a", 2026)
    assert len({report_id("a", 2026), report_id("a", 2025), report_id("b", 2026)}) == 3
