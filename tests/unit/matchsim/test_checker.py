"""The checker flags blocking pairs and over-capacity; the generator is deterministic per seed."""


from matchsim import check_documents, solve_document
from matchsim.generator import generate, scaled
from tests.unit.matchsim.documents import DOC


def test_checker_accepts_the_solver_result() -> None:
    assert check_documents(DOC, solve_document(DOC)) == []


def test_checker_reports_a_blocking_pair() -> None:
    result = solve_document(DOC)
    result["matches"] = {"a": "p2", "b": "p1"}
    assert check_documents(DOC, result) == [
        'applicant "a" and program "p1" block: both prefer each other'
    ]


def test_checker_reports_over_capacity() -> None:
    result = solve_document(DOC)
    result["matches"] = {"a": "p1", "b": "p1"}
    assert check_documents(DOC, result) == ['program "p1" has 2 matches for 1 positions']


def test_checker_reports_a_match_the_applicant_did_not_rank() -> None:
    doc = {**DOC, "applicants": [{"id": "a", "ranks": ["p1"]}, {"id": "b", "ranks": ["p1"]}]}
    result = solve_document(doc)
    result["matches"]["b"] = "p2"
    result["unfilled"] = {}
    assert check_documents(doc, result) == [
        "applicant \"b\" is matched to 'p2', which it does not rank"
    ]


def test_generator_is_deterministic_per_seed_and_its_output_is_stable() -> None:
    shape = scaled(1_500, couples=40, supplemental=True)
    doc = generate(shape, seed=7)
    assert doc == generate(shape, seed=7)
    assert doc != generate(shape, seed=8)
    assert len(doc["couples"]) == 40
    assert len(doc["applicants"]) == 1_500 - 80
    assert sum(p["positions"] for p in doc["programs"]) == shape.positions
    result = solve_document(doc)
    assert result["stats"]["stable"]
    assert check_documents(doc, result) == []
