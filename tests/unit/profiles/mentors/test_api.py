"""Mentor routes over stores in memory: a mentor writes only their own profile, organization
admins read any and verify only their own mentors, and references must exist."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

import pytest
from fastapi.testclient import TestClient

from services.profiles.mentors.models import SavedMentorProfile
from services.profiles.mentors.store import NoSuchMentor, NotTheirOrganization
from smartpick.auth import Role
from smartpick.events.mentors import MentorProfile
from tests.unit.http.apps import ORGANIZATION, bearer, profiles

MENTOR = "mentor-1"
AT = datetime(2026, 11, 29, 12, tzinfo=UTC)
PROFILE: dict[str, Any] = {
    "position": "attending", "specialty": "Internal Medicine", "institution": "Mercy Hospital",
    "state": "ny", "was_img": True, "training_country": "pk", "visa_paths": ["j1", "waiver"],
    "languages": ["ur", "EN"], "time_zone": "America/New_York",
    "topics": ["interview_preparation", "visa"], "capacity": 3, "bio": "IMG from Lahore.\n",
    "program_id": "P-1", "organization_id": ORGANIZATION}


class FakeMentors:
    def __init__(self) -> None:
        self.saved: dict[str, SavedMentorProfile] = {}

    async def save_profile(self, mentor_id: str, profile: MentorProfile) -> SavedMentorProfile:
        self.saved[mentor_id] = SavedMentorProfile(**profile.model_dump(), verified=False,
                                                   updated_at=AT)
        return self.saved[mentor_id]

    async def profile(self, mentor_id: str) -> SavedMentorProfile | None:
        return self.saved.get(mentor_id)

    async def verify(self, mentor_id: str, organization_id: str,
                     verified: bool) -> SavedMentorProfile:
        if mentor_id not in self.saved:
            raise NoSuchMentor(mentor_id)
        if self.saved[mentor_id].organization_id != organization_id:
            raise NotTheirOrganization(mentor_id)
        self.saved[mentor_id] = self.saved[mentor_id].model_copy(update={"verified": verified})
        return self.saved[mentor_id]


class FakePrograms:
    async def programs_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        return [{"_id": program_id} for program_id in ids if program_id == "P-1"]


class FakeAccounts:
    roles: ClassVar[dict[str, str]] = {ORGANIZATION: "ORG_ADMIN",
                                       "other-organization": "ORG_ADMIN",
                                       "applicant-1": "APPLICANT"}

    async def account(self, account_id: str) -> dict[str, Any] | None:
        role = self.roles.get(account_id)
        return {"_id": account_id, "role": role} if role else None


@pytest.fixture
def store() -> FakeMentors:
    return FakeMentors()


@pytest.fixture
def client(store: FakeMentors) -> TestClient:
    app = profiles()
    app.state.runtime.mentors = store
    app.state.runtime.programs = FakePrograms()
    app.state.runtime.accounts = FakeAccounts()
    return TestClient(app)


def mentor(account_id: str = MENTOR, role: Role = Role.MENTOR) -> dict[str, str]:
    return bearer(account_id, role)


def test_a_mentor_saves_their_profile_in_normal_form_and_reads_it_back(
        client: TestClient, store: FakeMentors) -> None:
    put = client.put(f"/mentors/{MENTOR}/profile", headers=mentor(), json=PROFILE)
    assert put.status_code == 200, put.text
    saved = put.json()
    assert (saved["languages"], saved["training_country"], saved["state"]) == (
        ["ur", "en"], "PK", "NY")
    assert saved["verified"] is False and list(store.saved) == [MENTOR]
    got = client.get(f"/mentors/{MENTOR}/profile", headers=mentor())
    assert got.status_code == 200 and got.json() == saved


def test_another_mentor_s_profile_answers_404_and_is_not_written(
        client: TestClient, store: FakeMentors) -> None:
    assert client.put("/mentors/mentor-2/profile", headers=mentor(),
                      json=PROFILE).status_code == 404
    client.put(f"/mentors/{MENTOR}/profile", headers=mentor(), json=PROFILE)
    read = client.get(f"/mentors/{MENTOR}/profile", headers=mentor("mentor-2"))
    assert read.status_code == 404 and list(store.saved) == [MENTOR]


def test_an_applicant_has_no_mentor_profile(client: TestClient, store: FakeMentors) -> None:
    answer = client.put("/mentors/applicant-1/profile",
                        headers=mentor("applicant-1", Role.APPLICANT), json=PROFILE)
    assert answer.status_code == 403 and "MENTOR" in answer.json()["detail"] and not store.saved


def test_an_organization_admin_reads_a_mentor_and_a_missing_one_is_404(
        client: TestClient) -> None:
    client.put(f"/mentors/{MENTOR}/profile", headers=mentor(), json=PROFILE)
    admin = bearer("other-organization", Role.ORG_ADMIN)
    assert client.get(f"/mentors/{MENTOR}/profile", headers=admin).status_code == 200
    assert client.get("/mentors/nobody/profile", headers=admin).status_code == 404


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"program_id": "P-404"}, "program_id", "unknown program id P-404"),
    ({"organization_id": "applicant-1"}, "organization_id", "not the account id of an "
                                                            "organization"),
    ({"organization_id": "nobody"}, "organization_id", "not the account id"),
    ({"capacity": 0}, "capacity", "greater than or equal to 1"),
    ({"languages": ["xx"]}, "languages", "not an ISO 639-1 language code"),
    ({"time_zone": "Mars/Olympus"}, "time_zone", "not an IANA time zone"),
    ({"bio": "evil \u202e text"}, "bio", "match pattern"),
    ({"topics": []}, "topics", "at least 1 item"),
])
def test_bad_input_is_a_422_naming_the_field(client: TestClient, store: FakeMentors,
                                             change: dict[str, Any], field: str,
                                             message: str) -> None:
    answer = client.put(f"/mentors/{MENTOR}/profile", headers=mentor(), json=PROFILE | change)
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert error["loc"][:2] == ["body", field] and message in error["msg"]
    assert not store.saved


def test_the_mentor_s_organization_verifies_and_unverifies(client: TestClient) -> None:
    client.put(f"/mentors/{MENTOR}/profile", headers=mentor(), json=PROFILE)
    admin = bearer(ORGANIZATION, Role.ORG_ADMIN)
    verified = client.put(f"/mentors/{MENTOR}/verification", headers=admin,
                          json={"verified": True})
    assert verified.status_code == 200 and verified.json()["verified"] is True
    undone = client.put(f"/mentors/{MENTOR}/verification", headers=admin,
                        json={"verified": False})
    assert undone.status_code == 200 and undone.json()["verified"] is False


@pytest.mark.parametrize(("caller", "role", "status", "message"), [
    ("other-organization", Role.ORG_ADMIN, 403, "organization this mentor names"),
    (MENTOR, Role.MENTOR, 403, "only organization admins"),
    ("applicant-1", Role.APPLICANT, 403, "only organization admins"),
])
def test_only_the_named_organization_verifies(client: TestClient, store: FakeMentors,
                                              caller: str, role: Role, status: int,
                                              message: str) -> None:
    client.put(f"/mentors/{MENTOR}/profile", headers=mentor(), json=PROFILE)
    answer = client.put(f"/mentors/{MENTOR}/verification", headers=bearer(caller, role),
                        json={"verified": True})
    assert answer.status_code == status and message in answer.json()["detail"]
    assert store.saved[MENTOR].verified is False


def test_verifying_an_unknown_mentor_is_404_and_a_bad_decision_422(client: TestClient) -> None:
    admin = bearer(ORGANIZATION, Role.ORG_ADMIN)
    assert client.put("/mentors/nobody/verification", headers=admin,
                      json={"verified": True}).status_code == 404
    assert client.put("/mentors/nobody/verification", headers=admin,
                      json={"verified": "perhaps"}).status_code == 422
