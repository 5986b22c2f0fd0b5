"""Mentorships in GraphQL (gateway/mentorships.py) over fake services: what each mutation sends,
the enums both ways, and the matching service's refusal codes in ``extensions.code``."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx

from services.matching.mentorship.contract import Mentorship, MentorshipPage, MentorshipPerson
from smartpick.auth import Principal, Role
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import MentorshipStatus
from tests.unit.gateway.fakes import APPLICANT, FakeServices, codes, gateway

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
MENTOR = Principal("mentor-1", Role.MENTOR)
ME = {"id": APPLICANT.account_id, "email": "ana@example.org", "role": "APPLICANT"}
SELECTION = "id status mentor { id } mentee { id } message goals createdAt updatedAt"


def mentorship(status: MentorshipStatus = MentorshipStatus.REQUESTED,
               cursor: str | None = None) -> Mentorship:
    return Mentorship(id="m-1", cursor=cursor, status=status,
                      mentor=MentorshipPerson(id=MENTOR.account_id),
                      mentee=MentorshipPerson(id=APPLICANT.account_id), message="Hello",
                      goals=[MentorTopic.INTERVIEW_PREPARATION], created_at=AT, updated_at=AT)


def refusal(status: int, code: str, detail: str) -> httpx.Response:
    return httpx.Response(status, json={"detail": detail, "code": code})


async def test_requesting_sends_the_service_values_and_answers_the_enums() -> None:
    fake = gateway(FakeServices({("POST", "matching/mentorships"):
                                 mentorship().model_dump(mode="json")}))
    found = await fake.query(
        f'mutation {{ requestMentorship(input: {{mentorId: "mentor-1", message: "Hello", '
        f'goals: [INTERVIEW_PREPARATION]}}) {{ {SELECTION} }} }}')
    assert found == {"data": {"requestMentorship": {
        "id": "m-1", "status": "REQUESTED", "mentor": {"id": "mentor-1"},
        "mentee": {"id": APPLICANT.account_id}, "message": "Hello",
        "goals": ["INTERVIEW_PREPARATION"], "createdAt": "2026-11-29T09:00:00+00:00",
        "updatedAt": "2026-11-29T09:00:00+00:00"}}}
    assert json.loads(fake.services.requests[0].content) == {
        "mentor_id": "mentor-1", "message": "Hello", "goals": ["interview_preparation"],
        "contact": None}


async def test_the_service_s_refusal_codes_reach_the_client() -> None:
    fake = gateway(FakeServices({
        ("POST", "matching/mentorships"): refusal(409, "TOO_MANY_REQUESTS", "5 waiting"),
        ("POST", "matching/mentorships/m-1/response"):
            refusal(409, "CAPACITY_REACHED", "you mentor 3 people already"),
        ("POST", "matching/mentorships/m-2/response"): refusal(404, "NOT_FOUND", "no m-2"),
        ("POST", "matching/mentorships/m-1/withdrawal"):
            refusal(409, "CONFLICT", "this mentorship is active"),
    }))
    asked = await fake.query('mutation { requestMentorship(input: {mentorId: "t"}) { id } }')
    full = await fake.query('mutation { respondToMentorshipRequest(id: "m-1", accept: true) '
                            '{ id } }', principal=MENTOR)
    unknown = await fake.query('mutation { respondToMentorshipRequest(id: "m-2", accept: false, '
                               'reason: "busy") { id } }', principal=MENTOR)
    late = await fake.query('mutation { withdrawMentorshipRequest(id: "m-1") { id } }')
    assert [codes(r) for r in (asked, full, unknown, late)] == [
        ["TOO_MANY_REQUESTS"], ["CAPACITY_REACHED"], ["NOT_FOUND"], ["CONFLICT"]]
    assert full["errors"][0]["message"] == "you mentor 3 people already"


async def test_answers_and_endings_go_to_their_routes() -> None:
    active = mentorship(MentorshipStatus.ACTIVE).model_dump(mode="json")
    fake = gateway(FakeServices({
        ("POST", "matching/mentorships/m-1/response"): active,
        ("POST", "matching/mentorships/m-1/cancellation"):
            {**active, "status": "cancelled"},
        ("POST", "matching/mentorships/m-1/completion"): {**active, "status": "completed"},
    }))
    answered = await fake.query('mutation { respondToMentorshipRequest(id: "m-1", accept: true, '
                                'reason: "glad to") { status } }', principal=MENTOR)
    cancelled = await fake.query('mutation { cancelMentorship(id: "m-1", reason: "moving") '
                                 '{ status } }')
    completed = await fake.query('mutation { completeMentorship(id: "m-1") { status } }')
    assert answered["data"]["respondToMentorshipRequest"]["status"] == "ACTIVE"
    assert cancelled["data"]["cancelMentorship"]["status"] == "CANCELLED"
    assert completed["data"]["completeMentorship"]["status"] == "COMPLETED"
    bodies = [json.loads(r.content) for r in fake.services.requests[:2]]
    assert bodies == [{"accept": True, "reason": "glad to", "contact": None}, {"reason": "moving"}]


async def test_my_mentorships_is_a_connection_filtered_by_status() -> None:
    page = MentorshipPage(items=[mentorship(MentorshipStatus.ACTIVE, "c-0")], total=3,
                          has_next=True, end_cursor="c-0")
    fake = gateway(FakeServices({("GET", "profiles/accounts/me"): ME,
                                 ("GET", "matching/mentorships"): page.model_dump(mode="json")}))
    found = await fake.query('{ me { mentorships(status: ACTIVE, first: 1) { totalCount '
                             'pageInfo { hasNextPage endCursor } edges { cursor node { id status '
                             'mentor { id } } } } } }')
    assert found["data"]["me"]["mentorships"] == {
        "totalCount": 3, "pageInfo": {"hasNextPage": True, "endCursor": "c-0"},
        "edges": [{"cursor": "c-0", "node": {"id": "m-1", "status": "ACTIVE",
                                             "mentor": {"id": "mentor-1"}}}]}
    listed = fake.services.requests[-1]
    assert listed.url.params["status"] == "active" and listed.url.params["first"] == "1"
