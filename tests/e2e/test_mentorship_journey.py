"""A mentorship from search to completion on the running platform, through GraphQL only, as its
two people live it (issue 14's end-to-end test): an applicant finds a mentor by specialty and
language, asks, the mentor accepts; a goal, a check-in and a message are recorded and both see
them; the applicant completes it and both give feedback, each told of the other's steps along
the way. The language (Amharic) is this test's alone: the suite's other tests fill the same
directory."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.e2e.accounts import new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.e2e.test_mentor_profiles import PROFILE, UPDATE
from tests.e2e.test_mentorship_inside import ADD_GOAL, CHECK_IN, FEEDBACK, SEND
from tests.e2e.test_mentorships import notice

pytestmark = pytest.mark.e2e
LANGUAGE = "am"
FIND = ("query($l: String!) { mentors(specialty: \"Internal Medicine\", language: $l, "
        "onlyAvailable: true, first: 5) { edges { node { mentor { id } score reasons } } } }")
INSIDE = ("query { me { mentorships(first: 5) { edges { node { id status "
          "trackedGoals { title status } checkIns { notes nextDate } "
          "messages(first: 5) { edges { node { text sender { id } } } } } } } } }")


def _found(platform: Platform, token: str, mentor_id: str) -> dict[str, Any] | None:
    found = gql(platform, FIND, token, {"l": LANGUAGE})["data"]["mentors"]["edges"]
    return next((e["node"] for e in found if e["node"]["mentor"]["id"] == mentor_id), None)


def test_an_applicant_finds_a_mentor_and_they_work_together_to_the_end(
        platform: Platform) -> None:
    mentor, mentee = new_account(platform, "MENTOR"), new_account(platform)
    saved = gql(platform, UPDATE, mentor.token, {"p": {
        **PROFILE, "languages": [LANGUAGE, "en"], "trainingCountry": "et", "programId": None}})
    assert "errors" not in saved, saved
    profiled = gql(platform, "mutation($p: ProfileInput!) { updateMyProfile(input: $p) "
                             "{ updatedAt } }", mentee.token, {"p": {
                                 "applicantType": "NON_US_IMG", "graduationYear": 2022,
                                 "visa": "J1", "specialties": ["Internal Medicine"],
                                 "mentee": {"goals": ["INTERVIEW_PREPARATION"],
                                            "languages": [LANGUAGE]}}})
    assert "errors" not in profiled, profiled

    deadline = time.monotonic() + 60  # both profiles reach matching as events
    while "speaks Amharic" not in ((match := _found(platform, mentee.token, mentor.id)) or {}
                                   ).get("reasons", []):
        assert time.monotonic() < deadline, f"the mentor never showed in search: {match}"
        time.sleep(0.5)
    assert match is not None and match["score"] > 0

    asked = gql(platform, 'mutation($m: ID!) { requestMentorship(input: {mentorId: $m, message: '
                          '"Could you help me prepare interviews?", goals: '
                          '[INTERVIEW_PREPARATION]}) { id status } }', mentee.token,
                {"m": mentor.id})["data"]["requestMentorship"]
    assert asked["status"] == "REQUESTED"
    pair = {"id": asked["id"]}
    notice(platform, mentor, asked["id"], "MENTORSHIP_REQUESTED")
    accepted = gql(platform, "mutation($id: ID!) { respondToMentorshipRequest(id: $id, accept: "
                             "true) { status } }", mentor.token, pair)
    assert accepted["data"]["respondToMentorshipRequest"]["status"] == "ACTIVE", accepted
    notice(platform, mentee, asked["id"], "MENTORSHIP_ACCEPTED")

    due = (datetime.now(UTC) + timedelta(days=30)).date().isoformat()
    added = gql(platform, ADD_GOAL, mentee.token, {**pair, "g": {
        "title": "Two mock interviews", "topic": "INTERVIEW_PREPARATION", "dueDate": due}})
    assert "errors" not in added, added
    met = gql(platform, CHECK_IN, mentor.token, {**pair, "c": {
        "date": datetime.now(UTC).date().isoformat(), "notes": "First mock interview",
        "nextDate": due}})
    assert "errors" not in met, met
    sent = gql(platform, SEND, mentee.token, {**pair, "text": "Thank you for today!"})
    assert "errors" not in sent, sent
    notice(platform, mentor, asked["id"], "MENTORSHIP_MESSAGE")
    for side in (mentee, mentor):
        [edge] = gql(platform, INSIDE, side.token)["data"]["me"]["mentorships"]["edges"]
        seen = edge["node"]
        assert seen["trackedGoals"] == [{"title": "Two mock interviews", "status": "OPEN"}]
        assert seen["checkIns"] == [{"notes": "First mock interview", "nextDate": due}]
        assert [(m["node"]["sender"]["id"], m["node"]["text"])
                for m in seen["messages"]["edges"]] == [(mentee.id, "Thank you for today!")]

    completed = gql(platform, "mutation($id: ID!) { completeMentorship(id: $id) { status } }",
                    mentee.token, pair)
    assert completed["data"]["completeMentorship"]["status"] == "COMPLETED", completed
    notice(platform, mentor, asked["id"], "MENTORSHIP_COMPLETED")
    for side, rating in ((mentee, 5), (mentor, 4)):
        notice(platform, side, asked["id"], "MENTORSHIP_FEEDBACK_REQUESTED")
        given = gql(platform, FEEDBACK, side.token, {**pair, "r": rating})
        assert given["data"]["giveMentorshipFeedback"]["rating"] == rating, given
