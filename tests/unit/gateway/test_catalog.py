"""The catalog (gateway/catalog.py): pages of programs with the filters given, and one program."""

from __future__ import annotations

from smartpick.events.models import Program
from smartpick.paging import encode_cursor
from tests.unit.gateway.fakes import FakeServices, codes, gateway

PROGRAM = Program(id="P-1", name="General Hospital", specialty="Internal Medicine", state="NY")
PAGE = {"items": [PROGRAM.model_dump(mode="json")], "total": 41, "has_next": True,
        "end_cursor": "next"}


async def test_programs_pass_only_the_filters_given_and_each_edge_cursor_is_its_id() -> None:
    fake = gateway(FakeServices({("GET", "profiles/programs"): PAGE}))
    found = await fake.query('{ programs(first: 1, specialty: "Internal Medicine") { totalCount '
                             "pageInfo { hasNextPage endCursor } edges { cursor node { name "
                             "state minStep2Score { value } } } } }")
    assert found == {"data": {"programs": {
        "totalCount": 41, "pageInfo": {"hasNextPage": True, "endCursor": "next"},
        "edges": [{"cursor": encode_cursor("P-1"), "node": {
            "name": "General Hospital", "state": "NY", "minStep2Score": None}}]}}}
    [request] = fake.services.requests
    assert dict(request.url.params) == {"first": "1", "specialty": "Internal Medicine"}


async def test_one_program_and_the_catalog_need_a_token() -> None:
    fake = gateway(FakeServices({("GET", "profiles/programs/P-1"): PROGRAM.model_dump()}))
    found = await fake.query('{ program(id: "P-1") { id specialty } }')
    assert found == {"data": {"program": {"id": "P-1", "specialty": "Internal Medicine"}}}
    anonymous = await fake.query('{ program(id: "P-1") { id } }', principal=None)
    assert codes(anonymous) == ["UNAUTHENTICATED"]
