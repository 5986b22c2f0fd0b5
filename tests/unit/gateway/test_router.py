"""GraphQL over HTTP: application/graphql-response+json when the client accepts it, 400 without
a data entry for a request that fails before execution; application/json keeps 200."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.gateway.fakes import gateway

GRAPHQL_RESPONSE = "application/graphql-response+json"
REQUEST_ERRORS = [
    {"query": "{"},  # does not parse
    {"query": "{ noSuchField }"},  # does not validate
    {"query": "query($id: ID!) { __typename }", "variables": {"id": None}},  # bad variables
]


async def test_the_response_media_type_follows_accept() -> None:
    fake = gateway()
    for accept, media in [(GRAPHQL_RESPONSE, GRAPHQL_RESPONSE),
                          (f"{GRAPHQL_RESPONSE}, application/json;q=0.9", GRAPHQL_RESPONSE),
                          ("application/json", "application/json"),
                          (f"application/json, {GRAPHQL_RESPONSE};q=0.5", "application/json"),
                          ("*/*", "application/json")]:
        response = await fake.post({"query": "{ __typename }"}, headers={"accept": accept})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(media), accept
        assert response.json() == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize("body", REQUEST_ERRORS)
async def test_a_request_error_is_400_without_data_for_graphql_response_json(
    body: dict[str, Any],
) -> None:
    response = await gateway().post(body, headers={"accept": GRAPHQL_RESPONSE})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE)
    found = response.json()
    assert "data" not in found and found["errors"][0]["extensions"]["code"]


@pytest.mark.parametrize("body", REQUEST_ERRORS)
async def test_a_request_error_stays_200_for_json(body: dict[str, Any]) -> None:
    response = await gateway().post(body, headers={"accept": "application/json"})
    assert response.status_code == 200 and "data" not in response.json()


async def test_a_field_error_is_200_with_data_for_either_media_type() -> None:
    for accept in (GRAPHQL_RESPONSE, "application/json"):
        response = await gateway().post({"query": "{ health me { id } }"},
                                        headers={"accept": accept})
        assert response.status_code == 200
        found = response.json()
        assert found["data"] is None
        assert found["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
