"""Match simulations through GraphQL on the running platform (real Kafka and FerretDB): an
organization uploads or generates an instance, the matching service runs it as a job in a
child process, stores the result, emits its completion event, and the notifications service
tells the requester."""

from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from matchsim import check_documents, solve_document
from matchsim.generator import NATIONAL, generate, scaled
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql, sign_up
from tests.unit.matchsim.documents import NO_STABLE

pytestmark = pytest.mark.e2e

JOB = """id name status source attempts error createdAt startedAt finishedAt expiresAt
  maxProposals
  generated { applicants couples supplemental seed }
  stats { applicants matched unmatched couples couplesMatched programs positions filled unfilled
          supplementalMatched stable solveSeconds totalSeconds }"""
UPLOAD = ("mutation($file: Upload!, $name: String!, $max: Int) { runMatchSimulation("
          "input: {name: $name, instance: $file, maxProposals: $max}) { " + JOB + " } }")
STATUS = "query($id: ID!) { matchSimulation(id: $id) { " + JOB + " } }"
MATCHES = """query($id: ID!, $after: String, $unmatched: Boolean, $ids: [ID!]) {
  matchSimulation(id: $id) {
    matches(first: 500, after: $after, unmatched: $unmatched, applicantIds: $ids) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { applicantId programId supplementalProgramId } } }
    unfilledPrograms(first: 500) { totalCount edges { node { programId unfilled } } } } }"""
NOTIFICATIONS = """{ me { notifications(first: 20) { edges { node { kind title body subjectId } } }
  matchSimulations(first: 10) { totalCount edges { cursor node { id status } } } } }"""
SECONDS = ("solve_seconds", "total_seconds")


def sign_up_organization(platform: Platform) -> str:
    email = f"org-{uuid.uuid4().hex[:8]}@example.org"
    result = gql(platform, 'mutation($e: String!) { signUp(input: {email: $e, password: '
                           '"correct horse battery", role: ORG_ADMIN}) { token } }', None,
                 {"e": email})
    token: str = result["data"]["signUp"]["token"]
    return token


def upload(platform: Platform, token: str, content: bytes, name: str = "cohort",
           max_proposals: int | None = None) -> dict[str, Any]:
    """A GraphQL multipart request (the spec every upload-capable client speaks)."""
    operations = {"query": UPLOAD,
                  "variables": {"file": None, "name": name, "max": max_proposals}}
    response = httpx.post(
        platform.graphql, headers={"authorization": f"Bearer {token}"}, timeout=60,
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.file"]})},
        files={"0": ("instance.json", content, "application/json")})
    assert response.status_code < 500, response.text
    result: dict[str, Any] = response.json()
    return result


def wait_finished(platform: Platform, token: str, job_id: str,
                  within: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        job: dict[str, Any] = gql(platform, STATUS, token, {"id": job_id})["data"][
            "matchSimulation"]
        if job["status"] not in ("QUEUED", "RUNNING"):
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"simulation not finished within {within} s: {job}")
        time.sleep(0.5)


def result_of(platform: Platform, token: str, job_id: str) -> dict[str, Any]:
    """The output document rebuilt from the paged GraphQL result."""
    matches: dict[str, str | None] = {}
    supplemental: dict[str, str] = {}
    after = None
    while True:
        page = gql(platform, MATCHES, token, {"id": job_id, "after": after})
        found = page["data"]["matchSimulation"]
        for edge in found["matches"]["edges"]:
            node = edge["node"]
            matches[node["applicantId"]] = node["programId"]
            if node["supplementalProgramId"]:
                supplemental[node["applicantId"]] = node["supplementalProgramId"]
        if not found["matches"]["pageInfo"]["hasNextPage"]:
            break
        after = found["matches"]["pageInfo"]["endCursor"]
    unfilled = {edge["node"]["programId"]: edge["node"]["unfilled"]
                for edge in found["unfilledPrograms"]["edges"]}
    return {"matches": matches, "supplemental_matches": supplemental, "unfilled": unfilled}


