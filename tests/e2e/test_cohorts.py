"""Mentor cohort runs on the running platform, through GraphQL: an organization pairs six
mentees with three mentors of limited capacity, reviews the draft (pairs with reasons, who is
unmatched and why, ids it skipped, the totals against greedy and first come first served),
publishes it once, and reads the report as a mentor answers; nobody is asked before that, no
one else sees the run, and a run naming anyone but the organization's members is refused."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.e2e.accounts import PROFILE_INPUT, Account, documents, new_account
from tests.e2e.conftest import Platform
from tests.e2e.organizations import join
from tests.e2e.test_journey import gql
from tests.e2e.test_mentorship_inside import ADD_GOAL, CHECK_IN, FEEDBACK
from tests.e2e.test_mentorships import codes, mine, notice, requested, respond

pytestmark = pytest.mark.e2e
RUN = ("id name status minScore solveSeconds createdAt publishedAt "
       "pairs { mentee { id } mentor { id } score reasons "
       "publication { mentorshipId refusalCode refusal } } "
       "unmatched { menteeId reason } skipped { id side reason } "
       "totals { optimal greedy firstComeFirstServed }")
REPORT = ("report { pairs notSent requested active paused completed cancelled declined expired "
          "withdrawn accepted checkIns checkInsByMonth { month activePairs checkIns perPair } "
          "goals goalsCompleted ratings averageRating }")


def kept(platform: Platform, collection: str, account_id: str, within: float = 30) -> None:
    """Wait until matching keeps the account's profile (it arrives as an event)."""
    deadline = time.monotonic() + within
    while not documents(platform, "matching", collection, {"_id": account_id}):
        assert time.monotonic() < deadline, f"matching did not keep {account_id}"
        time.sleep(0.3)


def mentor(platform: Platform, capacity: int, language: str) -> Account:
    account = new_account(platform, "MENTOR")
    saved = gql(platform, "mutation($p: MentorProfileInput!) { updateMyMentorProfile(input: $p) "
                          "{ capacity } }", account.token, {"p": {
                              "position": "ATTENDING", "specialty": "Internal Medicine",
                              "institution": "Mercy", "languages": ["en", language],
                              "topics": ["VISA"], "capacity": capacity}})
    assert "errors" not in saved, saved
    kept(platform, "mentors", account.id)
    return account


def mentee(platform: Platform, organization: Account, language: str) -> Account:
    """An applicant with a mentee profile who joined ``organization``."""
    account = new_account(platform)
    join(platform, organization, account)
    saved = gql(platform, "mutation($p: ProfileInput!) { updateMyProfile(input: $p) { visa } }",
                account.token, {"p": {**PROFILE_INPUT, "mentee": {
                    "goals": ["VISA"], "languages": [language]}}})
    assert "errors" not in saved, saved
    kept(platform, "applicants", account.id)
    return account


def run_and_publish(platform: Platform, organization: Account, mentee_ids: list[str],
                    mentor_ids: list[str]) -> dict[str, Any]:
    made = gql(platform, "mutation($e: [ID!]!, $t: [ID!]!) { runMentorCohort(input: {name: "
                         '"Autumn cohort", menteeIds: $e, mentorIds: $t}) { id } }',
               organization.token, {"e": mentee_ids, "t": mentor_ids})
    assert "errors" not in made, made
    published = gql(platform, "mutation($id: ID!) { publishMentorCohort(id: $id) { " + RUN + " } }",
                    organization.token, {"id": made["data"]["runMentorCohort"]["id"]})
    assert "errors" not in published, published
    run: dict[str, Any] = published["data"]["publishMentorCohort"]
    return run


def published_cohort(platform: Platform, organization: Account) -> str:
    """A published run of the organization's with two pairs, one sent (and accepted, so the
    report has a month of check-ins) and one the lifecycle refused (that mentee had asked that
    mentor already), and a mentee left unmatched (for the schema sweep)."""
    urdu, hindi = mentor(platform, 1, "ur"), mentor(platform, 1, "hi")
    first, second, third = (mentee(platform, organization, language)
                                for language in ("ur", "hi", "es"))
    requested(platform, second, hindi.id)
    run = run_and_publish(platform, organization, [first.id, second.id, third.id],
                          [urdu.id, hindi.id])
    outcomes = {p["mentor"]["id"]: p["publication"] for p in run["pairs"]}
    assert outcomes[urdu.id]["mentorshipId"] and outcomes[hindi.id]["refusalCode"] == "CONFLICT"
    assert [u["menteeId"] for u in run["unmatched"]] == [third.id]
    accepted = respond(platform, urdu, outcomes[urdu.id]["mentorshipId"], True)
    assert "errors" not in accepted, accepted
    return str(run["id"])


