"""Schemathesis against each running service's OpenAPI (issue 11's CI probe): generated requests,
valid and invalid, as a signed-in applicant; no answer may be a 5xx, carry a status the route
does not document, or differ from its documented schema.

Seeded and bounded so that a run is repeatable and short. Every route is probed as an
applicant: the simulation routes answer them their documented 403 (the 64 MB upload route before
it reads a body). Those that read simulations are probed again as an organization; the two that
queue one are not, since each valid case would run a match of up to 100,000 applicants for
minutes (their bounds and names are unit-tested in tests/unit/http). The schemas are built from
the apps at collection time (Schemathesis' lazy loading fails on pytest 9) and compared with what
each running service serves.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from services.matching.main import create_app as matching_app
from services.matching.settings import Settings as MatchingSettings
from services.notifications.main import create_app as notifications_app
from services.notifications.settings import Settings as NotificationsSettings
from services.profiles.main import create_app as profiles_app
from services.profiles.settings import Settings as ProfilesSettings
from tests.e2e.conftest import Platform

pytestmark = pytest.mark.e2e

SEED = 20261129
EXAMPLES = 15
"""Generated cases per route in the fuzzing phase. The coverage phase adds its boundary cases,
only the invalid ones: its valid combinations of a profile's fields are hundreds of writes,
each recomputing recommendations, and the fuzzing phase sends valid input already."""
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
PROFILE = {"applicant_type": "non_us_img", "graduation_year": 2021, "step2_score": 245,
           "visa": "j1", "specialties": []}  # valid without a specialty (defect 6)
UNUSED_SECRET = "only-to-build-the-apps-openapi-" + "x" * 16
APPS: dict[str, FastAPI] = {
    "profiles": profiles_app(ProfilesSettings(jwt_secret=UNUSED_SECRET)),
    "matching": matching_app(MatchingSettings(jwt_secret=UNUSED_SECRET)),
    "notifications": notifications_app(NotificationsSettings(jwt_secret=UNUSED_SECRET)),
}
CONFIG = schemathesis.Config.from_dict({
    "seed": SEED, "generation": {"max-examples": EXAMPLES},
    "phases": {"coverage": {"generation": {"mode": "negative"}}}})
SCHEMAS = {service: schemathesis.openapi.from_dict(app.openapi(), config=CONFIG)
           for service, app in APPS.items()}
SIMULATION_READS = SCHEMAS["matching"].include(path_regex="^/simulations").exclude(method="POST")
SENT: dict[str, int] = {service: 0 for service in [*APPS, "simulations as organization"]}


@pytest.fixture(scope="module")
def applicant(platform: Platform) -> tuple[str, str]:
    """A signed-up applicant with a profile: their token and id."""
    profiles = platform.urls["profiles"]
    signed_up = httpx.post(f"{profiles}/accounts", timeout=30, json={
        "email": f"probe-{uuid.uuid4().hex[:8]}@example.org", "password": "a long passphrase"})
    signed_up.raise_for_status()
    token, applicant_id = signed_up.json()["token"], signed_up.json()["account"]["id"]
    httpx.put(f"{profiles}/applicants/{applicant_id}/profile", json=PROFILE, timeout=30,
              headers={"authorization": f"Bearer {token}"}).raise_for_status()
    return token, applicant_id


@pytest.fixture(scope="module")
def organization(platform: Platform) -> tuple[str, str]:
    """A signed-up organization account: its token and id."""
    signed_up = httpx.post(f"{platform.urls['profiles']}/accounts", timeout=30, json={
        "email": f"probe-org-{uuid.uuid4().hex[:8]}@example.org",
        "password": "a long passphrase", "role": "ORG_ADMIN"})
    signed_up.raise_for_status()
    return signed_up.json()["token"], signed_up.json()["account"]["id"]


@pytest.fixture(scope="module", autouse=True)
def timing() -> Iterator[None]:
    started = time.monotonic()
    yield
    print(f"\nschemathesis: {sum(SENT.values())} cases in {time.monotonic() - started:.1f} s "
          f"({', '.join(f'{service} {n}' for service, n in SENT.items())})")



@pytest.mark.parametrize("service", APPS)
def test_each_service_serves_the_schema_probed(platform: Platform, service: str) -> None:
    served = httpx.get(f"{platform.urls[service]}/openapi.json", timeout=10).json()
    assert served == APPS[service].openapi()


def _probe(service: str, case: Any, platform: Platform, account: tuple[str, str],
           counted_as: str | None = None) -> None:
    """The case as ``account``, whose own id stands in every ``applicant_id`` so their routes
    run beyond the 404 of someone else's id."""
    token, account_id = account
    if case.path_parameters and "applicant_id" in case.path_parameters:
        case.path_parameters["applicant_id"] = account_id
    SENT[counted_as or service] += 1
    case.call_and_validate(base_url=platform.urls[service], checks=CHECKS, timeout=30,
                           headers={"authorization": f"Bearer {token}"})


@SCHEMAS["profiles"].parametrize()
def test_profiles_answers_as_documented(case: Any, platform: Platform,
                                        applicant: tuple[str, str]) -> None:
    _probe("profiles", case, platform, applicant)


@SCHEMAS["matching"].parametrize()
def test_matching_answers_as_documented(case: Any, platform: Platform,
                                        applicant: tuple[str, str]) -> None:
    _probe("matching", case, platform, applicant)


@SCHEMAS["notifications"].parametrize()
def test_notifications_answers_as_documented(case: Any, platform: Platform,
                                             applicant: tuple[str, str]) -> None:
    _probe("notifications", case, platform, applicant)


@SIMULATION_READS.parametrize()
def test_simulation_reads_answer_an_organization_as_documented(
        case: Any, platform: Platform, organization: tuple[str, str]) -> None:
    _probe("matching", case, platform, organization, counted_as="simulations as organization")
