"""Accounts with something in every list, built once per session and shared by the end-to-end
tests that read them: an applicant (profile, recommendations, a notification, an outcome
report), a mentor, and an organization with a finished match simulation and its notification.

Tests that change an account's data make their own; these are for reading (and for calling
someone else's data with another account's token).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from pymongo import MongoClient

from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql, wait_for_me
from tests.e2e.test_outcomes import program_ids, report, wait_for_revision
from tests.e2e.test_simulations import notification_for, wait_finished

PASSWORD = "correct horse battery"
# Both specialties of the e2e catalog: Internal Medicine (153 programs), Family Medicine (5).
PROFILE_INPUT = {"applicantType": "NON_US_IMG", "graduationYear": 2021, "step2Score": 245,
                 "visa": "J1", "usceMonths": 3, "ecfmgCertified": True,
                 "specialties": ["Internal Medicine", "Family Medicine"]}
REPORTED_SEASON = 2025


@dataclass(frozen=True)
class Account:
    id: str
    email: str
    token: str


@dataclass(frozen=True)
class Applicant(Account):
    notification_id: str
    report_id: str


@dataclass(frozen=True)
class Organization(Account):
    simulation_id: str
    notification_id: str


def new_account(platform: Platform, role: str = "APPLICANT") -> Account:
    email = f"{role.lower()}-{uuid.uuid4().hex[:8]}@example.org"
    result = gql(platform, 'mutation($e: String!, $p: String!, $r: Role!) { signUp(input: '
                           '{email: $e, password: $p, role: $r}) { token account { id role } } }',
                 None, {"e": email, "p": PASSWORD, "r": role})
    payload = result["data"]["signUp"]
    assert payload["account"]["role"] == role, result
    return Account(payload["account"]["id"], email, payload["token"])


def populated_applicant(platform: Platform) -> Applicant:
    account = new_account(platform)
    saved = gql(platform, "mutation($p: ProfileInput!) { updateMyProfile(input: $p) { visa } }",
                account.token, {"p": PROFILE_INPUT})
    assert "errors" not in saved, saved
    me = wait_for_me(platform, account.token, lambda m: m["recommendations"]["totalCount"] == 158
                     and m["notifications"]["totalCount"] >= 1)
    # Family Medicine programs, none of which invited: the refits of test_outcomes.py count
    # invitations of held-out Internal Medicine reports and must not see this one.
    reported = report(platform, account.token, REPORTED_SEASON,
                      program_ids(platform, account.token, 3, "Family Medicine"), invited=False,
                      matched=False)
    assert "errors" not in reported, reported
    report_id = reported["data"]["reportOutcome"]["id"]
    wait_for_revision(platform, report_id, 1)  # matching keeps it before anyone counts reports
    return Applicant(account.id, account.email, account.token,
                     me["notifications"]["edges"][0]["node"]["id"], report_id)


def organization_with_a_finished_simulation(platform: Platform) -> Organization:
    account = new_account(platform, "ORG_ADMIN")
    queued = gql(platform, 'mutation { runMatchSimulation(input: {name: "shared", generate: '
                           '{applicants: 200, seed: 7}}) { id } }', account.token)
    assert "errors" not in queued, queued
    simulation_id = queued["data"]["runMatchSimulation"]["id"]
    assert wait_finished(platform, account.token, simulation_id)["status"] == "SUCCEEDED"
    notification = notification_for(platform, account.token, simulation_id)
    found = gql(platform, "{ me { notifications(first: 5) { edges { node { id subjectId } } } } }",
                account.token)["data"]["me"]["notifications"]["edges"]
    [notification_id] = [edge["node"]["id"] for edge in found
                         if edge["node"]["subjectId"] == simulation_id]
    assert notification["kind"] == "MATCH_SIMULATION_COMPLETED"
    return Organization(account.id, account.email, account.token, simulation_id,
                        notification_id)


def service_database(platform: Platform, app: str) -> str:
    return f"{platform.prefix.strip('.')}_{app}"


def documents(platform: Platform, app: str, collection: str,
              query: dict[str, Any]) -> list[dict[str, Any]]:
    """What a service has stored, read from its own database."""
    client: MongoClient[dict[str, Any]]
    with MongoClient(platform.servers.mongodb_url) as client:
        return list(client[service_database(platform, app)][collection].find(query))
