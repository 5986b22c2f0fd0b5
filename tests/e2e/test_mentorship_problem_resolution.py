"""The mentor's organization on the running platform, through GraphQL: its admin lists the
mentorships of the mentors it verified (without their message and contact details), lists a
reported problem and resumes the paused mentorship; both people see it ACTIVE and are told;
another organization's admin and the two people get NOT_FOUND, and a second resolution
CONFLICT."""

from __future__ import annotations

import httpx
import pytest

from tests.e2e.accounts import new_account
from tests.e2e.conftest import Platform
from tests.e2e.mentors import list_mentor
from tests.e2e.test_journey import gql
from tests.e2e.test_mentorships import codes, notice, requested, respond

pytestmark = pytest.mark.e2e
REPORTS = ("query($after: String) { me { mentorshipProblemReports(first: 5, after: $after) { "
           "totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id "
           "mentorshipId reason details reporterSide reportedAt mentorshipStatus resolved } } "
           "} } }")
RESOLVE = ("mutation($id: ID!, $resume: Boolean!) { resolveMentorshipProblem(input: "
           "{mentorshipId: $id, resume: $resume, note: \"we spoke to both\"}) { id "
           "mentorshipStatus resolved } }")
STATUS = "query { me { mentorships(first: 5) { edges { node { id status } } } } }"
ORGANIZATION_MENTORSHIPS = (
    "query($status: MentorshipStatus) { me { organizationMentorships(status: $status, first: 5) "
    "{ totalCount pageInfo { hasNextPage } edges { cursor node { id status message "
    "mentee { id } mentor { id } contact { mentee mentor } } } } } }")


def test_the_organization_sees_its_verified_mentors_mentorships_and_nothing_private(
        platform: Platform) -> None:
    organization, other = new_account(platform, "ORG_ADMIN"), new_account(platform, "ORG_ADMIN")
    verified, unverified = new_account(platform, "MENTOR"), new_account(platform, "MENTOR")
    list_mentor(platform, verified.id, organization_id=organization.id, verified=True)
    list_mentor(platform, unverified.id, organization_id=organization.id)
    mentee, second = new_account(platform), new_account(platform)
    asked = gql(platform, 'mutation($m: ID!) { requestMentorship(input: {mentorId: $m, message: '
                          '"I am on a J-1", contact: "ana@example.org"}) { id } }', mentee.token,
                {"m": verified.id})["data"]["requestMentorship"]
    requested(platform, second, unverified.id)
    assert "errors" not in gql(platform, 'mutation($id: ID!) { respondToMentorshipRequest(id: '
                                         '$id, accept: true, contact: "+1 555 0100") { id } }',
                               verified.token, {"id": asked["id"]})

    seen = gql(platform, ORGANIZATION_MENTORSHIPS, organization.token, {"status": "ACTIVE"})
    found = seen["data"]["me"]["organizationMentorships"]
    assert found["totalCount"] == 1 and not found["pageInfo"]["hasNextPage"], seen
    assert found["edges"][0]["node"] == {
        "id": asked["id"], "status": "ACTIVE", "message": "", "mentee": {"id": mentee.id},
        "mentor": {"id": verified.id}, "contact": None}
    assert gql(platform, ORGANIZATION_MENTORSHIPS, other.token)["data"]["me"][
        "organizationMentorships"]["totalCount"] == 0
    assert codes(gql(platform, ORGANIZATION_MENTORSHIPS, mentee.token)) == ["FORBIDDEN"]
    rest = f"{platform.urls['matching']}/mentorships/{asked['id']}"
    for admin, status in ((organization, 200), (other, 404)):
        answer = httpx.get(rest, headers={"authorization": f"Bearer {admin.token}"})
        assert answer.status_code == status, answer.text
    assert httpx.get(rest, headers={"authorization": f"Bearer {organization.token}"}).json()[
        "contact"] is None


def test_the_organization_resumes_a_reported_mentorship_and_both_are_told(
        platform: Platform) -> None:
    organization, other = new_account(platform, "ORG_ADMIN"), new_account(platform, "ORG_ADMIN")
    mentor = new_account(platform, "MENTOR")
    list_mentor(platform, mentor.id, capacity=1, organization_id=organization.id)
    mentee = new_account(platform)
    asked = requested(platform, mentee, mentor.id)
    assert "errors" not in respond(platform, mentor, asked["id"], True)
    paused = gql(platform, 'mutation($id: ID!) { reportMentorshipProblem(id: $id, reason: '
                           'UNRESPONSIVE, details: "no answer for a month") { status } }',
                 mentor.token, {"id": asked["id"]})
    assert paused["data"]["reportMentorshipProblem"]["status"] == "PAUSED", paused

    listed = gql(platform, REPORTS, organization.token)["data"]["me"]["mentorshipProblemReports"]
    assert listed["totalCount"] == 1 and not listed["pageInfo"]["hasNextPage"]
    [report] = [edge["node"] for edge in listed["edges"]]
    assert (report["mentorshipId"], report["reason"], report["details"], report["reporterSide"],
            report["mentorshipStatus"], report["resolved"]) == (
        asked["id"], "UNRESPONSIVE", "no answer for a month", "MENTOR", "PAUSED", False)
    assert gql(platform, REPORTS, other.token)["data"]["me"]["mentorshipProblemReports"][
        "totalCount"] == 0
    assert codes(gql(platform, REPORTS, mentee.token)) == ["FORBIDDEN"]
    for stranger in (other, mentee, mentor):  # another organization, the two people
        assert codes(gql(platform, RESOLVE, stranger.token,
                         {"id": asked["id"], "resume": True})) == ["NOT_FOUND"]

    resumed = gql(platform, RESOLVE, organization.token, {"id": asked["id"], "resume": True})
    assert resumed["data"]["resolveMentorshipProblem"] == {
        "id": report["id"], "mentorshipStatus": "ACTIVE", "resolved": True}, resumed
    assert codes(gql(platform, RESOLVE, organization.token,
                     {"id": asked["id"], "resume": False})) == ["CONFLICT"]  # resolved already
    for side in (mentee, mentor):
        mine = gql(platform, STATUS, side.token)["data"]["me"]["mentorships"]["edges"]
        assert [edge["node"]["status"] for edge in mine] == ["ACTIVE"]
        told = notice(platform, side, asked["id"], "MENTORSHIP_RESUMED")
        assert "active again" in told["title"] and "we spoke to both" in told["body"]
    listed = gql(platform, REPORTS, organization.token)["data"]["me"]["mentorshipProblemReports"]
    assert listed["edges"][0]["node"]["resolved"] is True
