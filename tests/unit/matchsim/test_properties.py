"""Random instances: results are stable, within capacity, and equal `matching` without couples."""

from typing import Any

from hypothesis import given, settings

from matchsim import check_documents, solve_document
from tests.unit.matchsim.instances import baseline_matches, instances


@settings(max_examples=300, deadline=None)
@given(instances())
def test_singles_result_is_stable_and_equals_applicant_optimal_baseline(
    doc: dict[str, Any],
) -> None:
    result = solve_document(doc)
    assert result["stats"]["stable"]
    assert check_documents(doc, result) == []
    assert result["matches"] == baseline_matches(doc)


@settings(max_examples=300, deadline=None)
@given(instances(couples=True, supplemental=True))
def test_couples_result_is_stable_unless_reported_otherwise(doc: dict[str, Any]) -> None:
    result = solve_document(doc)
    violations = check_documents(doc, result)
    if result["stats"]["stable"]:
        assert violations == []
    else:
        assert violations, "a result reported unstable should have a blocking pair"
    assert not [v for v in violations if "positions" in v or "does not rank" in v]


@settings(max_examples=100, deadline=None)
@given(instances(couples=True, supplemental=True))
def test_same_input_gives_same_output(doc: dict[str, Any]) -> None:
    first, second = solve_document(doc), solve_document(doc)
    first["stats"].pop("solve_seconds")
    second["stats"].pop("solve_seconds")
    assert first == second