def notification_for(platform: Platform, token: str, job_id: str,
                     within: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        me = gql(platform, NOTIFICATIONS, token)["data"]["me"]
        for edge in me["notifications"]["edges"]:
            if edge["node"]["subjectId"] == job_id:
                found: dict[str, Any] = edge["node"]
                return found
        if time.monotonic() > deadline:
            raise AssertionError(f"no notification for {job_id}: {me}")
        time.sleep(0.5)


def same_stats(reported: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, value in expected.items():
        name = "".join(w.title() if i else w for i, w in enumerate(key.split("_")))
        if key not in SECONDS and name in reported:
            assert reported[name] == value, key


def test_uploaded_instance_is_solved_stored_paged_and_notified(platform: Platform) -> None:
    token = sign_up_organization(platform)
    instance = generate(scaled(1_500, couples=30, supplemental=True), seed=11)
    queued = upload(platform, token, json.dumps(instance).encode(), name="our cohort")
    assert "errors" not in queued, queued
    job = queued["data"]["runMatchSimulation"]
    assert job["status"] in ("QUEUED", "RUNNING") and job["source"] == "upload"
    assert job["name"] == "our cohort" and job["stats"] is None

    done = wait_finished(platform, token, job["id"])
    assert done["status"] == "SUCCEEDED", done
    assert done["startedAt"] and done["finishedAt"] and done["attempts"] == 1
    assert job["expiresAt"] is None  # kept SIMULATION_RETENTION_DAYS (30) once finished
    kept = datetime.fromisoformat(done["expiresAt"]) - datetime.fromisoformat(done["finishedAt"])
    assert kept == timedelta(days=30)
    expected = solve_document(instance)
    same_stats(done["stats"], expected["stats"])

    rebuilt = result_of(platform, token, job["id"])
    assert rebuilt["matches"] == expected["matches"]  # same result as the library, in order
    assert rebuilt["supplemental_matches"] == expected["supplemental_matches"]
    assert rebuilt["unfilled"] == expected["unfilled"]
    assert check_documents(instance, rebuilt) == []

    unmatched = gql(platform, MATCHES, token, {"id": job["id"], "unmatched": True})
    assert unmatched["data"]["matchSimulation"]["matches"]["totalCount"] == \
        expected["stats"]["unmatched"]
    cohort = ["A000003", "A000001", "nobody"]  # an organization asks about its own applicants
    picked = gql(platform, MATCHES, token, {"id": job["id"], "ids": cohort})
    nodes = [e["node"] for e in picked["data"]["matchSimulation"]["matches"]["edges"]]
    assert [(n["applicantId"], n["programId"]) for n in nodes] == [
        (a, expected["matches"][a]) for a in cohort[:2]]

    note = notification_for(platform, token, job["id"])
    assert note["kind"] == "MATCH_SIMULATION_COMPLETED"
    assert note["title"] == "Match simulation “our cohort” is ready"
    assert f"{expected['stats']['matched']:,} of 1,500 applicants matched" in note["body"]
    listed = gql(platform, NOTIFICATIONS, token)["data"]["me"]["matchSimulations"]
    assert [edge["node"]["id"] for edge in listed["edges"]] == [job["id"]]

    deleted = gql(platform, "mutation($id: ID!) { deleteMatchSimulation(id: $id) }", token,
                  {"id": job["id"]})
    assert deleted == {"data": {"deleteMatchSimulation": job["id"]}}
    assert error_of(gql(platform, STATUS, token, {"id": job["id"]}))[0] == "NOT_FOUND"
    assert gql(platform, NOTIFICATIONS, token)["data"]["me"]["matchSimulations"]["totalCount"] == 0


def test_generated_national_instance_runs_as_a_job(platform: Platform) -> None:
    token = sign_up_organization(platform)
    queued = gql(platform, "mutation { runMatchSimulation(input: {name: \"national\", "
                           "generate: {seed: 2026}}) { " + JOB + " } }", token)
    assert "errors" not in queued, queued
    job = queued["data"]["runMatchSimulation"]
    assert job["source"] == "generated"
    assert job["generated"] == {"applicants": NATIONAL.applicants, "couples": NATIONAL.couples,
                                "supplemental": True, "seed": 2026}
    done = wait_finished(platform, token, job["id"], within=240)
    assert done["status"] == "SUCCEEDED", done
    stats = done["stats"]
    assert (stats["applicants"], stats["programs"], stats["positions"], stats["couples"]) == (
        NATIONAL.applicants, NATIONAL.programs, NATIONAL.positions, NATIONAL.couples)
    assert stats["stable"] and stats["matched"] + stats["unmatched"] == NATIONAL.applicants
    assert stats["supplementalMatched"] > 0
    page = gql(platform, MATCHES, token, {"id": job["id"], "unmatched": True})
    assert page["data"]["matchSimulation"]["matches"]["totalCount"] == stats["unmatched"]
    assert notification_for(platform, token, job["id"])["kind"] == "MATCH_SIMULATION_COMPLETED"


def test_no_stable_matching_is_reported_as_such(platform: Platform) -> None:
    token = sign_up_organization(platform)
    queued = upload(platform, token, json.dumps(NO_STABLE).encode(), name="Roth 1984",
                    max_proposals=50)
    job = queued["data"]["runMatchSimulation"]
    done = wait_finished(platform, token, job["id"])
    assert done["status"] == "NO_STABLE_MATCHING" and done["stats"]["stable"] is False
    assert done["maxProposals"] == 50
    note = notification_for(platform, token, job["id"])
    assert note["title"] == "Match simulation “Roth 1984” found no stable match"


def error_of(result: dict[str, Any]) -> tuple[str, str]:
    assert result.get("data") is None or not any(result["data"].values()), result
    error = result["errors"][0]
    return error["extensions"]["code"], error["message"]


def test_bad_instances_and_other_accounts_get_clear_errors(platform: Platform) -> None:
    token = sign_up_organization(platform)
    unknown = {"programs": [{"id": "p", "positions": 1, "ranks": ["a", "ghost"]}],
               "applicants": [{"id": "a", "ranks": ["p"]}]}
    code, message = error_of(upload(platform, token, json.dumps(unknown).encode()))
    assert code == "BAD_USER_INPUT" and "ghost" in message
    code, message = error_of(upload(platform, token, b"{not json"))
    assert code == "BAD_USER_INPUT" and "not valid JSON" in message
    negative = {"programs": [{"id": "p", "positions": -1, "ranks": []}], "applicants": []}
    code, message = error_of(upload(platform, token, json.dumps(negative).encode()))
    assert code == "BAD_USER_INPUT" and '"p"' in message

    too_many_couples = gql(platform, "mutation { runMatchSimulation(input: {generate: "
                                     "{applicants: 100, couples: 80}}) { id } }", token)
    code, message = error_of(too_many_couples)
    assert code == "BAD_USER_INPUT" and "160 applicants" in message
    neither = gql(platform, "mutation { runMatchSimulation(input: {name: \"x\"}) { id } }", token)
    assert error_of(neither)[0] == "BAD_USER_INPUT"
    listed = gql(platform, NOTIFICATIONS, token)["data"]["me"]["matchSimulations"]
    assert listed["totalCount"] == 0  # nothing stored for rejected input

    applicant_token, _ = sign_up(platform)
    code, message = error_of(gql(platform, "mutation { runMatchSimulation(input: {generate: "
                                           "{applicants: 100}}) { id } }", applicant_token))
    assert code == "FORBIDDEN" and "organization" in message
    assert error_of(gql(platform, "mutation { runMatchSimulation(input: {generate: "
                                  "{applicants: 100}}) { id } }"))[0] == "UNAUTHENTICATED"

    mine = gql(platform, "mutation { runMatchSimulation(input: {generate: {applicants: 100}}) "
                         "{ id } }", token)["data"]["runMatchSimulation"]["id"]
    other = sign_up_organization(platform)
    code, _ = error_of(gql(platform, STATUS, other, {"id": mine}))
    assert code == "NOT_FOUND"
    assert error_of(gql(platform, STATUS, token, {"id": "no-such-job"}))[0] == "NOT_FOUND"


def test_a_run_interrupted_by_a_restart_is_run_again_not_lost(platform: Platform) -> None:
    token = sign_up_organization(platform)
    queued = gql(platform, "mutation { runMatchSimulation(input: {name: \"restart\", "
                           "generate: {seed: 5}}) { id } }", token)
    job_id = queued["data"]["runMatchSimulation"]["id"]
    deadline = time.monotonic() + 60
    while gql(platform, STATUS, token, {"id": job_id})["data"]["matchSimulation"][
            "status"] != "RUNNING":
        assert time.monotonic() < deadline
        time.sleep(0.2)
    platform.stop("matching")  # SIGTERM mid-run: the child is killed, the job given back
    platform.start("matching")
    done = wait_finished(platform, token, job_id, within=240)
    assert done["status"] == "SUCCEEDED" and done["attempts"] == 1, done
    assert done["stats"]["applicants"] == NATIONAL.applicants


def test_an_organization_cannot_fill_the_queue(platform: Platform) -> None:
    token = sign_up_organization(platform)
    national = "mutation { runMatchSimulation(input: {generate: {seed: 9}}) { id } }"
    queued = [gql(platform, national, token)["data"]["runMatchSimulation"]["id"]
              for _ in range(2)]  # this platform allows 2 pending runs per organization
    code, message = error_of(gql(platform, national, token))
    assert code == "RATE_LIMITED" and "2 of your simulations" in message
    assert error_of(upload(platform, token, json.dumps(NO_STABLE).encode()))[0] == "RATE_LIMITED"
    code, message = error_of(gql(platform, "mutation($id: ID!) { deleteMatchSimulation(id: $id) }",
                                 token, {"id": queued[1]}))
    assert code == "BAD_USER_INPUT" and "once it has finished" in message
    for job_id in queued:  # room again once they are done
        assert wait_finished(platform, token, job_id, within=240)["status"] == "SUCCEEDED"
    assert "errors" not in upload(platform, token, json.dumps(NO_STABLE).encode())
