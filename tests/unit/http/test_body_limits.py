"""Issue 11, defect 8 (services): bodies above a route's limit are refused with a short 413 as
they arrive, and a 422 never echoes large input back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from smartpick.auth import Role
from tests.unit.http.apps import APPLICANT, ORGANIZATION, bearer, matching

MB = 1_000_000


@pytest.fixture(scope="module")
def client() -> TestClient:
    app, _ = matching(simulation_max_upload_mb=3)
    return TestClient(app, raise_server_exceptions=False)


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    yield b'{"applications": 20, "must_include": ["'
    for _ in range(total // size):
        yield b"x" * size
    yield b'"]}'


def test_a_20_mb_body_gets_a_short_413(client: TestClient) -> None:
    body = b'{"applications": 20, "must_include": ["' + b"x" * (20 * MB) + b'"]}'
    answer = client.post(f"/applicants/{APPLICANT}/plan", content=body, headers=bearer())
    assert answer.status_code == 413
    assert len(answer.content) < 200 and "larger than" in answer.json()["detail"]


def test_a_chunked_body_is_refused_once_it_passes_the_limit(client: TestClient) -> None:
    answer = client.post(f"/applicants/{APPLICANT}/plan", content=_chunks(5 * MB),
                         headers=bearer())
    assert answer.status_code == 413 and len(answer.content) < 200


def test_the_upload_route_takes_more_than_other_routes(client: TestClient) -> None:
    caller = bearer(ORGANIZATION, Role.ORG_ADMIN)
    body = b'{"padding": "' + b"x" * (2 * MB) + b'"}'  # over 1 MB, under the upload's 3 MB
    answer = client.post("/simulations/uploads", content=body, headers=caller)
    assert answer.status_code == 400, answer.text  # read whole and judged: not an instance
    assert len(answer.content) < 500


def test_an_upload_above_its_own_limit_is_a_413(client: TestClient) -> None:
    caller = bearer(ORGANIZATION, Role.ORG_ADMIN)
    answer = client.post("/simulations/uploads", content=b"x" * (4 * MB), headers=caller)
    assert answer.status_code == 413 and "3,000,000 bytes" in answer.json()["detail"]


def test_a_422_does_not_echo_a_large_value(client: TestClient) -> None:
    huge = "y" * (400 * 1000)
    answer = client.post(f"/applicants/{APPLICANT}/plan", headers=bearer(),
                         json={"applications": 20, "specialties": [huge], "avoid_states": [huge]})
    assert answer.status_code == 422
    assert len(answer.content) < 2000, answer.content[:300]
    assert {tuple(e["loc"]) for e in answer.json()["detail"]} == {
        ("body", "specialties", 0), ("body", "avoid_states", 0)}


def test_a_422_repeats_a_short_value(client: TestClient) -> None:
    answer = client.post(f"/applicants/{APPLICANT}/plan", headers=bearer(),
                         json={"applications": 0})
    [error] = answer.json()["detail"]
    assert error["input"] == 0 and error["ctx"] == {"ge": 1}


def test_a_422_for_a_long_list_leaves_the_list_out(client: TestClient) -> None:
    answer = client.post(f"/applicants/{APPLICANT}/plan", headers=bearer(),
                         json={"applications": 20, "must_include": ["p"] * 100_000})
    assert answer.status_code == 422 and len(answer.content) < 1000
    assert "input" not in answer.json()["detail"][0]


def test_a_body_that_is_not_utf8_is_a_documented_400(client: TestClient) -> None:
    answer = client.post(f"/applicants/{APPLICANT}/plan", content=b'{"applications": "\xff"}',
                         headers=bearer() | {"content-type": "application/json"})
    assert answer.status_code == 400 and len(answer.content) < 200
