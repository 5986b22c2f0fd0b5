"""Who may reach what, on the running platform: a token signed with another key, an expired one,
an unsigned one (`alg: none`) or someone's token with its subject changed is refused by the
gateway and by every service's REST API; another account's plan, what-if and simulations answer
404 like unknown ones, and are left as they were."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
import jwt
import pytest

from tests.e2e.accounts import Account, Applicant, Organization, new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql

pytestmark = pytest.mark.e2e
ME = "{ me { id email role profile { step2Score } } }"
PLAN = {"applications": 10}


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload)
                                                                                  % 4)))
    return claims


def bad_tokens(victim: Account, role: str, secret: str, attacker: Account) -> dict[str, str]:
    """Tokens naming ``victim`` that no process may accept; the last is another account's real
    token with its subject and role changed, its signature kept."""
    now = int(time.time())
    claims = {"sub": victim.id, "role": role, "iat": now, "exp": now + 3600}
    header, _, signature = attacker.token.split(".")
    return {
        "signed with another key": jwt.encode(claims, "another-key-" + "x" * 40, "HS256"),
        "expired": jwt.encode({**claims, "iat": now - 7200, "exp": now - 60}, secret, "HS256"),
        "alg none": f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}.",
        "subject changed": f"{header}.{_b64({**_claims(attacker.token), **claims})}.{signature}",
    }


def real_token(account: Account, role: str, secret: str) -> str:
    """What a forger would need: a token signed with the platform's secret (the control)."""
    now = int(time.time())
    return jwt.encode({"sub": account.id, "role": role, "iat": now, "exp": now + 600}, secret,
                      "HS256")


def applicant_routes(platform: Platform, victim: Applicant) -> list[tuple[str, str, Any]]:
    profiles, matching = platform.urls["profiles"], platform.urls["matching"]
    notifications = platform.urls["notifications"]
    return [
        ("GET", f"{profiles}/accounts/me", None),
        ("GET", f"{profiles}/applicants/{victim.id}/profile", None),
        ("GET", f"{profiles}/applicants/{victim.id}/outcomes", None),
        ("GET", f"{matching}/model", None),
        ("GET", f"{matching}/applicants/{victim.id}/recommendations", None),
        ("POST", f"{matching}/applicants/{victim.id}/plan", PLAN),
        ("POST", f"{matching}/applicants/{victim.id}/what-if", PLAN),
        ("GET", f"{notifications}/notifications", None),
        ("GET", f"{notifications}/notifications/unread-count", None),
    ]


def organization_routes(platform: Platform, victim: Organization) -> list[tuple[str, str, Any]]:
    simulations = f"{platform.urls['matching']}/simulations"
    return [
        ("GET", simulations, None),
        ("GET", f"{simulations}/{victim.simulation_id}", None),
        ("GET", f"{simulations}/{victim.simulation_id}/matches", None),
        ("GET", f"{simulations}/{victim.simulation_id}/result", None),
    ]


def statuses(routes: list[tuple[str, str, Any]], token: str) -> dict[str, int]:
    found = {}
    with httpx.Client(timeout=30, headers={"authorization": f"Bearer {token}"}) as client:
        for method, url, body in routes:
            found[f"{method} {url}"] = client.request(method, url, json=body).status_code
    return found


def _refused_everywhere(platform: Platform, victim: Account, role: str, secret: str,
                        routes: list[tuple[str, str, Any]]) -> None:
    control = real_token(victim, role, secret)
    assert set(statuses(routes, control).values()) == {200}  # the routes answer a valid token
    assert gql(platform, ME, control)["data"]["me"]["id"] == victim.id
    for kind, token in bad_tokens(victim, role, secret, new_account(platform)).items():
        assert set(statuses(routes, token).values()) == {401}, (kind, statuses(routes, token))
        result = gql(platform, ME, token)
        assert result["data"] is None, (kind, result)
        assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED", (kind, result)
        assert victim.email not in json.dumps(result)


def test_forged_expired_and_unsigned_tokens_are_refused_by_the_gateway_and_every_service(
    platform: Platform, populated_applicant: Applicant, jwt_secret: str
) -> None:
    _refused_everywhere(platform, populated_applicant, "APPLICANT", jwt_secret,
                        applicant_routes(platform, populated_applicant))


def test_a_forged_organization_token_reads_no_simulation(
    platform: Platform, organization: Organization, jwt_secret: str
) -> None:
    _refused_everywhere(platform, organization, "ORG_ADMIN", jwt_secret,
                        organization_routes(platform, organization))


def test_another_applicants_plan_and_what_if_answer_404(
    platform: Platform, populated_applicant: Applicant
) -> None:
    other = new_account(platform)
    matching = platform.urls["matching"]
    for route in ("plan", "what-if"):
        url = f"{matching}/applicants/{populated_applicant.id}/{route}"
        mine = httpx.post(url, json=PLAN, timeout=30,
                          headers={"authorization": f"Bearer {populated_applicant.token}"})
        assert mine.status_code == 200, mine.text
        theirs = httpx.post(url, json=PLAN, timeout=30,
                            headers={"authorization": f"Bearer {other.token}"})
        assert theirs.status_code == 404, (route, theirs.text)
        assert "pMatch" not in theirs.text and "p_match" not in theirs.text


def test_another_organizations_simulation_is_not_found_and_not_deleted(
    platform: Platform, organization: Organization, populated_applicant: Applicant
) -> None:
    other = new_account(platform, "ORG_ADMIN")
    simulations = f"{platform.urls['matching']}/simulations"
    job = f"{simulations}/{organization.simulation_id}"
    routes = [("GET", job, None), ("GET", f"{job}/matches", None),
              ("GET", f"{job}/matches?unmatched=true", None), ("GET", f"{job}/unfilled", None),
              ("GET", f"{job}/result", None), ("DELETE", job, None)]
    assert set(statuses(routes[:-1], organization.token).values()) == {200}
    assert set(statuses(routes, other.token).values()) == {404}, statuses(routes, other.token)
    assert set(statuses(routes, populated_applicant.token).values()) == {403}
    listed = httpx.get(simulations, timeout=30, headers={"authorization": f"Bearer {other.token}"})
    assert listed.json()["total"] == 0
    # and through GraphQL
    for query in ('query($id: ID!) { matchSimulation(id: $id) { id name } }',
                  'query($id: ID!) { matchSimulation(id: $id) { id matches { totalCount } '
                  'unfilledPrograms { totalCount } } }',
                  "mutation($id: ID!) { deleteMatchSimulation(id: $id) }"):
        result = gql(platform, query, other.token, {"id": organization.simulation_id})
        assert result["data"] is None, result
        assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND", result
    kept = gql(platform, 'query($id: ID!) { matchSimulation(id: $id) { status matches(first: 1) '
                         '{ totalCount } } }', organization.token,
               {"id": organization.simulation_id})
    assert kept["data"]["matchSimulation"]["status"] == "SUCCEEDED", kept
    assert kept["data"]["matchSimulation"]["matches"]["totalCount"] == 200
