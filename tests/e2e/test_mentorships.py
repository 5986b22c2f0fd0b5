"""Mentorships on the running platform, through GraphQL: a request, the mentor's accept, the
notices on both sides, a sixth open request refused, the other open requests withdrawn on the
accept, the expiry of an unanswered request, and a third person who can neither see nor change
a relationship (GraphQL and REST)."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.mentors import listed_mentor
from tests.e2e.test_journey import gql

pytestmark = pytest.mark.e2e
MENTORSHIP = "id status mentor { id } mentee { id } message goals createdAt updatedAt"
REQUEST = ("mutation($m: ID!, $text: String!, $goals: [MentorTopic!]!) { requestMentorship("
           f"input: {{mentorId: $m, message: $text, goals: $goals}}) {{ {MENTORSHIP} }} }}")


def request(platform: Platform, mentee: Account, mentor_id: str, message: str = "Hello",
            goals: tuple[str, ...] = ("INTERVIEW_PREPARATION",)) -> dict[str, Any]:
    return gql(platform, REQUEST, mentee.token, {"m": mentor_id, "text": message,
                                                 "goals": list(goals)})


def requested(platform: Platform, mentee: Account, mentor_id: str) -> dict[str, Any]:
    result = request(platform, mentee, mentor_id)
    assert "errors" not in result, result
    mentorship: dict[str, Any] = result["data"]["requestMentorship"]
    return mentorship


def codes(result: dict[str, Any]) -> list[str]:
    return [error["extensions"]["code"] for error in result.get("errors") or []]


def respond(platform: Platform, mentor: Account, mentorship_id: str,
            accept: bool) -> dict[str, Any]:
    return gql(platform, "mutation($id: ID!, $a: Boolean!) { respondToMentorshipRequest(id: $id, "
                         f"accept: $a, reason: \"glad to help\") {{ {MENTORSHIP} }} }}",
               mentor.token, {"id": mentorship_id, "a": accept})


def mine(platform: Platform, account: Account, status: str | None = None) -> dict[str, Any]:
    found = gql(platform, "query($s: MentorshipStatus) { me { mentorships(status: $s, first: 50) "
                          "{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node "
                          f"{{ {MENTORSHIP} }} }} }} }} }}", account.token, {"s": status})
    assert "errors" not in found, found
    connection: dict[str, Any] = found["data"]["me"]["mentorships"]
    return connection


def walked(platform: Platform, account: Account) -> list[str]:
    """Every mentorship of ``account``, two a page: newest first, none skipped or repeated."""
    ids: list[str] = []
    after = None
    while True:
        page = gql(platform, "query($after: String) { me { mentorships(first: 2, after: $after) "
                             "{ pageInfo { hasNextPage endCursor } edges { node { id } } } } }",
                   account.token, {"after": after})["data"]["me"]["mentorships"]
        ids += [edge["node"]["id"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return ids
        after = page["pageInfo"]["endCursor"]


def notices(platform: Platform, account: Account, subject_id: str) -> list[dict[str, Any]]:
    found = gql(platform, "{ me { notifications(first: 50) { edges { node { kind title body "
                          "subjectId } } } } }", account.token)
    return [edge["node"] for edge in found["data"]["me"]["notifications"]["edges"]
            if edge["node"]["subjectId"] == subject_id]


def wait_for(check: Any, within: float = 30) -> Any:
    deadline = time.monotonic() + within
    while not (found := check()):
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.3)
    return found


def notice(platform: Platform, account: Account, subject_id: str, kind: str) -> dict[str, Any]:
    found: dict[str, Any] = wait_for(lambda: next(
        (n for n in notices(platform, account, subject_id) if n["kind"] == kind), None))
    return found


def test_a_mentorship_from_request_to_completion(platform: Platform) -> None:
    mentor = listed_mentor(platform, capacity=2)
    others = [listed_mentor(platform) for _ in range(5)]
    closed = listed_mentor(platform, accepting=False)
    mentee, stranger = new_account(platform), new_account(platform)

    assert codes(request(platform, mentee, "no-such-mentor")) == ["NOT_FOUND"]
    assert codes(request(platform, mentee, closed.id)) == ["NOT_ACCEPTING"]
    assert codes(request(platform, mentee, mentor.id, "x" * 2001)) == ["BAD_USER_INPUT"]
    first = requested(platform, mentee, mentor.id)
    assert first["status"] == "REQUESTED" and first["goals"] == ["INTERVIEW_PREPARATION"]
    assert (first["mentor"], first["mentee"]) == ({"id": mentor.id}, {"id": mentee.id})
    assert codes(request(platform, mentee, mentor.id)) == ["CONFLICT"]  # one open per mentor
    rest = [requested(platform, mentee, other.id) for other in others[:4]]
    assert codes(request(platform, mentee, others[4].id)) == ["TOO_MANY_REQUESTS"]
    received = notice(platform, mentor, first["id"], "MENTORSHIP_REQUESTED")
    assert "interview preparation" in received["body"]

    # a third person: not found, whatever they try, and nothing in their list
    for attempt in (respond(platform, stranger, first["id"], True),
                    gql(platform, 'mutation($id: ID!) { withdrawMentorshipRequest(id: $id) '
                                  '{ id } }', stranger.token, {"id": first["id"]})):
        assert codes(attempt) == ["NOT_FOUND"]
    assert mine(platform, stranger)["totalCount"] == 0
    rest_answer = httpx.get(f"{platform.urls['matching']}/mentorships/{first['id']}",
                            headers={"authorization": f"Bearer {stranger.token}"})
    assert rest_answer.status_code == 404 and rest_answer.json()["code"] == "NOT_FOUND"

    accepted = respond(platform, mentor, first["id"], True)
    assert accepted["data"]["respondToMentorshipRequest"]["status"] == "ACTIVE", accepted
    assert codes(respond(platform, mentor, first["id"], True)) == ["CONFLICT"]
    assert codes(request(platform, mentee, others[4].id)) == ["ALREADY_MENTORED"]  # one at a time
    assert "accepted" in notice(platform, mentee, first["id"], "MENTORSHIP_ACCEPTED")["title"]
    withdrawn = wait_for(lambda: mine(platform, mentee, "WITHDRAWN")["totalCount"] == 4 and
                         mine(platform, mentee, "WITHDRAWN"))
    assert {edge["node"]["id"] for edge in withdrawn["edges"]} == {m["id"] for m in rest}
    told = notice(platform, others[0], rest[0]["id"], "MENTORSHIP_WITHDRAWN")
    assert "Another mentor accepted them" in told["body"]
    assert walked(platform, mentee) == [m["id"] for m in reversed([first, *rest])]
    as_mentor = mine(platform, mentor, "ACTIVE")
    assert [edge["node"]["mentee"]["id"] for edge in as_mentor["edges"]] == [mentee.id]
    assert codes(gql(platform, 'mutation($id: ID!) { withdrawMentorshipRequest(id: $id) { id } }',
                     mentee.token, {"id": first["id"]})) == ["CONFLICT"]

    completed = gql(platform, f'mutation($id: ID!) {{ completeMentorship(id: $id) '
                              f'{{ {MENTORSHIP} }} }}', mentee.token, {"id": first["id"]})
    assert completed["data"]["completeMentorship"]["status"] == "COMPLETED", completed
    notice(platform, mentor, first["id"], "MENTORSHIP_COMPLETED")
    for side in (mentor, mentee):  # both are asked for feedback on completion
        notice(platform, side, first["id"], "MENTORSHIP_FEEDBACK_REQUESTED")
    # one notice per transition and person, and none to the one who made the change
    assert sorted(n["kind"] for n in notices(platform, mentor, first["id"])) == [
        "MENTORSHIP_COMPLETED", "MENTORSHIP_FEEDBACK_REQUESTED", "MENTORSHIP_REQUESTED"]
    assert sorted(n["kind"] for n in notices(platform, mentee, first["id"])) == [
        "MENTORSHIP_ACCEPTED", "MENTORSHIP_FEEDBACK_REQUESTED"]
    assert requested(platform, mentee, others[4].id)["status"] == "REQUESTED"  # free to ask again


def test_a_mentor_cancels_and_the_mentee_is_told(platform: Platform) -> None:
    mentor, mentee = listed_mentor(platform, capacity=1), new_account(platform)
    asked = requested(platform, mentee, mentor.id)
    assert "errors" not in respond(platform, mentor, asked["id"], True)
    cancelled = gql(platform, 'mutation($id: ID!) { cancelMentorship(id: $id, reason: "moving '
                              'abroad") { id status } }', mentor.token, {"id": asked["id"]})
    assert cancelled["data"]["cancelMentorship"]["status"] == "CANCELLED", cancelled
    told = notice(platform, mentee, asked["id"], "MENTORSHIP_CANCELLED")
    assert "moving abroad" in told["body"]
    again = requested(platform, mentee, mentor.id)  # the place is free again
    assert respond(platform, mentor, again["id"], False)["data"][
        "respondToMentorshipRequest"]["status"] == "DECLINED"
    notice(platform, mentee, again["id"], "MENTORSHIP_DECLINED")


def test_a_one_megabyte_message_is_refused_by_the_body_limit(platform: Platform) -> None:
    mentee = new_account(platform)
    response = httpx.post(platform.graphql, timeout=30, headers={
        "authorization": f"Bearer {mentee.token}"}, json={
        "query": REQUEST, "variables": {"m": "someone", "text": "x" * 1_100_000, "goals": []}})
    assert response.status_code == 413


def test_an_unanswered_request_expires_and_the_mentee_is_told(platform: Platform) -> None:
    mentor, mentee = listed_mentor(platform), new_account(platform)
    asked = requested(platform, mentee, mentor.id)
    # an instance of matching that expires requests after 2 s, for this test only
    platform.start("matching", "matching-short-ttl", MENTORSHIP_REQUEST_TTL_SECONDS="2",
                   MENTORSHIP_EXPIRY_POLL_SECONDS="0.5")
    try:
        expired = wait_for(lambda: mine(platform, mentee, "EXPIRED")["totalCount"] == 1
                           and mine(platform, mentee, "EXPIRED"))
    finally:
        platform.stop("matching-short-ttl")
        platform.urls.pop("matching-short-ttl")
    assert expired["edges"][0]["node"]["id"] == asked["id"]
    told = notice(platform, mentee, asked["id"], "MENTORSHIP_EXPIRED")
    assert "did not answer in time" in told["body"]
    assert codes(respond(platform, mentor, asked["id"], True)) == ["CONFLICT"]
