"""The gateway's defences on the running platform (issue 11): dates served, query cost limits,
ids kept inside their URL segment, size limits, and what it tells strangers."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Platform
from tests.e2e.test_journey import PROFILE, gql, sign_up, update_profile

pytestmark = pytest.mark.e2e
NOTIFICATIONS = "{ me { id notifications { unreadCount edges { node { id kind } } } } }"
RECOMMENDATIONS = "me { recommendations(first: 200) { edges { node { score program { name } } } } }"


@pytest.fixture(scope="module")
def defaults(platform: Platform) -> Iterator[str]:
    """A gateway with the default settings of a non-local deployment (this platform's opens
    its schema to the tests)."""
    with platform.another_gateway(GRAPHQL_INTROSPECTION=None) as graphql:
        yield graphql


@pytest.fixture(scope="module")
def notified(platform: Platform) -> list[tuple[str, dict[str, Any]]]:
    """Two applicants with a profile and its unread notification."""
    tokens = [sign_up(platform)[0] for _ in range(2)]
    for token in tokens:
        update_profile(platform, token)
    return [_unread_once(platform, token) for token in tokens]


def _unread_once(platform: Platform, token: str) -> tuple[str, dict[str, Any]]:
    deadline = time.monotonic() + 90
    while True:
        found = gql(platform, NOTIFICATIONS, token)
        assert "errors" not in found, found
        if found["data"]["me"]["notifications"]["unreadCount"] == 1:
            return token, found["data"]["me"]
        assert time.monotonic() < deadline, found
        time.sleep(0.5)


def post(url: str, body: Any, token: str | None = None, **kwargs: Any) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return httpx.post(url, json=body, headers=headers, timeout=30, **kwargs)


def codes(result: dict[str, Any]) -> list[str]:
    return [error["extensions"]["code"] for error in result.get("errors") or []]


def test_notification_created_at_is_served_with_me(
    platform: Platform, notified: list[tuple[str, dict[str, Any]]],
) -> None:
    token, _ = notified[0]
    found = gql(platform, "{ me { id notifications { edges { node { id createdAt } } } } }", token)
    assert "errors" not in found, found
    [edge] = found["data"]["me"]["notifications"]["edges"]
    assert datetime.fromisoformat(edge["node"]["createdAt"]).tzinfo is not None
    marked = gql(platform, 'mutation($id: ID!) { markNotificationRead(id: $id) '
                           '{ id read createdAt } }', token, {"id": edge["node"]["id"]})
    assert marked["data"]["markNotificationRead"] == {
        "id": edge["node"]["id"], "read": True, "createdAt": edge["node"]["createdAt"]}


def test_alias_amplification_is_refused_before_it_reaches_the_services(
    platform: Platform, notified: list[tuple[str, dict[str, Any]]],
) -> None:
    token, _ = notified[0]
    thirty = "{ " + " ".join(f"a{n}: {RECOMMENDATIONS}" for n in range(30)) + " }"
    started = time.perf_counter()
    found = gql(platform, thirty, token)
    assert time.perf_counter() - started < 1.0
    assert codes(found) == ["QUERY_TOO_COMPLEX"] and "data" not in found
    plans = "{ me { " + " ".join(f"p{n}: plan {{ pMatch }}" for n in range(12)) + " } }"
    assert codes(gql(platform, plans, token)) == ["QUERY_TOO_COMPLEX"]
    one_page = gql(platform, "{ " + RECOMMENDATIONS + " }", token)
    assert "errors" not in one_page, one_page


def test_ids_stay_inside_their_url_segment(
    platform: Platform, notified: list[tuple[str, dict[str, Any]]],
) -> None:
    token, _ = notified[1]
    for given in ("../accounts/me", "x?y=1", "../programs?ids=E2E-VISA"):
        found = gql(platform, "query($id: ID!) { program(id: $id) { id name } }", token,
                    {"id": given})
        assert codes(found) == ["NOT_FOUND"], (given, found)
    for given in ("a\x00b", "..", "x" * 300):
        found = gql(platform, "query($id: ID!) { program(id: $id) { id } }", token, {"id": given})
        assert codes(found) == ["BAD_USER_INPUT"], (given, found)
    # unencoded, this was POST /notifications/read-all: every notification marked read
    found = gql(platform, 'mutation { markNotificationRead(id: "../notifications/read-all?") '
                          "{ id } }", token)
    assert codes(found) == ["NOT_FOUND"]
    assert gql(platform, NOTIFICATIONS, token)["data"]["me"]["notifications"]["unreadCount"] == 1
    simulation = gql(platform, '{ matchSimulation(id: "../simulations") { id } }', token)
    assert codes(simulation) == ["NOT_FOUND"]


def test_oversize_bodies_and_variables_are_refused_and_errors_stay_short(
    platform: Platform, notified: list[tuple[str, dict[str, Any]]],
) -> None:
    token, _ = notified[0]
    big = json.dumps({"query": "{ health }", "variables": {"x": "y" * 2_000_000}}).encode()
    started = time.perf_counter()
    response = httpx.post(platform.graphql, content=big, timeout=30,
                          headers={"content-type": "application/json"})
    assert response.status_code == 413 and time.perf_counter() - started < 2
    long_list = gql(platform, "query($s: [String!]!) { me { plan(options: {specialties: $s}) "
                              "{ pMatch } } }", token, {"s": ["Internal Medicine"] * 5000})
    assert codes(long_list) == ["BAD_USER_INPUT"]
    echoed = post(platform.graphql, {"query": "mutation($s: String!) { updateMyProfile(input: "
                                              "{applicantType: NON_US_IMG, graduationYear: 2021, "
                                              "specialties: [$s]}) { visa } }",
                                     "variables": {"s": "Z" * 9_000}}, token)
    [error] = echoed.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and len(echoed.content) < 3_000


def test_strangers_get_no_schema_no_token_reasons_and_no_limit_of_their_own(
    platform: Platform, defaults: str,
) -> None:
    refused = post(defaults, {"query": "{ __schema { types { name } } }"}).json()
    assert set(codes(refused)) == {"BAD_USER_INPUT"} and "data" not in refused
    typo = post(defaults, {"query": "{ helth }"}).json()
    assert "Did you mean" not in typo["errors"][0]["message"]
    assert httpx.get(defaults, headers={"accept": "text/html"}, timeout=30).status_code == 404
    forged = post(defaults, {"query": "{ me { id } }"}, "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl")
    assert forged.json()["errors"][0]["message"] == "invalid or expired token"
    try_plan = {"query": "{ tryPlan(profile: " + PROFILE + ") { pMatch } }"}
    found = [codes(httpx.post(defaults, json=try_plan, timeout=30,
                              headers={"x-forwarded-for": f"203.0.113.{n}"}).json())
             for n in range(8)]  # TRY_PLAN_PER_MINUTE is 5 on this platform
    assert ["RATE_LIMITED"] in found
