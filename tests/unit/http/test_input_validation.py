"""Issue 11, point 9 (services): state codes are those of US states and territories, and names
shown to people (a simulation's, in its notification's title) carry no control characters or
text-direction overrides."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from smartpick.auth import Role
from smartpick.events.models import ApplicantProfile
from tests.unit.http.apps import APPLICANT, ORGANIZATION, bearer, matching, profiles

PROFILE = {"applicant_type": "non_us_img", "graduation_year": 2021,
           "specialties": ["Internal Medicine"]}
BAD_NAMES = {"nul": "a\x00b", "escape": "\x1b[31mred", "newline": "line\nbreak",
             "c1": "a\x85b", "rlo": "cohort\u202egnp.exe", "isolate": "x\u2066y",
             "lrm": "a\u200eb", "line-separator": "a\u2028b"}


@pytest.fixture(scope="module")
def client() -> TestClient:
    app, _ = matching()
    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize("code", ["ZZ", "XX", "U.S.", "", "N Y"])
def test_a_profile_preferring_no_us_state_is_refused(code: str) -> None:
    with pytest.raises(ValidationError, match="preferred_states"):
        ApplicantProfile.model_validate({**PROFILE, "preferred_states": [code]})


def test_state_codes_of_states_dc_and_territories_are_kept_in_capitals() -> None:
    profile = ApplicantProfile.model_validate({**PROFILE, "preferred_states": ["ny", " DC", "pr"]})
    assert profile.preferred_states == ["NY", "DC", "PR"]


def test_putting_a_profile_with_state_zz_is_a_422_naming_the_entry() -> None:
    answer = TestClient(profiles()).put(f"/applicants/{APPLICANT}/profile", headers=bearer(),
                                        json={**PROFILE, "preferred_states": ["NY", "ZZ"]})
    assert answer.status_code == 422
    [error] = answer.json()["detail"]
    assert error["loc"] == ["body", "preferred_states", 1] and "'ZZ'" in error["msg"]


def test_a_plan_avoiding_state_zz_is_a_422(client: TestClient) -> None:
    answer = client.post(f"/applicants/{APPLICANT}/plan", headers=bearer(),
                         json={"avoid_states": ["ZZ"]})
    assert answer.status_code == 422


@pytest.mark.parametrize("name", BAD_NAMES.values(), ids=BAD_NAMES.keys())
def test_a_simulation_name_with_control_or_bidi_characters_is_a_422(client: TestClient,
                                                                    name: str) -> None:
    caller = bearer(ORGANIZATION, Role.ORG_ADMIN)
    answer = client.post("/simulations", json={"name": name}, headers=caller)
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"] == ["body", "name"]
    uploaded = client.post("/simulations/uploads", params={"name": name}, content=b"{}",
                           headers=caller)
    assert uploaded.status_code == 422, uploaded.text
    assert uploaded.json()["detail"][0]["loc"] == ["query", "name"]


def test_a_simulation_name_in_any_script_is_kept(client: TestClient) -> None:
    name = "Cohorte día 1 — 東京 — مجموعة"
    answer = client.post("/simulations", json={"name": name, "generate": {"applicants": 10}},
                         headers=bearer(ORGANIZATION, Role.ORG_ADMIN))
    assert answer.status_code == 202, answer.text
    assert answer.json()["name"] == name
