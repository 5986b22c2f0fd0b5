"""`make up` starts the whole platform and prints the GraphQL URL; `make down` leaves nothing.
It runs two matching instances here (INSTANCES), as an operator scaling out locally would, and
the trace viewer (TRACES)."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

import jwt
import pytest

from smartpick.settings import PUBLISHED_JWT_SECRETS

REPO = Path(__file__).resolve().parents[2]
PORTS = {"SMARTPICK_GATEWAY_PORT": "28000", "SMARTPICK_PROFILES_PORT": "28001",
         "SMARTPICK_MATCHING_PORT": "28002", "SMARTPICK_NOTIFICATIONS_PORT": "28003",
         "SMARTPICK_KAFKA_PORT": "29092", "SMARTPICK_KAFKA_CONTROLLER_PORT": "29093",
         "SMARTPICK_FERRETDB_PORT": "29017", "SMARTPICK_MAIL_SMTP_PORT": "21025",
         "SMARTPICK_MAIL_WEB_PORT": "28025", "SMARTPICK_WEB_PORT": "28080",
         "SMARTPICK_ZIPKIN_PORT": "29411"}
SECOND_MATCHING = "28012"
"""Where `make up INSTANCES=matching=2` puts the second matching instance: 28002 + 10."""


def _our_processes(state: Path) -> list[str]:
    """Command lines of live processes that belong to this platform (by state folder or port)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if str(state) in text or any(f"--port {port}" in text
                                     for port in (*PORTS.values(), SECOND_MATCHING)):
            found.append(text)
    return found


def _post(url: str, query: str, token: str | None = None) -> dict[str, Any]:
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, json.dumps({"query": query}).encode(), headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        answer: dict[str, Any] = json.load(response)
        return answer


def _traced_services(zipkin: str, within: float = 60) -> list[str]:
    """The services Zipkin has spans of, once the gateway and profiles are among them (the apps
    batch their spans for 5 s)."""
    deadline = time.monotonic() + within
    while True:
        with urllib.request.urlopen(zipkin + "/api/v2/services", timeout=10) as response:
            services: list[str] = json.load(response)
        if {"gateway", "profiles"} <= set(services) or time.monotonic() > deadline:
            return services
        time.sleep(1)


def _national_catalog_lists_and_forged_tokens_fail(url: str) -> None:
    """Defects 1 and 2 of the hardening issue, on the deployment a new user gets."""
    signed_up = _post(url, 'mutation { signUp(input: {email: "first@example.org", password: '
                           '"a long passphrase", role: ORG_ADMIN}) { token account { id } } }')
    session = signed_up["data"]["signUp"]
    listed = _post(url, "{ programs(first: 20) { totalCount edges { node { id } } } }",
                   session["token"])
    assert "errors" not in listed, listed  # was UNAVAILABLE: a page outlasted the gateway
    assert listed["data"]["programs"]["totalCount"] == 5410
    assert len(listed["data"]["programs"]["edges"]) == 20
    for secret in PUBLISHED_JWT_SECRETS:  # what anyone could sign with before
        forged = jwt.encode({"sub": session["account"]["id"], "role": "ORG_ADMIN",
                             "exp": 4_000_000_000}, secret, algorithm="HS256")
        refused = _post(url, "{ me { id matchSimulations { totalCount } } }", forged)
        assert refused["data"] is None or refused["data"].get("me") is None
        assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.e2e
def test_make_up_prints_graphql_url_that_answers_and_make_down_cleans_up(tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = {**os.environ, **PORTS, "SMARTPICK_INFRA_STATE": str(state)}
    # A user's shell, not a make inside `make test` (which would print "Leaving directory").
    for name in ("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URL", "MAKELEVEL", "MAKEFLAGS", "MFLAGS"):
        env.pop(name, None)
    make_up = ["make", "up", "INSTANCES=matching=2", "TRACES=1"]
    try:
        up = subprocess.run(make_up, cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=600, check=True)
        last = up.stdout.strip().splitlines()[-1]
        url = last.split()[-1]
        assert url == "http://127.0.0.1:28000/graphql"
        mail = "http://127.0.0.1:28025/api/v1/messages"
        assert f"mail           {mail}  (SMTP: 127.0.0.1:21025)" in up.stdout.splitlines()
        with urllib.request.urlopen(mail, timeout=10) as response:
            assert "messages" in json.load(response)  # Mailpit answers on the printed URL
        zipkin = "http://127.0.0.1:29411"
        assert f"traces         {zipkin}/zipkin/  (Zipkin)" in up.stdout.splitlines()
        with urllib.request.urlopen(zipkin + "/zipkin/", timeout=10) as response:
            assert "<title>Zipkin</title>" in response.read().decode()
        assert up.stdout.strip().splitlines()[-2] == "web            http://127.0.0.1:28080"
        with urllib.request.urlopen("http://127.0.0.1:28080/config.json", timeout=10) as response:
            assert json.load(response) == {"graphqlUrl": url}  # the web client finds the gateway
        second = f"http://127.0.0.1:{SECOND_MATCHING}"
        assert f"matching-2     {second}  (OpenAPI: {second}/docs)" in up.stdout.splitlines()
        with urllib.request.urlopen(second + "/readyz", timeout=10) as response:
            assert json.load(response)["ready"] is True
        again = subprocess.run(make_up, cwd=REPO, env=env, capture_output=True, text=True,
                               timeout=600, check=True)
        assert again.stdout.strip().splitlines()[-1] == last  # a second `make up` is harmless
        status = subprocess.run(["make", "-s", "status"], cwd=REPO, env=env, capture_output=True,
                                text=True, timeout=120, check=True).stdout
        for name in ("matching-2", "zipkin"):
            assert any(line.startswith(name) and "running" in line
                       for line in status.splitlines()), status
        query = json.dumps({"query": "{ __schema { queryType { name } types { name } } }"})
        request = urllib.request.Request(url, query.encode(),
                                         {"content-type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            schema = json.load(response)["data"]["__schema"]
        assert schema["queryType"]["name"] == "Query"
        _national_catalog_lists_and_forged_tokens_fail(url)
        # the apps export to the viewer make up started: the catalog's listing is traced
        assert {"gateway", "profiles"} <= set(_traced_services(zipkin))
    finally:
        subprocess.run(["make", "down"], cwd=REPO, env=env, capture_output=True, timeout=120,
                       check=True)
    assert _our_processes(state) == []
