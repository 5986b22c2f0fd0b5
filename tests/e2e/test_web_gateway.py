"""The gateway as the web client meets it, on the running platform: automatic persisted
queries, a production allow-list from a manifest file, CORS for one origin, security headers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from gateway.persisted import sha256_hex
from tests.e2e.conftest import E2E_WEB_URL, Platform
from tests.e2e.test_journey import sign_up

ME = "query Me { me { id role } }"
UNLISTED = "{ me { id } }"


def persisted(query: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256_hex(query)}}


def codes(response: httpx.Response) -> list[str]:
    return [error["extensions"]["code"] for error in response.json().get("errors") or []]


@pytest.fixture(scope="module")
def web_gateway(platform: Platform, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A gateway as production runs it for the web client: its manifest and its origin."""
    manifest = tmp_path_factory.mktemp("web") / "persisted-queries.json"
    manifest.write_text(json.dumps({sha256_hex(ME): ME}))
    with platform.another_gateway(GRAPHQL_ALLOW_LIST=str(manifest),
                                  CORS_ORIGINS=E2E_WEB_URL) as graphql:
        yield graphql


def test_a_persisted_query_is_asked_for_once_then_runs_by_hash(platform: Platform) -> None:
    token, account = sign_up(platform)
    auth = {"authorization": f"Bearer {token}"}
    query = f"query Me{account[:6]} {{ me {{ id role }} }}"  # new to this gateway process
    by_hash = {"extensions": json.dumps(persisted(query))}
    missing = httpx.get(platform.graphql, params=by_hash, headers=auth, timeout=30)
    assert codes(missing) == ["PERSISTED_QUERY_NOT_FOUND"]
    sent = httpx.post(platform.graphql, json={"query": query, "extensions": persisted(query)},
                      headers=auth, timeout=30)
    assert sent.json() == {"data": {"me": {"id": account, "role": "APPLICANT"}}}
    again = httpx.get(platform.graphql, params=by_hash, headers=auth, timeout=30)
    assert again.json() == sent.json()


def test_the_allow_list_runs_the_manifests_operations_only(platform: Platform,
                                                           web_gateway: str) -> None:
    token, account = sign_up(platform)
    auth = {"authorization": f"Bearer {token}"}
    listed = httpx.post(web_gateway, json={"extensions": persisted(ME)}, headers=auth, timeout=30)
    assert listed.json() == {"data": {"me": {"id": account, "role": "APPLICANT"}}}
    for body in ({"query": UNLISTED}, {"query": UNLISTED, "extensions": persisted(UNLISTED)}):
        refused = httpx.post(web_gateway, json=body, headers={
            **auth, "accept": "application/graphql-response+json"}, timeout=30)
        assert refused.status_code == 400 and codes(refused) == ["PERSISTED_QUERY_NOT_ALLOWED"]


def test_only_the_web_origin_gets_cors_and_every_answer_its_security_headers(
        web_gateway: str) -> None:
    preflight = {"access-control-request-method": "POST",
                 "access-control-request-headers": "authorization,content-type"}
    for origin, allowed in ((E2E_WEB_URL, True), ("https://elsewhere.example", False)):
        answer = httpx.options(web_gateway, headers={"origin": origin, **preflight}, timeout=30)
        assert (answer.headers.get("access-control-allow-origin") == origin) is allowed
        simple = httpx.post(web_gateway, json={"extensions": persisted(ME)},
                            headers={"origin": origin}, timeout=30)
        assert (simple.headers.get("access-control-allow-origin") == origin) is allowed
        assert simple.headers["x-content-type-options"] == "nosniff"
        assert simple.headers["x-frame-options"] == "DENY"
        assert simple.headers["referrer-policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in simple.headers["content-security-policy"]
        assert simple.headers["strict-transport-security"].startswith("max-age=")  # not local
