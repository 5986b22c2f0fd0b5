"""Ids a client sends stay one path segment of the service route the gateway meant: they cannot
climb to another route or add a query string, and what no id is never reaches a service."""

from __future__ import annotations

import pytest

from smartpick.auth import Principal, Role
from tests.unit.gateway.fakes import APPLICANT, FakeServices, codes, gateway

ORGANIZATION = Principal("org-1", Role.ORG_ADMIN)
CALLS = [
    ('{ program(id: $id) { id } }', "GET", "profiles", "/programs/{}", APPLICANT),
    ('{ matchSimulation(id: $id) { id } }', "GET", "matching", "/simulations/{}", ORGANIZATION),
    ('mutation { deleteMatchSimulation(id: $id) }', "DELETE", "matching", "/simulations/{}",
     ORGANIZATION),
    ('mutation { markNotificationRead(id: $id) { id } }', "POST", "notifications",
     "/notifications/{}/read", APPLICANT),
]


def _operation(template: str) -> str:
    kind, _, rest = template.partition(" ")
    if kind == "mutation":
        return f"mutation($id: ID!) {rest}"
    return f"query($id: ID!) {template}"


@pytest.mark.parametrize(("template", "method", "host", "path", "caller"), CALLS)
@pytest.mark.parametrize(("given", "encoded"), [
    ("../accounts/me", "..%2Faccounts%2Fme"),
    ("x?y=1", "x%3Fy%3D1"),
    ("../read-all#", "..%2Fread-all%23"),
    ("a b/ü", "a%20b%2F%C3%BC"),
])
async def test_an_id_is_percent_encoded_as_one_segment(
    template: str, method: str, host: str, path: str, caller: Principal, given: str,
    encoded: str,
) -> None:
    fake = gateway(FakeServices())
    found = await fake.query(_operation(template), {"id": given}, caller)
    assert codes(found) == ["NOT_FOUND"]
    [request] = fake.services.requests
    assert (request.method, request.url.host) == (method, host)
    assert request.url.raw_path.decode() == path.format(encoded)  # nothing after it, no query


@pytest.mark.parametrize(("template", "method", "host", "path", "caller"), CALLS)
@pytest.mark.parametrize("given", ["a\x00b", "line\nbreak", "\u202eevil", "..", ".", "",
                                   "x" * 201])
async def test_what_no_id_is_is_refused_before_any_call(
    template: str, method: str, host: str, path: str, caller: Principal, given: str,
) -> None:
    fake = gateway(FakeServices())
    found = await fake.query(_operation(template), {"id": given}, caller)
    assert codes(found) == ["BAD_USER_INPUT"]
    assert fake.services.requests == []
