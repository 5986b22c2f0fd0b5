"""The organization's problem-report routes over a fake review: only organization accounts list,
anyone but one gets NOT_FOUND on a resolution, and a bad note is refused before any change."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.matching.mentorship.rules import Code, refused
from smartpick.auth import Role
from smartpick.mongo import Document
from tests.unit.http.apps import bearer, matching
from tests.unit.matching.mentorship.test_api import AT

ORGANIZATION = "org-1"
REPORT = {"_id": "m-1#2", "mentorship_id": "m-1", "reporter_id": "mentor-1", "reason": "other",
          "details": "no answer", "organization_id": ORGANIZATION, "at": AT,
          "reporter_side": "mentor", "mentorship_status": "paused", "resolved": False}


class FakeReview:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    async def page_for(self, organization_id: str, skip: int, limit: int
                       ) -> tuple[list[Document], int]:
        self.calls.append(("page", organization_id, skip, limit))
        return [REPORT], 1

    async def resolve(self, mentorship_id: str, organization_id: str, resume: bool,
                      note: str | None) -> Document:
        self.calls.append(("resolve", mentorship_id, organization_id, resume, note))
        if organization_id != ORGANIZATION:
            raise refused(404, Code.NOT_FOUND, "not reported to you")
        return {**REPORT, "mentorship_status": "active" if resume else "cancelled",
                "resolved": True}


@pytest.fixture
def app() -> tuple[TestClient, FakeReview]:
    built, runtime = matching()
    review = FakeReview()
    runtime.report_review = review  # type: ignore[assignment]
    return TestClient(built, raise_server_exceptions=False), review


def test_an_organization_lists_its_reports_newest_first(app: tuple[TestClient, Any]) -> None:
    client, review = app
    answer = client.get("/mentorship-reports?first=5",
                        headers=bearer(ORGANIZATION, Role.ORG_ADMIN))
    assert answer.status_code == 200, answer.text
    [item] = answer.json()["items"]
    assert (item["id"], item["mentorship_id"], item["reporter_side"], item["resolved"],
            item["reported_at"]) == ("m-1#2", "m-1", "mentor", False, "2026-11-29T09:00:00Z")
    assert review.calls == [("page", ORGANIZATION, 0, 5)]


@pytest.mark.parametrize("role", [Role.APPLICANT, Role.MENTOR])
def test_only_organizations_list_reports(app: tuple[TestClient, Any], role: Role) -> None:
    client, review = app
    assert client.get("/mentorship-reports", headers=bearer("x-1", role)).status_code == 403
    assert review.calls == []


def test_the_organization_resumes_with_a_note(app: tuple[TestClient, Any]) -> None:
    client, review = app
    answer = client.post("/mentorships/m-1/problem-resolution",
                         headers=bearer(ORGANIZATION, Role.ORG_ADMIN),
                         json={"resume": True, "note": "sorted out"})
    assert answer.status_code == 200, answer.text
    assert (answer.json()["mentorship_status"], answer.json()["resolved"]) == ("active", True)
    assert review.calls == [("resolve", "m-1", ORGANIZATION, True, "sorted out")]


@pytest.mark.parametrize(("account", "role"), [("org-2", Role.ORG_ADMIN),
                                               ("mentor-1", Role.MENTOR)])
def test_anyone_else_gets_not_found(app: tuple[TestClient, Any], account: str,
                                    role: Role) -> None:
    client, _ = app
    answer = client.post("/mentorships/m-1/problem-resolution", headers=bearer(account, role),
                         json={"resume": False})
    assert (answer.status_code, answer.json()["code"]) == (404, "NOT_FOUND")


def test_a_note_over_500_characters_is_refused(app: tuple[TestClient, Any]) -> None:
    client, review = app
    answer = client.post("/mentorships/m-1/problem-resolution",
                         headers=bearer(ORGANIZATION, Role.ORG_ADMIN),
                         json={"resume": True, "note": "x" * 501})
    assert answer.status_code == 422 and review.calls == []
