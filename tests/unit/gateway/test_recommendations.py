"""The applicant's recommendations (gateway/recommendations.py): the filters given, and every
program of a page loaded in one call to the catalog."""

from __future__ import annotations

from typing import Any

from smartpick.events.models import Program
from tests.unit.gateway.fakes import APPLICANT, FakeServices, gateway

ME = {"id": APPLICANT.account_id, "email": "ana@example.org", "role": "APPLICANT"}


def item(program_id: str) -> dict[str, Any]:
    return {"cursor": f"c-{program_id}", "program_id": program_id, "specialty": "Pediatrics",
            "state": "NY", "eligible": False, "score": 1.5, "p_interview": 0.2,
            "p_interview_range": {"low": 0.15, "high": 0.26}, "tier": None, "reasons": [],
            "exclusion_reasons": ["visa"],
            "factors": [{"name": "visa", "points": -3.0, "text": "J-1 not sponsored"}]}


def services() -> FakeServices:
    catalog = {"items": [Program(id=f"P-{n}", name=f"Program {n}", specialty="Pediatrics")
                         .model_dump(mode="json") for n in (1, 2)],
               "total": 2, "has_next": False, "end_cursor": None}
    return FakeServices({
        ("GET", "profiles/accounts/me"): ME,
        ("GET", f"matching/applicants/{APPLICANT.account_id}/recommendations"): {
            "items": [item("P-1"), item("P-2")], "total": 9, "has_next": True,
            "end_cursor": "c-P-2", "computed_at": None, "model_version": 3,
            "profile_updated_at": "2026-11-29T10:00:00.123000+00:00"},
        ("GET", "profiles/programs"): catalog,
    })


async def test_a_page_of_recommendations_with_their_programs_in_one_catalog_call() -> None:
    fake = gateway(services())
    found = await fake.query(
        '{ me { recommendations(first: 2, eligible: false, tier: "reach") { totalCount '
        "modelVersion profileUpdatedAt pageInfo { hasNextPage endCursor } edges { cursor "
        "node { score exclusionReasons factors { points } program { name } } } } } }")
    assert "errors" not in found, found
    page = found["data"]["me"]["recommendations"]
    assert page["totalCount"] == 9 and page["modelVersion"] == 3
    assert page["profileUpdatedAt"] == "2026-11-29T10:00:00.123000+00:00"
    assert page["pageInfo"] == {"hasNextPage": True, "endCursor": "c-P-2"}
    assert [edge["node"]["program"]["name"] for edge in page["edges"]] == ["Program 1",
                                                                          "Program 2"]
    assert page["edges"][0] == {"cursor": "c-P-1", "node": {
        "score": 1.5, "exclusionReasons": ["visa"], "factors": [{"points": -3.0}],
        "program": {"name": "Program 1"}}}
    listed, programs = fake.services.requests
    assert dict(listed.url.params) == {"first": "2", "eligible": "false", "tier": "reach"}
    assert dict(programs.url.params) == {"ids": "P-1,P-2"}
