"""Hand-made couple cases: pairs, withdrawal of a displaced partner, nulls, no stable matching."""

from matchsim import check_documents, solve_document
from tests.unit.matchsim.documents import NO_STABLE, couple, program


def test_couple_matches_its_first_pair_when_both_programs_have_room() -> None:
    doc = {
        "programs": [program("p1", 1, ["a"]), program("p2", 1, ["b"])],
        "couples": [couple("c", ["a", "b"], [["p1", "p2"]])],
    }
    result = solve_document(doc)
    assert result["matches"] == {"a": "p1", "b": "p2"}
    assert result["stats"]["couples_matched"] == 1


def test_displaced_member_makes_partner_withdraw_and_couple_takes_next_pair() -> None:
    # s displaces b at p2; a must leave p1, which then goes to t (refused by p1 before)
    doc = {
        "programs": [
            program("p1", 1, ["a", "t"]),
            program("p2", 1, ["s", "b"]),
            program("p3", 2, ["a", "b"]),
            program("p4", 1, ["t"]),
        ],
        "applicants": [{"id": "t", "ranks": ["p1", "p4"]}, {"id": "s", "ranks": ["p2"]}],
        "couples": [couple("c", ["a", "b"], [["p1", "p2"], ["p3", "p3"]])],
    }
    result = solve_document(doc)
    assert result["matches"] == {"t": "p1", "s": "p2", "a": "p3", "b": "p3"}
    assert result["stats"]["stable"]
    assert check_documents(doc, result) == []


def test_null_side_leaves_one_partner_unmatched() -> None:
    doc = {
        "programs": [program("p1", 1, ["a"]), program("p2", 1, ["s"])],
        "applicants": [{"id": "s", "ranks": ["p2"]}],
        "couples": [couple("c", ["a", "b"], [["p1", "p2"], ["p1", None]])],
    }
    result = solve_document(doc)
    assert result["matches"] == {"s": "p2", "a": "p1", "b": None}
    assert result["stats"]["couples_matched"] == 1
    assert check_documents(doc, result) == []


def test_couple_needs_two_seats_when_both_rank_the_same_program() -> None:
    doc = {
        "programs": [program("p", 2, ["a", "s", "b"]), program("q", 2, ["a", "b"])],
        "applicants": [{"id": "s", "ranks": ["p"]}],
        "couples": [couple("c", ["a", "b"], [["p", "p"], ["q", "q"]])],
    }
    result = solve_document(doc)
    # p keeps s over b, so the couple cannot have both seats of p and moves to q together
    assert result["matches"] == {"s": "p", "a": "q", "b": "q"}
    assert check_documents(doc, result) == []


def test_instance_without_stable_matching_is_reported_not_looped() -> None:
    result = solve_document(NO_STABLE)
    assert result["stats"]["stable"] is False
    assert check_documents(NO_STABLE, result) != []
