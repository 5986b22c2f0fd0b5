"""Resolving a reported problem on the running platform, through GraphQL: the admin of the
mentor's organization lists the report and resumes the paused mentorship, both people see it
ACTIVE and are told; another organization's admin and the two people get NOT_FOUND, and a
second resolution CONFLICT."""

from __future__ import annotations

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
