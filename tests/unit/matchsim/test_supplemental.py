"""Supplemental lists: a second phase seats advanced-program matches in leftover PGY-1 positions."""

from typing import Any

from matchsim import check_documents, solve_document


def _doc(prelim_positions: int) -> dict[str, Any]:
    return {
        "programs": [
            {"id": "adv", "positions": 2, "ranks": ["x", "y"]},
            {"id": "pre1", "positions": prelim_positions, "ranks": ["y", "x", "z"]},
            {"id": "pre2", "positions": 1, "ranks": ["x", "y"]},
        ],
        "applicants": [
            {"id": "x", "ranks": ["adv"], "supplemental": {"adv": ["pre1", "pre2"]}},
            {"id": "y", "ranks": ["adv"], "supplemental": {"adv": ["pre1", "pre2"]}},
            {"id": "z", "ranks": ["pre1"]},
        ],
    }


def test_advanced_match_gets_pgy1_from_its_supplemental_list_by_program_preference() -> None:
    doc = _doc(prelim_positions=2)  # z takes one seat of pre1 in the main match
    result = solve_document(doc)
    assert result["matches"] == {"x": "adv", "y": "adv", "z": "pre1"}
    assert result["supplemental_matches"] == {"y": "pre1", "x": "pre2"}
    assert result["unfilled"] == {}
    assert check_documents(doc, result) == []


def test_supplemental_phase_only_offers_positions_left_by_the_main_match() -> None:
    doc = _doc(prelim_positions=1)
    result = solve_document(doc)
    assert result["supplemental_matches"] == {"x": "pre2"}
    assert result["stats"]["supplemental_matched"] == 1
    assert check_documents(doc, result) == []


def test_applicant_not_matched_to_the_advanced_program_gets_no_supplemental_seat() -> None:
    doc = _doc(prelim_positions=2)
    doc["programs"][0]["positions"] = 1  # only x gets adv
    result = solve_document(doc)
    assert result["matches"]["y"] is None
    assert "y" not in result["supplemental_matches"]
