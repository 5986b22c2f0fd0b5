"""Inside a mentorship on the running platform, through GraphQL: contact details shown once
accepted; its two people write to each other and both read the thread, the other side is told;
goals from the Match calendar's templates and check-ins seen by both; private feedback once
completed; a stranger sees none of it, and bad input gets coded errors. A problem report pauses
a mentorship and reaches the admins of the mentor's organization. Both sides are reminded of a
check-in coming up and of a goal overdue."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.mentors import list_mentor, listed_mentor
from tests.e2e.test_journey import gql
from tests.e2e.test_mentorships import codes, notice, notices, request, requested, respond

pytestmark = pytest.mark.e2e
SEND = ("mutation($id: ID!, $text: String!) { sendMentorshipMessage(mentorshipId: $id, "
        "text: $text) { id text sender { id } sentAt } }")
THREAD = ("query($after: String) { me { mentorships(status: ACTIVE, first: 5) { edges { node { "
          "id messages(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } "
          "edges { cursor node { id text sender { id } sentAt } } } } } } } }")


def send(platform: Platform, account: Account, mentorship_id: str, text: str) -> dict[str, Any]:
    return gql(platform, SEND, account.token, {"id": mentorship_id, "text": text})


def thread(platform: Platform, account: Account) -> list[tuple[str, str]]:
    """The (sender, text) of the account's one active mentorship, two a page, oldest first."""
    said: list[tuple[str, str]] = []
    after = None
    while True:
        found = gql(platform, THREAD, account.token, {"after": after})
        [edge] = found["data"]["me"]["mentorships"]["edges"]
        page = edge["node"]["messages"]
        said += [(e["node"]["sender"]["id"], e["node"]["text"]) for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return said
        after = page["pageInfo"]["endCursor"]


def test_both_sides_write_and_read_the_thread(platform: Platform) -> None:
    mentor, mentee, stranger = listed_mentor(platform), new_account(platform), \
        new_account(platform)
    asked = gql(platform, 'mutation($m: ID!) { requestMentorship(input: {mentorId: $m, contact: '
                          '"mentee@example.org"}) { id contact { mentee mentor } } }',
                mentee.token, {"m": mentor.id})["data"]["requestMentorship"]
    assert asked["contact"] is None  # shared only once accepted
    assert codes(send(platform, mentee, asked["id"], "are you there?")) == ["CONFLICT"]
    accepted = gql(platform, 'mutation($id: ID!) { respondToMentorshipRequest(id: $id, accept: '
                             'true, contact: "+1 555 0100") { contact { mentee mentor } } }',
                   mentor.token, {"id": asked["id"]})
    assert accepted["data"]["respondToMentorshipRequest"]["contact"] == {
        "mentee": "mentee@example.org", "mentor": "+1 555 0100"}, accepted

    first = send(platform, mentee, asked["id"], "Thank you!\nCan we start with my statement?")
    assert first["data"]["sendMentorshipMessage"]["sender"] == {"id": mentee.id}, first
    send(platform, mentor, asked["id"], "Yes: send me a draft by Friday.")
    send(platform, mentee, asked["id"], "Done.")
    expected = [(mentee.id, "Thank you!\nCan we start with my statement?"),
                (mentor.id, "Yes: send me a draft by Friday."), (mentee.id, "Done.")]
    assert thread(platform, mentee) == thread(platform, mentor) == expected
    assert "send me a draft" in notice(platform, mentee, asked["id"], "MENTORSHIP_MESSAGE")["body"]
    notice(platform, mentor, asked["id"], "MENTORSHIP_MESSAGE")

    assert codes(send(platform, stranger, asked["id"], "hello")) == ["NOT_FOUND"]
    assert codes(send(platform, mentee, asked["id"], "x" * 2001)) == ["BAD_USER_INPUT"]
    assert codes(send(platform, mentee, asked["id"], "\u202eevil")) == ["BAD_USER_INPUT"]
    rest = httpx.get(f"{platform.urls['matching']}/mentorships/{asked['id']}/messages",
                     headers={"authorization": f"Bearer {stranger.token}"})
    assert rest.status_code == 404 and rest.json()["code"] == "NOT_FOUND"
    huge = httpx.post(platform.graphql, timeout=30, headers={
        "authorization": f"Bearer {mentee.token}"}, json={
        "query": SEND, "variables": {"id": asked["id"], "text": "x" * 1_000_000}})
    # just under the gateway's body limit (above it: 413): the length rule refuses it
    assert huge.status_code == 200 and codes(huge.json()) == ["BAD_USER_INPUT"]

    done = gql(platform, 'mutation($id: ID!) { completeMentorship(id: $id) { status } }',
               mentor.token, {"id": asked["id"]})
    assert done["data"]["completeMentorship"]["status"] == "COMPLETED", done
    assert codes(send(platform, mentee, asked["id"], "one more thing")) == ["CONFLICT"]


PROGRESS = ("query { me { mentorships(status: ACTIVE, first: 5) { edges { node { id "
            "trackedGoals { id title topic dueDate status createdBy createdAt } "
            "checkIns { id date notes nextDate recordedBy recordedAt } } } } } }")
ADD_GOAL = ("mutation($id: ID!, $g: GoalInput!) { addMentorshipGoal(mentorshipId: $id, input: $g) "
            "{ id status dueDate } }")
CHECK_IN = ("mutation($id: ID!, $c: CheckInInput!) { recordMentorshipCheckIn(mentorshipId: $id, "
            "input: $c) { id date notes nextDate recordedBy } }")


FEEDBACK = ('mutation($id: ID!, $r: Int!) { giveMentorshipFeedback(mentorshipId: $id, rating: $r, '
            'comment: "Thank you") { rating comment givenAt } }')


def mine_feedback(platform: Platform, account: Account) -> dict[str, Any] | None:
    found = gql(platform, "{ me { mentorships(status: COMPLETED, first: 5) { edges { node { "
                          "myFeedback { rating comment } } } } } }", account.token)
    [edge] = found["data"]["me"]["mentorships"]["edges"]
    given: dict[str, Any] | None = edge["node"]["myFeedback"]
    return given


def progress(platform: Platform, account: Account) -> dict[str, Any]:
    found = gql(platform, PROGRESS, account.token)
    [edge] = found["data"]["me"]["mentorships"]["edges"]
    node: dict[str, Any] = edge["node"]
    return node


def test_goals_check_ins_and_feedback_of_one_mentorship(platform: Platform) -> None:
    mentor, mentee, stranger = listed_mentor(platform), new_account(platform), \
        new_account(platform)
    asked = requested(platform, mentee, mentor.id)
    assert "errors" not in respond(platform, mentor, asked["id"], True)
    templates = gql(platform, "{ goalTemplates { title topic dueDate why } }", mentee.token)
    statement = templates["data"]["goalTemplates"][0]
    assert statement["topic"] == "PERSONAL_STATEMENT" and statement["dueDate"].endswith("-06-01")

    goal = {"title": statement["title"], "topic": statement["topic"],
            "dueDate": statement["dueDate"]}
    added = gql(platform, ADD_GOAL, mentee.token, {"id": asked["id"], "g": goal})
    assert added["data"]["addMentorshipGoal"]["status"] == "OPEN", added
    goal_id = added["data"]["addMentorshipGoal"]["id"]
    done = gql(platform, "mutation($id: ID!, $g: ID!) { setMentorshipGoalStatus(mentorshipId: $id,"
                         " goalId: $g, status: DONE) { status } }", mentor.token,
               {"id": asked["id"], "g": goal_id})
    assert done["data"]["setMentorshipGoalStatus"]["status"] == "DONE", done
    met = gql(platform, CHECK_IN, mentor.token, {"id": asked["id"], "c": {
        "date": "2026-11-20", "notes": "Reviewed the draft", "nextDate": "2026-12-04"}})
    assert met["data"]["recordMentorshipCheckIn"]["recordedBy"] == mentor.id, met

    for side in (mentee, mentor):
        seen = progress(platform, side)
        assert [(g["id"], g["status"], g["createdBy"]) for g in seen["trackedGoals"]] == \
            [(goal_id, "DONE", mentee.id)]
        assert [(c["notes"], c["nextDate"]) for c in seen["checkIns"]] == \
            [("Reviewed the draft", "2026-12-04")]
    assert codes(gql(platform, ADD_GOAL, stranger.token, {"id": asked["id"], "g": goal})) == \
        ["NOT_FOUND"]
    assert codes(gql(platform, ADD_GOAL, mentee.token, {"id": asked["id"], "g": {
        **goal, "title": ""}})) == ["BAD_USER_INPUT"]

    assert codes(gql(platform, FEEDBACK, mentee.token, {"id": asked["id"], "r": 5})) == \
        ["CONFLICT"]  # not completed yet
    gql(platform, 'mutation($id: ID!) { completeMentorship(id: $id) { status } }', mentee.token,
        {"id": asked["id"]})
    late = gql(platform, CHECK_IN, mentee.token, {"id": asked["id"], "c": {"date": "2026-12-04"}})
    assert codes(late) == ["CONFLICT"]

    for side in (mentee, mentor):
        assert "only you see" in notice(platform, side, asked["id"],
                                        "MENTORSHIP_FEEDBACK_REQUESTED")["body"]
    assert codes(gql(platform, FEEDBACK, mentee.token, {"id": asked["id"], "r": 7})) == \
        ["BAD_USER_INPUT"]
    given = gql(platform, FEEDBACK, mentee.token, {"id": asked["id"], "r": 5})
    assert given["data"]["giveMentorshipFeedback"]["rating"] == 5, given
    assert codes(gql(platform, FEEDBACK, mentee.token, {"id": asked["id"], "r": 4})) == \
        ["CONFLICT"]  # once per side
    assert codes(gql(platform, FEEDBACK, stranger.token, {"id": asked["id"], "r": 1})) == \
        ["NOT_FOUND"]
    assert mine_feedback(platform, mentor) is None  # the mentee's is not shown to the mentor
    gql(platform, FEEDBACK, mentor.token, {"id": asked["id"], "r": 4})
    assert mine_feedback(platform, mentee) == {"rating": 5, "comment": "Thank you"}
    assert mine_feedback(platform, mentor) == {"rating": 4, "comment": "Thank you"}


def test_a_problem_report_pauses_the_mentorship_and_reaches_the_organization(
        platform: Platform) -> None:
    organization, mentor = new_account(platform, "ORG_ADMIN"), new_account(platform, "MENTOR")
    list_mentor(platform, mentor.id, capacity=1, organization_id=organization.id)
    mentee, stranger = new_account(platform), new_account(platform)
    asked = requested(platform, mentee, mentor.id)
    assert "errors" not in respond(platform, mentor, asked["id"], True)
    report = ("mutation($id: ID!, $r: ProblemReason!) { reportMentorshipProblem(id: $id, "
              "reason: $r, details: \"asked me to pay $300 for an observership\") { status } }")
    assert codes(gql(platform, report, stranger.token, {"id": asked["id"], "r": "OTHER"})) == \
        ["NOT_FOUND"]
    # an unknown reason, written in the query or given as a variable
    unknown = gql(platform, 'mutation($id: ID!) { reportMentorshipProblem(id: $id, reason: BRIBE) '
                            '{ status } }', mentee.token, {"id": asked["id"]})
    assert codes(unknown) == ["BAD_USER_INPUT"]
    unknown = gql(platform, report, mentee.token, {"id": asked["id"], "r": "BRIBE"})
    assert codes(unknown) == ["BAD_USER_INPUT"]
    paused = gql(platform, report, mentee.token, {"id": asked["id"], "r": "PAYMENT_REQUESTED"})
    assert paused["data"]["reportMentorshipProblem"]["status"] == "PAUSED", paused
    told = notice(platform, organization, asked["id"], "MENTORSHIP_PROBLEM_REPORTED")
    assert "payment requested" in told["body"] and "$300" in told["body"]
    assert "paused" in notice(platform, mentor, asked["id"], "MENTORSHIP_REPORTED")["title"]
    assert codes(gql(platform, report, mentor.token, {"id": asked["id"], "r": "OTHER"})) == \
        ["CONFLICT"]  # paused already
    # the paused one keeps its place: the mentor of capacity 1 cannot accept another
    assert codes(request(platform, new_account(platform), mentor.id)) == ["CAPACITY_REACHED"]


def test_both_sides_are_reminded_of_a_check_in_coming_up_and_a_goal_overdue(
        platform: Platform) -> None:
    mentor, mentee = listed_mentor(platform), new_account(platform)
    asked = requested(platform, mentee, mentor.id)
    assert "errors" not in respond(platform, mentor, asked["id"], True)
    today = datetime.now(UTC).date()
    goal = {"title": "Send the statement draft", "topic": "PERSONAL_STATEMENT",
            "dueDate": (today - timedelta(days=1)).isoformat()}
    added = gql(platform, ADD_GOAL, mentee.token, {"id": asked["id"], "g": goal})
    assert added["data"]["addMentorshipGoal"]["status"] == "OPEN", added
    tomorrow = (today + timedelta(days=1)).isoformat()
    met = gql(platform, CHECK_IN, mentor.token, {"id": asked["id"], "c": {
        "date": (today - timedelta(days=6)).isoformat(), "nextDate": tomorrow}})
    assert met["data"]["recordMentorshipCheckIn"]["nextDate"] == tomorrow, met

    for side, other in ((mentee, "mentor"), (mentor, "mentee")):
        due = notice(platform, side, asked["id"], "MENTORSHIP_CHECK_IN_DUE")
        assert due["title"] == "Check-in coming up"
        assert f"with your {other} is tomorrow ({tomorrow})" in due["body"]
        overdue = notice(platform, side, asked["id"], "MENTORSHIP_GOAL_OVERDUE")
        assert "“Send the statement draft” was due on" in overdue["body"]
    time.sleep(3)  # the job runs every second: still one of each per side
    kinds = [n["kind"] for n in notices(platform, mentee, asked["id"])]
    assert (kinds.count("MENTORSHIP_CHECK_IN_DUE"), kinds.count("MENTORSHIP_GOAL_OVERDUE")) == \
        (1, 1)
