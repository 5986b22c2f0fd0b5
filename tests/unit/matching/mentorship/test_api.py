"""The mentorship routes over a fake lifecycle: who may ask, what input is refused, and how a
refusal's code reaches the answer's body."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.matching.mentorship.rules import Code, refused
from smartpick.auth import Role
from smartpick.mongo import Document
from tests.unit.http.apps import APPLICANT, bearer, matching

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
MENTOR = "mentor-1"


def stored(mentorship_id: str, status: str = "requested") -> Document:
    return {"_id": mentorship_id, "mentee_id": APPLICANT, "mentor_id": MENTOR,
            "status": status, "message": "hello", "goals": ["cv"], "created_at": AT,
            "updated_at": AT}


class FakeLifecycle:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    async def request(self, mentee_id: str, mentor_id: str, message: str,
                      goals: list[Any], contact: str | None = None) -> Document:
        self.calls.append(("request", (mentee_id, mentor_id, message, goals, contact)))
        if mentor_id == "full":
            raise refused(409, Code.CAPACITY_REACHED, "this mentor has no free place now")
        return stored("m-1")

    async def visible(self, mentorship_id: str, account_id: str) -> tuple[Document, str]:
        if mentorship_id != "m-1" or account_id not in (APPLICANT, MENTOR):
            raise refused(404, Code.NOT_FOUND, f"no mentorship {mentorship_id!r}")
        return stored(mentorship_id, "active"), "mentee" if account_id == APPLICANT else "mentor"

    async def change(self, mentorship: Document, change: Any, side: Any, actor_id: str | None,
                     reason: str | None = None) -> Document:
        self.calls.append(("change", (change.value, side, actor_id, reason)))
        return {**mentorship, "status": "cancelled"}


class FakeOrganizationView:
    """The mentor's organization is "org-1"."""

    async def mentorship(self, mentorship_id: str, organization_id: str) -> Document:
        if mentorship_id != "m-1" or organization_id != "org-1":
            raise refused(404, Code.NOT_FOUND, f"no mentorship {mentorship_id!r}")
        return {**stored(mentorship_id, "active"), "mentee_contact": "ana@example.org",
                "mentor_contact": "+1 555 0100"}


@pytest.fixture
def app() -> tuple[TestClient, FakeLifecycle]:
    built, runtime = matching()
    lifecycle = FakeLifecycle()
    runtime.lifecycle = lifecycle  # type: ignore[assignment]
    runtime.organization_view = FakeOrganizationView()  # type: ignore[assignment]
    return TestClient(built, raise_server_exceptions=False), lifecycle


def test_an_applicant_requests_and_gets_the_mentorship(app: tuple[TestClient, Any]) -> None:
    client, lifecycle = app
    answer = client.post("/mentorships", headers=bearer(),
                         json={"mentor_id": MENTOR, "message": "hello", "goals": ["cv"]})
    assert answer.status_code == 201, answer.text
    assert answer.json() == {
        "id": "m-1", "cursor": None, "status": "requested", "mentor": {"id": MENTOR},
        "mentee": {"id": APPLICANT}, "message": "hello", "goals": ["cv"],
        "created_at": "2026-11-29T09:00:00Z", "updated_at": "2026-11-29T09:00:00Z",
        "contact": None}
    assert lifecycle.calls[0][1][:3] == (APPLICANT, MENTOR, "hello")


def test_only_applicants_request(app: tuple[TestClient, Any]) -> None:
    client, lifecycle = app
    answer = client.post("/mentorships", headers=bearer("mentor-2", Role.MENTOR),
                         json={"mentor_id": MENTOR})
    assert answer.status_code == 403 and lifecycle.calls == []


def test_a_refusal_carries_its_code(app: tuple[TestClient, Any]) -> None:
    client, _ = app
    answer = client.post("/mentorships", headers=bearer(), json={"mentor_id": "full"})
    assert answer.status_code == 409
    assert answer.json() == {"detail": "this mentor has no free place now",
                             "code": "CAPACITY_REACHED"}


def test_a_message_over_2000_characters_is_refused_naming_it(app: tuple[TestClient, Any]
                                                             ) -> None:
    client, lifecycle = app
    answer = client.post("/mentorships", headers=bearer(),
                         json={"mentor_id": MENTOR, "message": "x" * 2001})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["body", "message"]
    huge = client.post("/mentorships", headers=bearer(),
                       json={"mentor_id": MENTOR, "message": "x" * 1_100_000})
    assert huge.status_code == 413 and lifecycle.calls == []


def test_a_message_may_have_line_breaks_but_no_direction_overrides(
        app: tuple[TestClient, Any]) -> None:
    client, _ = app
    ok = client.post("/mentorships", headers=bearer(),
                     json={"mentor_id": MENTOR, "message": "Hello,\nI am Ana."})
    assert ok.status_code == 201
    bad = client.post("/mentorships", headers=bearer(),
                      json={"mentor_id": MENTOR, "message": "evil \u202e text"})
    assert bad.status_code == 422


def test_someone_else_s_mentorship_is_not_found(app: tuple[TestClient, Any]) -> None:
    client, lifecycle = app
    for path in ("/mentorships/m-1", "/mentorships/m-1/completion"):
        method = client.get if path.endswith("m-1") else client.post
        answer = method(path, headers=bearer("stranger", Role.APPLICANT))
        assert answer.status_code == 404 and answer.json()["code"] == "NOT_FOUND"
    assert lifecycle.calls == []


def test_the_mentor_s_organization_sees_it_without_message_or_contact(
        app: tuple[TestClient, Any]) -> None:
    client, _ = app
    seen = client.get("/mentorships/m-1", headers=bearer("org-1", Role.ORG_ADMIN))
    assert seen.status_code == 200, seen.text
    assert (seen.json()["status"], seen.json()["message"], seen.json()["contact"]) == (
        "active", "", None)
    other = client.get("/mentorships/m-1", headers=bearer("org-2", Role.ORG_ADMIN))
    assert other.status_code == 404 and other.json()["code"] == "NOT_FOUND"
    listed = client.get("/organization-mentorships", headers=bearer(APPLICANT))
    assert listed.status_code == 403


def test_cancelling_needs_no_body_and_passes_a_reason_on(app: tuple[TestClient, Any]) -> None:
    client, lifecycle = app
    assert client.post("/mentorships/m-1/cancellation", headers=bearer()).status_code == 200
    with_reason = client.post("/mentorships/m-1/cancellation", headers=bearer(MENTOR, Role.MENTOR),
                              json={"reason": "moving abroad"})
    assert with_reason.json()["status"] == "cancelled"
    assert lifecycle.calls == [("change", ("cancelled", "mentee", APPLICANT, None)),
                               ("change", ("cancelled", "mentor", MENTOR, "moving abroad"))]
