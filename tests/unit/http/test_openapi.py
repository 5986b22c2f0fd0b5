"""Issue 11, point 9 (services): each service's OpenAPI documents the statuses its routes
answer, with an error body, the bearer scheme where a token is needed and the bounds the code
enforces; and a refused token says only that it was refused."""

from __future__ import annotations

import time
from typing import Any

import jwt
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from smartpick.auth import INVALID_TOKEN
from tests.unit.http.apps import APPLICANT, SECRET, matching, notifications, profiles

ERROR_SCHEMAS = {"#/components/schemas/ErrorBody", "#/components/schemas/ValidationErrorBody"}


def _apps() -> dict[str, FastAPI]:
    return {"matching": matching()[0], "profiles": profiles(), "notifications": notifications()}


def _operations() -> list[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
    found = []
    for service, app in _apps().items():
        spec = app.openapi()
        for path, methods in spec["paths"].items():
            found += [(service, method.upper(), path, operation, spec)
                      for method, operation in methods.items()]
    return found


OPERATIONS = _operations()
IDS = [f"{service} {method} {path}" for service, method, path, _, _ in OPERATIONS]


@pytest.mark.parametrize(("service", "method", "path", "operation", "spec"), OPERATIONS, ids=IDS)
def test_every_route_documents_its_errors(service: str, method: str, path: str,
                                          operation: dict[str, Any], spec: dict[str, Any]) -> None:
    statuses = set(operation["responses"])
    if operation.get("security"):
        assert operation["security"] == [{"bearer": []}] and "401" in statuses
    if "requestBody" in operation:
        assert {"400", "413", "422"} <= statuses  # 400: bytes that are not UTF-8 JSON
    if operation.get("parameters"):
        assert "422" in statuses
    if any(p["name"] == "after" for p in operation.get("parameters", [])):
        assert "400" in statuses  # a cursor we did not issue
    if "{" in path:
        assert "404" in statuses
    for status, response in operation["responses"].items():
        if status.startswith(("4", "5")) and path != "/readyz":
            schema = response["content"]["application/json"]["schema"]
            assert schema["$ref"] in ERROR_SCHEMAS, (status, schema)


def test_the_bearer_scheme_is_an_http_bearer_jwt() -> None:
    for app in _apps().values():
        scheme = app.openapi()["components"]["securitySchemes"]["bearer"]
        assert scheme | {"description": ""} == {"type": "http", "scheme": "bearer",
                                                "bearerFormat": "JWT", "description": ""}


def test_the_bounds_the_code_enforces_are_in_the_schema() -> None:
    schemas = matching()[0].openapi()["components"]["schemas"]
    assert schemas["GeneratedRun"]["properties"]["max_proposals"]["anyOf"][0]["maximum"] == 10**9
    assert "pattern" in schemas["GeneratedRun"]["properties"]["name"]
    states = schemas["PlanOptions"]["properties"]["avoid_states"]["items"]
    assert "ZZ" not in states["enum"] and "PR" in states["enum"]
    profile = profiles().openapi()["components"]["schemas"]["ApplicantProfile"]
    assert "ZZ" not in profile["properties"]["preferred_states"]["items"]["enum"]


@pytest.mark.parametrize("token", [
    jwt.encode({"sub": APPLICANT, "role": "APPLICANT", "exp": int(time.time()) - 10}, SECRET),
    jwt.encode({"sub": APPLICANT, "role": "APPLICANT", "exp": 2**40}, "another-secret" * 3),
    jwt.encode({"sub": APPLICANT, "role": "KING", "exp": 2**40}, SECRET),
    "not.a.token", "\u00e9\u00e9\u00e9"],
    ids=["expired", "wrong-key", "unknown-role", "garbage", "latin-1"])
def test_a_refused_token_gets_a_generic_401(token: str) -> None:
    client = TestClient(matching()[0])
    answer = client.get("/model", headers={"authorization": f"Bearer {token}".encode("latin-1")})
    assert answer.status_code == 401
    assert answer.json() == {"detail": INVALID_TOKEN}
    assert answer.headers["www-authenticate"] == "Bearer"


def test_a_missing_token_gets_a_401_asking_for_one() -> None:
    answer = TestClient(matching()[0]).get("/model")
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
