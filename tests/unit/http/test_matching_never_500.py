"""Issue 11, defect 6: inputs that made the matching service answer 500 get a useful answer or
a clear 4xx: a profile without a specialty, cursors ``isdigit`` accepts but ``int`` refuses, and
integers too large to store."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from engine.optimizer import NO_SPECIALTY
from smartpick.auth import Role
from smartpick.paging import encode_cursor
from tests.unit.http.apps import (
    APPLICANT,
    ORGANIZATION,
    PROFILE_WITHOUT_SPECIALTY,
    bearer,
    matching,
)

OPTIONS = {"applications": 20}


@pytest.fixture(scope="module")
def client() -> TestClient:
    app, _ = matching()
    return TestClient(app, raise_server_exceptions=False)


def test_a_plan_without_a_specialty_is_empty_and_says_why(client: TestClient) -> None:
    answer = client.post(f"/applicants/{APPLICANT}/plan", json=OPTIONS, headers=bearer())
    assert answer.status_code == 200, answer.text
    plan = answer.json()
    assert plan["applications"] == [] and plan["p_match"] == 0 and plan["cost_usd"] == 0
    assert plan["warnings"] == [NO_SPECIALTY]


def test_a_what_if_without_a_specialty_finds_no_eligible_program(client: TestClient) -> None:
    answer = client.post(f"/applicants/{APPLICANT}/what-if", json=OPTIONS, headers=bearer())
    assert answer.status_code == 200, answer.text
    outcomes = answer.json()
    assert outcomes[0]["scenario"] == "as is" and len(outcomes) > 1
    assert all(o["eligible_programs"] == 0 and o["p_match"] == 0 for o in outcomes)


def test_trying_a_plan_without_a_specialty_is_empty_and_says_why(client: TestClient) -> None:
    body = {**OPTIONS, "profile": PROFILE_WITHOUT_SPECIALTY.model_dump(mode="json")}
    answer = client.post("/plans/try", json=body, headers=bearer())
    assert answer.status_code == 200, answer.text
    assert answer.json()["warnings"] == [NO_SPECIALTY]


def test_a_specialty_in_the_options_plans_for_a_profile_without_one(client: TestClient) -> None:
    body = {**OPTIONS, "specialties": ["Internal Medicine"]}
    answer = client.post(f"/applicants/{APPLICANT}/plan", json=body, headers=bearer())
    assert answer.status_code == 200, answer.text
    assert answer.json()["applications"] and answer.json()["warnings"] == []


@pytest.mark.parametrize("position", ["²", "٣", "1" * 5000, "-1", "1e3", " 1", ""],
                         ids=["superscript", "arabic-indic", "5000-digits", "negative", "float",
                              "space", "empty"])
@pytest.mark.parametrize("route", ["/applicants/applicant-1/recommendations", "/simulations"])
def test_a_cursor_that_is_not_a_small_ascii_number_is_a_400(client: TestClient, route: str,
                                                            position: str) -> None:
    caller = bearer(ORGANIZATION, Role.ORG_ADMIN) if route == "/simulations" else bearer()
    cursor = encode_cursor(position) or "="
    answer = client.get(route, params={"after": cursor}, headers=caller)
    expected = 422 if len(cursor) > 200 else 400  # too long for the parameter's maxLength
    assert answer.status_code == expected, answer.text


def test_the_cursor_wri_of_the_report_is_a_400(client: TestClient) -> None:
    answer = client.get(f"/applicants/{APPLICANT}/recommendations", params={"after": "wrI"},
                        headers=bearer())
    assert answer.status_code == 400
    assert "invalid cursor" in answer.json()["detail"]


def test_a_cursor_of_ours_still_pages(client: TestClient) -> None:
    answer = client.get(f"/applicants/{APPLICANT}/recommendations",
                        params={"after": encode_cursor("3")}, headers=bearer())
    assert answer.status_code == 200, answer.text
    assert answer.json()["items"][0]["cursor"] == encode_cursor("4")


@pytest.mark.parametrize("value", [2**63, 2**64 + 1, 10**30])
def test_max_proposals_beyond_its_bound_is_a_422_naming_the_bound(client: TestClient,
                                                                  value: int) -> None:
    answer = client.post("/simulations", json={"max_proposals": value},
                         headers=bearer(ORGANIZATION, Role.ORG_ADMIN))
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert error["loc"] == ["body", "max_proposals"] and error["ctx"] == {"le": 1_000_000_000}


def test_max_proposals_of_an_upload_beyond_its_bound_is_a_422(client: TestClient) -> None:
    answer = client.post("/simulations/uploads", params={"max_proposals": str(2**63)},
                         content=b"{}", headers=bearer(ORGANIZATION, Role.ORG_ADMIN))
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"] == ["query", "max_proposals"]


@pytest.mark.parametrize("body", [{"generate": {"couples": 2**63}},
                                  {"generate": {"seed": 2**64}},
                                  {"generate": {"applicants": 2**63}}])
def test_generator_options_beyond_their_bounds_are_422s(client: TestClient,
                                                        body: dict[str, Any]) -> None:
    answer = client.post("/simulations", json=body, headers=bearer(ORGANIZATION, Role.ORG_ADMIN))
    assert answer.status_code == 422, answer.text
