"""Every eligibility rule: its reason in plain words, strict exclusion and preference cost."""

from __future__ import annotations

from typing import Any

import pytest

from engine.catalog import CatalogArrays
from engine.eligibility import check, reasons
from engine.interview import score
from engine.params import shipped_params
from smartpick.events.models import ApplicantProfile
from tests.unit.engine.builders import profile, program, soft, strict


def evaluate(applicant: ApplicantProfile, **fields: Any) -> tuple[bool, list[str], list[str]]:
    arrays = CatalogArrays.from_programs([program(**fields)])
    result = check(applicant, arrays, season_year=2027)
    return (
        bool(result.excluded[0]),
        reasons(applicant, arrays, 0, int(result.strict_misses[0]), 2027),
        reasons(applicant, arrays, 0, int(result.preference_misses[0]), 2027),
    )


def test_j1_needed_and_not_sponsored_excludes_with_reason() -> None:
    assert evaluate(profile(visa="j1"), sponsors_j1=False) == (
        True, ["does not sponsor the J-1 visa you need"], [])


def test_h1b_needed_and_not_sponsored_excludes_with_reason() -> None:
    excluded, why, _ = evaluate(profile(visa="h1b", step3_passed=True), sponsors_h1b=False)
    assert excluded and why == ["does not sponsor the H-1B visa you need"]


def test_unknown_sponsorship_never_excludes() -> None:
    assert evaluate(profile(visa="j1"), sponsors_j1=None)[0] is False


def test_visa_not_needed_ignores_sponsorship() -> None:
    assert evaluate(profile(), sponsors_j1=False, sponsors_h1b=False)[0] is False


def test_h1b_without_step3_excludes_with_reason() -> None:
    excluded, why, _ = evaluate(profile(visa="h1b"), sponsors_h1b=True)
    assert excluded
    assert why == ["an H-1B for residency needs USMLE Step 3 passed, and you have not passed it"]
    assert evaluate(profile(visa="h1b", step3_passed=True), sponsors_h1b=True)[0] is False


@pytest.mark.parametrize("requirement,excluded", [(strict(3), True), (soft(3), False)])
def test_graduated_too_long_ago(requirement: Any, excluded: bool) -> None:
    got, hard, preferred = evaluate(profile(graduation_year=2020),
                                    max_years_since_graduation=requirement)
    text = "graduated 7 years before the 2027 season; the program takes at most 3"
    assert got is excluded
    assert (hard if excluded else preferred) == [text]


def test_graduation_within_limit_passes() -> None:
    assert evaluate(profile(graduation_year=2025), max_years_since_graduation=strict(3)) == (
        False, [], [])


@pytest.mark.parametrize("requirement,excluded", [(strict(240), True), (soft(240), False)])
def test_step2_below_minimum(requirement: Any, excluded: bool) -> None:
    got, hard, preferred = evaluate(profile(step2_score=230), min_step2_score=requirement)
    assert got is excluded
    assert (hard if excluded else preferred) == ["Step 2 CK minimum is 240; your score is 230"]


def test_missing_step2_counts_as_below_minimum() -> None:
    excluded, why, _ = evaluate(profile(step2_score=None), min_step2_score=strict(200))
    assert excluded and why == ["Step 2 CK minimum is 200; you have no Step 2 CK score yet"]


@pytest.mark.parametrize("requirement,excluded", [(strict(6), True), (soft(6), False)])
def test_usce_missing(requirement: Any, excluded: bool) -> None:
    got, hard, preferred = evaluate(profile(usce_months=2), min_usce_months=requirement)
    assert got is excluded
    assert (hard if excluded else preferred) == [
        "asks for 6 months of US clinical experience; you have 2"]


def test_us_graduates_are_not_asked_for_usce() -> None:
    assert evaluate(profile(applicant_type="us_md", usce_months=0),
                    min_usce_months=strict(6))[0] is False


@pytest.mark.parametrize("requirement,excluded", [(strict(False), True), (soft(False), False)])
def test_failed_attempts_not_accepted(requirement: Any, excluded: bool) -> None:
    got, hard, preferred = evaluate(profile(exam_attempts_failed=1),
                                    accepts_failed_attempts=requirement)
    assert got is excluded
    assert (hard if excluded else preferred) == [
        "does not accept failed exam attempts; you have 1"]


def test_no_failed_attempts_passes_strict_rule() -> None:
    assert evaluate(profile(), accepts_failed_attempts=strict(False))[0] is False


@pytest.mark.parametrize("requirement,excluded", [(strict(True), True), (soft(True), False)])
def test_ecfmg_not_expected_in_time(requirement: Any, excluded: bool) -> None:
    applicant = profile(step2_score=None, ecfmg_certified=False)
    got, hard, preferred = evaluate(applicant, ecfmg_by_rank_deadline=requirement)
    text = ("needs ECFMG certification by the rank-list deadline, and yours is not expected in "
            "time (Step 1 and Step 2 CK must both be passed)")
    assert got is excluded
    assert (hard if excluded else preferred) == [text]


def test_ecfmg_expected_when_both_steps_passed_or_certified() -> None:
    assert evaluate(profile(), ecfmg_by_rank_deadline=strict(True))[0] is False
    assert evaluate(profile(step2_score=None, ecfmg_certified=True),
                    ecfmg_by_rank_deadline=strict(True))[0] is False


def test_us_graduates_never_need_ecfmg() -> None:
    for kind in ("us_md", "us_do"):
        applicant = profile(applicant_type=kind, step2_score=None)
        assert evaluate(applicant, ecfmg_by_rank_deadline=strict(True))[0] is False


def test_unknown_requirements_never_exclude() -> None:
    assert evaluate(profile(step2_score=None, exam_attempts_failed=3, graduation_year=1990,
                            usce_months=0, visa="j1", ecfmg_certified=False)) == (False, [], [])


def test_missed_preference_keeps_program_but_lowers_its_chance() -> None:
    arrays = CatalogArrays.from_programs([
        program(id="A"), program(id="B", min_step2_score=soft(250)),
        program(id="C", min_step2_score=strict(250)),
    ])
    p = score(profile(), arrays, shipped_params()).p_interview
    assert p[1] > 0.0 and p[1] < p[0]
    assert p[2] == 0.0
