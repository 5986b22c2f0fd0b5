"""Inside a mentorship on the running platform, through GraphQL: its two people write to each
other and both read the thread, the other side is told, and a stranger sees none of it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.mentors import listed_mentor
from tests.e2e.test_journey import gql
from tests.e2e.test_mentorships import codes, notice, requested, respond

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
    asked = requested(platform, mentee, mentor.id)
    assert codes(send(platform, mentee, asked["id"], "are you there?")) == ["CONFLICT"]
    assert "errors" not in respond(platform, mentor, asked["id"], True)

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