def cohort_run(platform: Platform, token: str, run_id: str, fields: str = RUN) -> dict[str, Any]:
    return gql(platform, f"query($id: ID!) {{ mentorCohortRun(id: $id) {{ {fields} }} }}", token,
               {"id": run_id})


def test_an_organization_runs_reviews_publishes_and_follows_a_cohort(platform: Platform) -> None:
    organization, other = new_account(platform, "ORG_ADMIN"), new_account(platform, "ORG_ADMIN")
    urdu, hindi, spanish = mentor(platform, 2, "ur"), mentor(platform, 2, "hi"), mentor(
        platform, 1, "es")
    mentees = [mentee(platform, organization, language)
               for language in ("ur", "ur", "hi", "hi", "es", "ar")]
    ghost = new_account(platform)  # a member without a mentee profile: skipped
    join(platform, organization, ghost)
    asked = {"n": "Spring cohort", "e": [m.id for m in mentees] + [ghost.id],
             "t": [urdu.id, hindi.id, spanish.id, "nobody"]}
    run_query = ("mutation($n: String!, $e: [ID!]!, $t: [ID!]!) { runMentorCohort(input: "
                 f"{{name: $n, menteeIds: $e, mentorIds: $t, minScore: 0}}) {{ {RUN} }} }}")
    assert codes(gql(platform, run_query, mentees[0].token, asked)) == ["FORBIDDEN"]
    assert codes(gql(platform, run_query, organization.token, {**asked, "n": ""})) == [
        "BAD_USER_INPUT"]
    # the other organization's member, and someone of no organization, are not this one's
    elsewhere = mentee(platform, other, "ur")
    outsiders = {**asked, "e": [mentees[0].id, elsewhere.id, "stranger"]}
    refused = gql(platform, run_query, organization.token, outsiders)
    assert codes(refused) == ["BAD_USER_INPUT"]
    assert f"not members of your organization: {elsewhere.id}, stranger" in refused[
        "errors"][0]["message"]
    made = gql(platform, run_query, organization.token, asked)
    assert "errors" not in made, made
    draft = made["data"]["runMentorCohort"]

    assert draft["status"] == "DRAFT" and draft["publishedAt"] is None
    pairs = {p["mentee"]["id"]: p for p in draft["pairs"]}
    expected = {mentees[0].id: urdu, mentees[1].id: urdu, mentees[2].id: hindi,
                mentees[3].id: hindi, mentees[4].id: spanish}
    assert {m: p["mentor"]["id"] for m, p in pairs.items()} == {
        m: t.id for m, t in expected.items()}
    assert all(p["publication"] is None for p in draft["pairs"])
    assert "speaks Urdu" in pairs[mentees[0].id]["reasons"]
    assert "same specialty: Internal Medicine" in pairs[mentees[2].id]["reasons"]
    assert draft["unmatched"] == [{"menteeId": mentees[5].id,
                                   "reason": "no mentor has free capacity"}]
    assert [(s["id"], s["side"]) for s in draft["skipped"]] == [(ghost.id, "MENTEE"),
                                                                ("nobody", "MENTOR")]
    totals = draft["totals"]
    assert totals["optimal"] >= totals["greedy"] >= 0
    assert totals["optimal"] >= totals["firstComeFirstServed"]
    for person in (*mentees, urdu, hindi, spanish):  # nobody is told of a draft
        assert mine(platform, person)["totalCount"] == 0

    # only the organization that made it sees it; an applicant may not
    assert codes(cohort_run(platform, other.token, draft["id"])) == ["NOT_FOUND"]
    assert codes(cohort_run(platform, mentees[0].token, draft["id"])) == ["FORBIDDEN"]
    listed = gql(platform, "{ me { mentorCohortRuns(first: 5) { totalCount pageInfo "
                           "{ hasNextPage endCursor } edges { cursor node { id status } } } } }",
                 organization.token)["data"]["me"]["mentorCohortRuns"]
    assert [e["node"] for e in listed["edges"]] == [{"id": draft["id"], "status": "DRAFT"}]
    assert cohort_run(platform, organization.token, draft["id"], "report { pairs }")[
        "data"]["mentorCohortRun"]["report"] is None

    publish = "mutation($id: ID!) { publishMentorCohort(id: $id) { " + RUN + " } }"
    published = gql(platform, publish, organization.token, {"id": draft["id"]})
    assert "errors" not in published, published
    run = published["data"]["publishMentorCohort"]
    assert run["status"] == "PUBLISHED" and run["publishedAt"] is not None
    sent = {p["mentee"]["id"]: p["publication"]["mentorshipId"] for p in run["pairs"]}
    assert all(sent.values()) and len(sent) == 5
    assert codes(gql(platform, publish, organization.token, {"id": draft["id"]})) == ["CONFLICT"]
    assert codes(gql(platform, publish, other.token, {"id": draft["id"]})) == ["NOT_FOUND"]

    for mentee_id, mentorship_id in sent.items():
        told = expected[mentee_id]
        requests = {e["node"]["id"]: e["node"] for e in mine(platform, told, "REQUESTED")["edges"]}
        assert requests[mentorship_id]["mentee"] == {"id": mentee_id}
        assert requests[mentorship_id]["message"] == "Suggested by Spring cohort"
        notice(platform, told, mentorship_id, "MENTORSHIP_REQUESTED")

    accepted = respond(platform, urdu, sent[mentees[0].id], True)
    assert accepted["data"]["respondToMentorshipRequest"]["status"] == "ACTIVE", accepted
    report = cohort_run(platform, organization.token, draft["id"], REPORT)
    statuses = {"pairs": 5, "notSent": 0, "requested": 4, "active": 1, "paused": 0,
                "completed": 0, "cancelled": 0, "declined": 0, "expired": 0, "withdrawn": 0}
    month = {"month": f"{datetime.now(UTC):%Y-%m}", "activePairs": 1}
    assert report["data"]["mentorCohortRun"]["report"] == {
        **statuses, "accepted": 1, "checkIns": 0,
        "checkInsByMonth": [{**month, "checkIns": 0, "perPair": 0.0}], "goals": 0,
        "goalsCompleted": 0, "ratings": 0, "averageRating": None}

    # the pair works together: a goal done, a check-in today, completion, both rate it
    pair, today = {"id": sent[mentees[0].id]}, f"{datetime.now(UTC):%Y-%m-%d}"
    added = gql(platform, ADD_GOAL, mentees[0].token, {**pair, "g": {
        "title": "Waiver options", "topic": "VISA", "dueDate": today}})
    done = gql(platform, "mutation($id: ID!, $g: ID!) { setMentorshipGoalStatus(mentorshipId: $id,"
                         " goalId: $g, status: DONE) { status } }", urdu.token,
               {**pair, "g": added["data"]["addMentorshipGoal"]["id"]})
    assert done["data"]["setMentorshipGoalStatus"]["status"] == "DONE", done
    met = gql(platform, CHECK_IN, urdu.token, {**pair, "c": {"date": today, "notes": "Plan"}})
    assert "errors" not in met, met
    completed = gql(platform, "mutation($id: ID!) { completeMentorship(id: $id) { status } }",
                    mentees[0].token, pair)
    assert completed["data"]["completeMentorship"]["status"] == "COMPLETED", completed
    for person, rating in ((mentees[0], 5), (urdu, 4)):
        assert "errors" not in gql(platform, FEEDBACK, person.token, {**pair, "r": rating})
    report = cohort_run(platform, organization.token, draft["id"], REPORT)
    assert report["data"]["mentorCohortRun"]["report"] == {
        **statuses, "active": 0, "completed": 1, "accepted": 1, "checkIns": 1,
        "checkInsByMonth": [{**month, "checkIns": 1, "perPair": 1.0}], "goals": 1,
        "goalsCompleted": 1, "ratings": 2, "averageRating": 4.5}
