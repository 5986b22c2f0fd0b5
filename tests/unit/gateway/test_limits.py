"""Size limits at the gateway: bodies over their limit get 413 unread, variables hold no overlong
list or string, and no error echoes a large input back."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx

from tests.unit.gateway.fakes import APPLICANT, FakeServices, codes, gateway, token


def auth() -> dict[str, str]:
    """A fresh token each time: one made at import expires before a long suite reaches it."""
    return {"authorization": f"Bearer {token()}"}


async def test_a_body_over_the_limit_gets_413_from_its_declared_length() -> None:
    fake = gateway(max_body_kb=64)
    body = json.dumps({"query": "{ health }", "variables": {"x": "y" * 70_000}}).encode()
    response = await fake.post(content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_streamed_body_is_cut_off_once_it_passes_the_limit() -> None:
    fake = gateway(max_body_kb=64)
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'{"query": "{ health }", "variables": {"x": "'
        for _ in range(1000):  # 16 MB if all were read
            sent += 1
            yield b"y" * 16_384
        yield b'"}}'

    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        response = await client.post("/graphql", content=chunks(),
                                     headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert sent < 1000


async def test_an_upload_has_its_own_larger_limit() -> None:
    fake = gateway(max_body_kb=64, simulation_max_upload_mb=1)
    operations = json.dumps({"query": "mutation($f: Upload!) { runMatchSimulation(input: "
                                      "{instance: $f}) { id } }", "variables": {"f": None}})
    files = {"0": ("instance.json", b"x" * 200_000, "application/json")}
    data = {"operations": operations, "map": json.dumps({"0": ["variables.f"]})}
    allowed = await fake.post(data=data, files=files, headers=auth())
    assert allowed.status_code == 200  # reached the (fake) matching service
    files = {"0": ("instance.json", b"x" * 2_500_000, "application/json")}
    assert (await fake.post(data=data, files=files, headers=auth())).status_code == 413


async def test_variables_hold_no_overlong_list_or_string() -> None:
    fake = gateway(FakeServices())
    query = "query($ids: [ID!]) { me { matchSimulations { edges { node { matches(applicantIds: " \
            "$ids) { totalCount } } } } } }"
    found = await fake.query(query, {"ids": ["a"] * 1001})
    assert codes(found) == ["BAD_USER_INPUT"] and "1000 items" in found["errors"][0]["message"]
    found = await fake.query('query($p: String!) { signIn(email: "a@b.org", password: $p) '
                             "{ token } }", {"p": "x" * 10_001})
    assert codes(found) == ["BAD_USER_INPUT"]
    assert "10000 characters" in found["errors"][0]["message"]
    assert fake.services.requests == []


async def test_errors_never_echo_a_large_input() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        given = json.loads(request.content)["specialties"][0]
        return httpx.Response(422, json={"detail": [{
            "loc": ["body", "specialties", 0], "type": "value_error",
            "msg": f"Value error, unknown specialty {given!r}"}]})

    me = APPLICANT.account_id
    fake = gateway(FakeServices({("PUT", f"profiles/applicants/{me}/profile"): echo}))
    long = "Z" * 9_000
    found = await fake.query(
        "mutation($s: String!) { updateMyProfile(input: {applicantType: NON_US_IMG, "
        "graduationYear: 2021, specialties: [$s]}) { visa } }", {"s": long})
    [error] = found["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert len(error["message"]) <= 500
    assert all(len(field["message"]) <= 500 for field in error["extensions"]["fields"])
    coercion = await fake.query("query($r: Role!) { health }", {"r": long})
    assert len(coercion["errors"][0]["message"]) <= 500


async def test_an_unknown_enum_value_in_a_variable_is_bad_input_not_an_internal_error() -> None:
    found = await gateway().query(
        "query($s: MentorshipStatus) { me { mentorships(status: $s) { totalCount } } }",
        {"s": "BRIBE"})
    assert codes(found) == ["BAD_USER_INPUT"]
    assert "BRIBE" in found["errors"][0]["message"]
