"""What the gateway tells strangers: no schema outside local runs (introspection, suggestions,
GraphiQL), no token library's reasons; and who a caller is: its connection unless a configured
proxy says otherwise."""

from __future__ import annotations

from pathlib import Path

import yaml

from smartpick.auth import issue_token
from tests.unit.gateway.fakes import APPLICANT, SECRET, codes, gateway

REPO = Path(__file__).resolve().parents[3]
HTML = {"accept": "text/html"}
TRY_PLAN = ("{ tryPlan(profile: {applicantType: NON_US_IMG, graduationYear: 2021}) "
            "{ pMatch } }")


async def test_introspection_suggestions_and_the_ide_are_off_outside_local_runs() -> None:
    for fake in (gateway(environment="test"), gateway(environment="production")):
        refused = await fake.query("{ __schema { types { name } } }")
        assert set(codes(refused)) == {"BAD_USER_INPUT"} and "data" not in refused
        found = await fake.query("{ helth }")
        assert "Did you mean" not in found["errors"][0]["message"]
        coercion = await fake.query("query($r: Role!) { health }", {"r": "APPLICANTS"})
        assert "Did you mean" not in coercion["errors"][0]["message"]
        page = await fake.request("GET", headers=HTML)
        assert page.status_code == 404


async def test_local_runs_or_the_setting_open_the_schema() -> None:
    for fake in (gateway(environment="local"), gateway(graphql_introspection=True)):
        found = await fake.query("{ __schema { queryType { name } } }")
        assert found == {"data": {"__schema": {"queryType": {"name": "Query"}}}}
        assert "Did you mean 'health'?" in (await fake.query("{ helth }"))["errors"][0]["message"]
        assert (await fake.request("GET", headers=HTML)).status_code == 200
    closed = gateway(environment="local", graphql_introspection=False)
    assert "data" not in await closed.query("{ __schema { types { name } } }")


async def test_an_invalid_token_gets_a_generic_reason() -> None:
    fake = gateway()
    forged = issue_token(APPLICANT, "another-secret-of-at-least-32-characters!", 600)
    for bad in (forged, "not-a-token", "gA.e30.e30", issue_token(APPLICANT, SECRET, -10)):
        found = await fake.query("{ me { id } }", principal=None,
                                 headers={"authorization": f"Bearer {bad}"})
        assert found["errors"][0]["message"] == "invalid or expired token"
        assert found["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_by_default_a_made_up_forwarded_for_gets_no_limit_of_its_own() -> None:
    fake = gateway(try_plan_per_minute=3)
    # 7, not 5: the limit's windows are clock minutes, and 7 requests across a minute's turn
    # still put 4 in one of the two
    found = [codes(await fake.query(TRY_PLAN, principal=None,
                                    headers={"x-forwarded-for": f"203.0.113.{n}"}))
             for n in range(7)]
    assert ["RATE_LIMITED"] in found


async def test_a_configured_proxy_names_each_client() -> None:
    fake = gateway(try_plan_per_minute=3, forwarded_allow_ips="192.0.2.10")
    found = [codes(await fake.query(TRY_PLAN, principal=None,
                                    headers={"x-forwarded-for": f"203.0.113.{n}"}))
             for n in range(5)]
    assert ["RATE_LIMITED"] not in found


def test_every_gateway_launch_leaves_proxy_trust_to_the_gateway() -> None:
    """uvicorn's own default believes X-Forwarded-For from 127.0.0.1, before the app sees it."""
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    dockerfile = (REPO / "deploy/docker/Dockerfile").read_text()
    stack = (REPO / "deploy/local/stack.py").read_text()
    assert "--no-proxy-headers" in compose["services"]["gateway"]["command"]
    assert '"--no-proxy-headers"' in dockerfile.splitlines()[-1]
    assert '"--no-proxy-headers"' in stack
