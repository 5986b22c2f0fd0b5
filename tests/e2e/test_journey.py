"""The first journey through GraphQL, across all three services, on real Kafka and FerretDB."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pymongo import MongoClient
from pymongo.database import Database

from tests.e2e.conftest import REPO, Platform
from tests.kafka_progress import wait_until_handled

pytestmark = pytest.mark.e2e

PROFILE = ('{applicantType: NON_US_IMG, graduationYear: 2021, step2Score: 245, visa: J1, '
           'usceMonths: 3, ecfmgCertified: true, specialties: ["Internal Medicine"]}')
ME = """{ me { id email role profile { step2Score visa }
  recommendations(first: 200) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { program { id name state specialty } eligible score pInterview
      pInterviewRange { low high } exclusionReasons reasons } } }
  notifications(first: 10) { totalCount unreadCount edges { node { id kind title read } } } } }"""


@pytest.fixture(scope="module")
def proxied(platform: Platform) -> Iterator[str]:
    """A gateway behind a proxy on this machine: it believes X-Forwarded-For from 127.0.0.1."""
    with platform.another_gateway(FORWARDED_ALLOW_IPS="127.0.0.1") as graphql:
        yield graphql


def gql(platform: Platform, query: str, token: str | None = None,
        variables: dict[str, Any] | None = None) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(platform.graphql, json={"query": query, "variables": variables or {}},
                          headers=headers, timeout=30)
    assert response.status_code < 500, response.text
    result: dict[str, Any] = response.json()
    return result


def sign_up(platform: Platform) -> tuple[str, str]:
    email = f"{uuid.uuid4().hex[:8]}@example.org"
    result = gql(platform, 'mutation($e: String!) { signUp(input: {email: $e, password: '
                           '"correct horse battery"}) { token account { id role } } }', None,
                 {"e": email})
    payload = result["data"]["signUp"]
    assert payload["account"]["role"] == "APPLICANT"
    return payload["token"], payload["account"]["id"]


def update_profile(platform: Platform, token: str, profile: str = PROFILE) -> None:
    result = gql(platform, f"mutation {{ updateMyProfile(input: {profile}) {{ step2Score }} }}",
                 token)
    assert "errors" not in result, result


def wait_for_me(platform: Platform, token: str, ready: Any, within: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        me: dict[str, Any] = gql(platform, ME, token)["data"]["me"]
        if ready(me):
            return me
        if time.monotonic() > deadline:
            raise AssertionError(f"not ready within {within} s: {json.dumps(me)[:2000]}")
        time.sleep(0.5)


def by_program(me: dict[str, Any]) -> dict[str, dict[str, Any]]:
    edges = me["recommendations"]["edges"]
    return {edge["node"]["program"]["id"]: edge["node"] for edge in edges}


def test_sign_up_profile_recommendations_and_notification(platform: Platform) -> None:
    token, applicant_id = sign_up(platform)
    update_profile(platform, token)
    me = wait_for_me(platform, token, lambda m: m["recommendations"]["totalCount"] > 0
                     and m["notifications"]["unreadCount"] == 1)
    assert me["id"] == applicant_id and me["profile"] == {"step2Score": 245, "visa": "J1"}
    programs = by_program(me)
    assert me["recommendations"]["totalCount"] == 153
    assert programs["E2E-VISA"]["eligible"] is True  # J-1 sponsored, H-1B not needed
    assert programs["E2E-STEP2"]["eligible"] is False
    assert any("Step 2 CK" in reason for reason in programs["E2E-STEP2"]["exclusionReasons"])
    assert programs["E2E-PREF"]["eligible"] is True  # a missed preference keeps the program...
    assert programs["E2E-PREF"]["reasons"]  # ...and says what it costs
    visa = programs["E2E-VISA"]
    assert visa["pInterviewRange"]["low"] < visa["pInterview"] < visa["pInterviewRange"]["high"]
    [notification] = me["notifications"]["edges"]
    assert notification["node"]["kind"] == "RECOMMENDATIONS_READY"
    marked = gql(platform, 'mutation($id: ID!) { markNotificationRead(id: $id) { read } }', token,
                 {"id": notification["node"]["id"]})
    assert marked["data"]["markNotificationRead"]["read"] is True
    assert gql(platform, ME, token)["data"]["me"]["notifications"]["unreadCount"] == 0


def test_profile_updated_while_matching_is_down_still_gets_recommendations(
    platform: Platform
) -> None:
    token, applicant_id = sign_up(platform)
    platform.stop("matching")
    try:
        update_profile(platform, token)
        wait_until_published(platform, applicant_id)  # the event waits in Kafka for matching
        assert gql(platform, ME, token)["data"] is None  # matching is down: UNAVAILABLE
    finally:
        platform.start("matching")
    wait_for_me(platform, token, lambda m: m["recommendations"]["totalCount"] == 153)


def wait_until_published(platform: Platform, applicant_id: str, within: float = 30) -> None:
    """Until the profiles service's relay has published every event the applicant's document
    staged (each published event id gets a marker)."""
    client: MongoClient[dict[str, Any]]
    with MongoClient(platform.servers.mongodb_url) as client:
        database: Database[dict[str, Any]] = client[f"{platform.prefix.strip('.')}_profiles"]
        document = database.applicants.find_one({"_id": applicant_id}) or {}
        staged = {entry["envelope"]["id"] for entry in document.get("_outbox", [])}
        assert staged, document
        deadline = time.monotonic() + within
        while database.outbox_published.count_documents({"_id": {"$in": list(staged)}}) < len(
                staged):
            assert time.monotonic() < deadline, f"events {staged} not published in {within} s"
            time.sleep(0.2)


def test_catalog_import_dropping_visa_sponsorship_changes_recommendations(
    platform: Platform, tmp_path: Any
) -> None:
    token, _ = sign_up(platform)
    update_profile(platform, token)
    wait_for_me(platform, token, lambda m: by_program(m).get("E2E-VISA", {}).get("eligible"))
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"id": "code", "name": "name", "specialty": "specialty",
                                   "state": "state", "sponsors_j1": "j1"}))
    csv = tmp_path / "programs.csv"
    csv.write_text("code,name,specialty,state,j1\n"
                   "E2E-VISA,No Visa Program,Internal Medicine,NY,no\n")
    imported = subprocess.run(
        [sys.executable, "-m", "cli.main", "catalog", "import", str(csv), "--mapping",
         str(mapping), "--json"], env=platform.env("profiles"), cwd=REPO, capture_output=True,
        text=True, timeout=120, check=True)
    assert json.loads(imported.stdout)["changed"] == 1
    again = subprocess.run(
        [sys.executable, "-m", "cli.main", "catalog", "import", str(csv), "--mapping",
         str(mapping), "--json"], env=platform.env("profiles"), cwd=REPO, capture_output=True,
        text=True, timeout=120, check=True)
    assert json.loads(again.stdout)["unchanged"] == 1  # re-import changes nothing

    def visa_dropped(me: dict[str, Any]) -> bool:
        program = by_program(me).get("E2E-VISA", {})
        return program.get("eligible") is False
    me = wait_for_me(platform, token, visa_dropped)
    assert any("visa" in r.lower() for r in by_program(me)["E2E-VISA"]["exclusionReasons"])

    # The applicant is told why the list changed, and that notice replaces the unread first one
    # instead of piling up beside it.
    def told(me: dict[str, Any]) -> bool:
        edges = me["notifications"]["edges"]
        return bool(edges) and edges[0]["node"]["title"] == "Programs in your specialties changed"
    me = wait_for_me(platform, token, told)
    assert me["notifications"]["totalCount"] == me["notifications"]["unreadCount"] == 1
    marked = gql(platform, "mutation { markAllNotificationsRead }", token)
    assert marked["data"]["markAllNotificationsRead"] == 1
    assert gql(platform, ME, token)["data"]["me"]["notifications"]["unreadCount"] == 0
    assert gql(platform, "mutation { markAllNotificationsRead }",
               token)["data"]["markAllNotificationsRead"] == 0


async def test_applicant_cannot_reach_another_applicants_data(platform: Platform) -> None:
    token_a, id_a = sign_up(platform)
    token_b, _ = sign_up(platform)
    update_profile(platform, token_a)
    me_a = wait_for_me(platform, token_a, lambda m: m["notifications"]["totalCount"] == 1)
    notification_a = me_a["notifications"]["edges"][0]["node"]["id"]
    # Through GraphQL: B sees only B, and A's notification id is "not found" for B.
    me_b = gql(platform, ME, token_b)["data"]["me"]
    assert me_b["profile"] is None and me_b["recommendations"]["totalCount"] == 0
    assert me_b["notifications"]["totalCount"] == 0
    result = gql(platform, 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }',
                 token_b, {"id": notification_a})
    assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    # Through every service's REST API, with B's valid token and with none.
    urls = platform.urls
    routes = [
        ("GET", f"{urls['profiles']}/applicants/{id_a}/profile", None),
        ("PUT", f"{urls['profiles']}/applicants/{id_a}/profile",
         {"applicant_type": "us_md", "graduation_year": 2024}),
        ("GET", f"{urls['matching']}/applicants/{id_a}/recommendations", None),
        ("POST", f"{urls['notifications']}/notifications/{notification_a}/read", None),
    ]
    async with httpx.AsyncClient(timeout=10) as client:
        for method, url, body in routes:
            as_b = await client.request(method, url, json=body,
                                        headers={"authorization": f"Bearer {token_b}"})
            assert as_b.status_code == 404, (method, url, as_b.text)
            anonymous = await client.request(method, url, json=body)
            assert anonymous.status_code == 401, (method, url, anonymous.text)
        listed = await client.get(f"{urls['notifications']}/notifications",
                                  headers={"authorization": f"Bearer {token_b}"})
        assert listed.json()["total"] == 0
        read_all = f"{urls['notifications']}/notifications/read-all"
        as_b = await client.post(read_all, headers={"authorization": f"Bearer {token_b}"})
        assert as_b.json() == {"marked": 0}  # B's, none of A's
        assert (await client.post(read_all)).status_code == 401
    still = gql(platform, ME, token_a)["data"]["me"]
    assert still["notifications"]["unreadCount"] == 1 and still["profile"]["step2Score"] == 245


@pytest.mark.parametrize(("profile", "field"), [
    ("{applicantType: NON_US_IMG, graduationYear: 2021, visa: XX}", None),
    ("{applicantType: NON_US_IMG, graduationYear: 2021, step2Score: 400}", "step2Score"),
    ("{applicantType: NON_US_IMG}", None),
    ('{applicantType: NON_US_IMG, graduationYear: 2021, specialties: ["Astrology"]}',
     "specialties.0"),
])
def test_bad_profile_input_is_a_coded_error(
    platform: Platform, profile: str, field: str | None
) -> None:
    token, _ = sign_up(platform)
    result = gql(platform, f"mutation {{ updateMyProfile(input: {profile}) {{ step2Score }} }}",
                 token)
    [error] = result["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", error
    if field:
        assert field in [f["field"] for f in error["extensions"]["fields"]], error
    assert gql(platform, ME, token)["data"]["me"]["profile"] is None  # nothing stored


def test_malformed_requests_and_unknown_ids_are_client_errors(platform: Platform) -> None:
    token, _ = sign_up(platform)
    malformed = httpx.post(platform.graphql, content=b"{not json",
                           headers={"content-type": "application/json"}, timeout=10)
    assert 400 <= malformed.status_code < 500
    unknown = gql(platform, '{ program(id: "NOPE-1") { id } }', token)
    assert unknown["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    anonymous = gql(platform, "{ me { id } }")
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    garbage = gql(platform, "{ me { id } }", "not-a-token")
    assert garbage["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    syntax = gql(platform, "{ me { id ", token)
    assert syntax["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"
    rest = httpx.put(f"{platform.urls['profiles']}/applicants/x/profile", content=b"{oops",
                     headers={"authorization": f"Bearer {token}",
                              "content-type": "application/json"}, timeout=10)
    assert rest.status_code in (404, 422)


def test_sign_in_and_browse_the_catalog_page_by_page(platform: Platform) -> None:
    email = f"{uuid.uuid4().hex[:8]}@example.org"
    gql(platform, 'mutation($e: String!) { signUp(input: {email: $e, password: "long enough 1", '
                  'role: MENTOR}) { token } }', None, {"e": email})
    signed = gql(platform, 'mutation($e: String!) { signIn(email: $e, password: "long enough 1") '
                           '{ token account { email role } } }', None, {"e": email})
    assert signed["data"]["signIn"]["account"] == {"email": email, "role": "MENTOR"}
    wrong = gql(platform, 'mutation($e: String!) { signIn(email: $e, password: "nope") '
                          '{ token } }', None, {"e": email})
    assert wrong["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    token = signed["data"]["signIn"]["token"]
    query = """query($after: String) { programs(first: 100, specialty: "Internal Medicine",
      after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }"""
    first = gql(platform, query, token)["data"]["programs"]
    second = gql(platform, query, token, {"after": first["pageInfo"]["endCursor"]})["data"]
    ids = [e["node"]["id"] for e in first["edges"] + second["programs"]["edges"]]
    assert first["totalCount"] == len(ids) == len(set(ids)) == 153
    assert first["pageInfo"]["hasNextPage"] and not second["programs"]["pageInfo"]["hasNextPage"]


async def test_the_same_ready_event_twice_makes_one_notification(platform: Platform) -> None:
    """Delivered twice in a row and again after the notification was read (list events skip the
    consumer's inbox: the notification's id, derived from the event, and the applicant's pointer
    to their current list notice stop a second one): one notification, still read."""
    from smartpick.events import RecommendationsReady
    from smartpick.publisher import Publisher, envelope_for

    token, applicant_id = sign_up(platform)
    event = RecommendationsReady(applicant_id=applicant_id, eligible_count=1, excluded_count=0,
                                 computed_for="test")
    envelope = envelope_for(event, "/matching")
    group, topics = platform.prefix + "notifications", [platform.prefix + event.topic]
    publisher = Publisher(platform.servers.kafka_bootstrap, "/tests", topic_prefix=platform.prefix)
    await publisher.start()
    try:
        await publisher.send(event.topic, envelope)
        await publisher.send(event.topic, envelope)
        await wait_until_handled(platform.servers.kafka_bootstrap, group, topics)
        [stored] = stored_notifications(platform, applicant_id)
        marked = gql(platform, 'mutation($id: ID!) { markNotificationRead(id: $id) { read } }',
                     token, {"id": stored["_id"]})
        assert marked["data"]["markNotificationRead"]["read"] is True, marked
        await publisher.send(event.topic, envelope)
        await wait_until_handled(platform.servers.kafka_bootstrap, group, topics)
    finally:
        await publisher.stop()
    again = stored_notifications(platform, applicant_id)
    assert [n["_id"] for n in again] == [stored["_id"]]
    # the read state lives in the person's inbox index (services/notifications/in_app/index.py)
    me = gql(platform, ME, token)["data"]["me"]
    assert (me["notifications"]["totalCount"], me["notifications"]["unreadCount"]) == (1, 0)


def stored_notifications(platform: Platform, recipient: str) -> list[dict[str, Any]]:
    client: MongoClient[dict[str, Any]]
    with MongoClient(platform.servers.mongodb_url) as client:
        database: Database[dict[str, Any]] = client[f"{platform.prefix.strip('.')}_notifications"]
        return list(database.notifications.find({"recipient": recipient}))


PLAN = """{ applications { programId tier pInterview pInterviewRange { low high } costUsd signal
  reasons addsPMatch } pMatch pMatchRange { low high } pMatchWithoutSignals expectedInterviews
  expectedInterviewsRange { low high } costUsd signals
  curve { applications pMatch pMatchWithoutSignals expectedInterviews }
  specialties { specialty perRankMatch perRankMatchRange { low high } } }"""


def test_my_plan_and_what_if(platform: Platform) -> None:
    token, _ = sign_up(platform)
    update_profile(platform, token)
    wait_for_me(platform, token, lambda m: m["recommendations"]["totalCount"] > 0)
    result = gql(platform, "{ me { plan(options: {applications: 20}) " + PLAN + """
      whatIf(options: {applications: 20}) { scenario pMatch deltaPMatch } } }""", token)
    assert "errors" not in result, result
    plan = result["data"]["me"]["plan"]
    assert len(plan["applications"]) == 20 and 0 < plan["pMatch"] < 1
    assert plan["pMatchRange"]["low"] <= plan["pMatch"] <= plan["pMatchRange"]["high"]
    interviews = plan["expectedInterviewsRange"]
    assert interviews["low"] <= plan["expectedInterviews"] <= interviews["high"]
    assert all(a["pInterviewRange"]["low"] <= a["pInterview"] <= a["pInterviewRange"]["high"]
               for a in plan["applications"])
    [chance] = plan["specialties"]
    assert chance["specialty"] == "Internal Medicine"
    spread = chance["perRankMatchRange"]
    assert spread["low"] < chance["perRankMatch"] < spread["high"]
    assert {a["tier"] for a in plan["applications"]} <= {"reach", "target", "safety"}
    added = [a["addsPMatch"] for a in plan["applications"]]
    assert added == sorted(added, reverse=True) and 0 < added[-1] < plan["pMatch"]
    assert "E2E-STEP2" not in {a["programId"] for a in plan["applications"]}  # ineligible
    assert [point["applications"] for point in plan["curve"]][:2] == [10, 20]
    at_20 = plan["curve"][1]  # the plan's own size: the same figures
    assert math.isclose(at_20["pMatch"], plan["pMatch"])
    assert math.isclose(at_20["pMatchWithoutSignals"], plan["pMatchWithoutSignals"])
    scenarios = {o["scenario"]: o for o in result["data"]["me"]["whatIf"]}
    assert scenarios["as is"]["deltaPMatch"] == 0
    assert len(scenarios) > 1

    # the signals the applicant has: none left, then two
    def with_signals(count: int) -> dict[str, Any]:
        options = ('{applications: 20, signals: [{specialty: "Internal Medicine", count: '
                   f"{count}}}]}}")
        mine = gql(platform, "{ me { plan(options: " + options + ") " + PLAN + " } }", token)
        assert "errors" not in mine, mine
        return dict(mine["data"]["me"]["plan"])
    none, two = with_signals(0), with_signals(2)
    assert none["signals"] == [] and math.isclose(none["pMatch"], plan["pMatchWithoutSignals"])
    assert len(two["signals"]) == 2 and none["pMatch"] < two["pMatch"]
    twice = gql(platform, '{ me { plan(options: {signals: [{specialty: "Internal Medicine", '
                          'count: 1}, {specialty: "Internal Medicine", count: 2}]}) '
                          '{ pMatch } } }', token)
    assert twice["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "signals given twice" in twice["errors"][0]["message"]


def test_try_plan_needs_no_account_stores_nothing_and_is_rate_limited(platform: Platform) -> None:
    query = "{ tryPlan(profile: " + PROFILE + ", options: {budgetUsd: 500}) " + PLAN + " }"
    first = gql(platform, query)
    assert "errors" not in first, first
    plan = first["data"]["tryPlan"]
    assert plan["costUsd"] <= 500 and plan["applications"]
    # 5 a minute per address in this platform's settings; 12 calls exceed it even when a
    # minute's window ends among them
    codes = [gql(platform, query).get("errors", [{}])[0].get("extensions", {}).get("code")
             for _ in range(11)]
    assert "RATE_LIMITED" in codes


def test_anyone_can_see_which_model_makes_the_chances_and_how_good_it_is(
    platform: Platform, proxied: str,
) -> None:
    found = gql(platform, """{ model { version parametersVersion sources notes validation {
      meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }
      featureModelError specialties { specialty fittedFrom interceptSd } } }""")
    assert "errors" not in found, found
    model = found["data"]["model"]
    assert model["version"] >= 1 and model["parametersVersion"].startswith("1.0.0")
    assert any("Charting Outcomes" in source for source in model["sources"])
    validation = model["validation"]
    assert validation["heldOutSpecialties"] == 16
    assert 0 < validation["samplingNoiseFloorPp"] < validation["meanAbsoluteErrorPp"] < 10
    spreads = {s["specialty"]: s for s in model["specialties"]}
    assert len(spreads) == 24 and model["featureModelError"] > 0
    assert spreads["Internal Medicine"]["interceptSd"] < spreads["Anesthesiology"]["interceptSd"]
    token, _ = sign_up(platform)  # the same for an applicant, and the same as their plan's
    query = ("{ model { version } tryPlan(profile: " + PROFILE
             + ", options: {applications: 10}) { modelVersion } }")
    plan = httpx.post(proxied, json={"query": query}, timeout=30, headers={
        "authorization": f"Bearer {token}",
        "x-forwarded-for": "192.0.2.44"}).json()  # a client of its own: tryPlan is limited
    assert plan["data"]["model"]["version"] == plan["data"]["tryPlan"]["modelVersion"], plan


def test_behind_a_proxy_try_plan_limits_each_forwarded_client(proxied: str) -> None:
    """The gateway takes the client address from X-Forwarded-For when the connection comes from
    FORWARDED_ALLOW_IPS (here 127.0.0.1, the proxy), so clients behind one proxy do not share
    one limit, and a client connecting directly cannot choose its address."""
    query = "{ tryPlan(profile: " + PROFILE + ", options: {applications: 10}) { pMatch } }"

    def code(forwarded_for: str) -> str | None:
        response = httpx.post(proxied, json={"query": query}, timeout=30,
                              headers={"x-forwarded-for": forwarded_for})
        errors: list[dict[str, Any]] = response.json().get("errors") or [{}]
        found: str | None = errors[0].get("extensions", {}).get("code")
        return found

    assert "RATE_LIMITED" in [code("203.0.113.7") for _ in range(12)]
    assert code("203.0.113.8") is None  # another client behind the same proxy
    # addresses a client makes up in front of the one the proxy appended get it no new limit
    assert "RATE_LIMITED" in [code(f"198.51.100.{n}, 203.0.113.9") for n in range(12)]
