"""Organization routes over stores in memory: the order of a join's checks (who may join, the
per-account limit, the code, membership, a use), a use given back when a racing join wins, and
an invitation accepted only by its verified address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.profiles.organizations.models import Membership
from services.profiles.organizations.store import AlreadyMember
from smartpick.auth import Role
from tests.unit.http.apps import APPLICANT, ORGANIZATION, bearer, profiles

AT = datetime(2026, 11, 29, 12, tzinfo=UTC)
CODE = "Abcdefgh12345678"


class FakeAttempts:
    def __init__(self) -> None:
        self.allowed = True
        self.keys: list[str] = []

    async def allow(self, key: str, limit: int) -> bool:
        self.keys.append(key)
        return self.allowed


class FakeInvitations:
    def __init__(self) -> None:
        self.codes = {CODE: {"_id": CODE, "organization_id": ORGANIZATION, "max_uses": 1}}
        self.uses_left = 1
        self.released: list[str] = []
        self.invitation = {"_id": "inv-1", "organization_id": ORGANIZATION,
                           "email": "ana@example.org"}
        self.accepted: list[str] = []

    async def admitting_code(self, code: str) -> dict[str, Any] | None:
        return self.codes.get(code)

    async def claim_use(self, code: dict[str, Any], account_id: str) -> str | None:
        if self.uses_left == 0:
            return None
        self.uses_left -= 1
        return f"{code['_id']}#0"

    async def release_use(self, use_id: str) -> None:
        self.released.append(use_id)
        self.uses_left += 1

    async def open_invitation(self, invitation_id: str, email: str) -> dict[str, Any] | None:
        found = self.invitation
        return found if invitation_id == found["_id"] and email == found["email"] else None

    async def mark_accepted(self, invitation_id: str, account_id: str) -> None:
        self.accepted.append(invitation_id)


class FakeMemberships:
    def __init__(self) -> None:
        self.members: set[str] = set()
        self.racing = False
        """When set, another request makes the caller a member between the check and the join."""

    async def is_member(self, organization_id: str, account_id: str) -> bool:
        return account_id in self.members

    async def join(self, organization_id: str, account_id: str, role: Role) -> Membership:
        if self.racing or account_id in self.members:
            raise AlreadyMember(account_id)
        self.members.add(account_id)
        return Membership(organization_id=organization_id, account_id=account_id, role=role,
                          joined_at=AT)


class FakeAccounts:
    def __init__(self) -> None:
        self.verified = True

    async def account(self, account_id: str) -> dict[str, Any]:
        return {"_id": account_id, "email": "ana@example.org", "email_verified": self.verified}


@pytest.fixture
def stores() -> tuple[FakeAttempts, FakeInvitations, FakeMemberships, FakeAccounts]:
    return FakeAttempts(), FakeInvitations(), FakeMemberships(), FakeAccounts()


@pytest.fixture
def client(stores: tuple[FakeAttempts, FakeInvitations, FakeMemberships,
                         FakeAccounts]) -> TestClient:
    app = profiles()
    runtime = app.state.runtime
    runtime.attempts, runtime.invitations, runtime.memberships, runtime.accounts = stores
    return TestClient(app)


def join(client: TestClient, code: str = CODE, role: Role = Role.APPLICANT) -> Any:
    return client.post("/accounts/me/organization-memberships", json={"code": code},
                       headers=bearer(APPLICANT, role))


def test_a_join_with_a_code_makes_a_member_and_uses_it(
        client: TestClient, stores: tuple[FakeAttempts, FakeInvitations, FakeMemberships,
                                          FakeAccounts]) -> None:
    attempts, invitations, memberships, _ = stores
    answer = join(client)
    assert answer.status_code == 201, answer.text
    assert answer.json()["organization_id"] == ORGANIZATION
    assert memberships.members == {APPLICANT} and invitations.uses_left == 0
    assert attempts.keys == [f"invitation-code|{APPLICANT}"]
    again = join(client)
    assert (again.status_code, again.json()["code"]) == (409, "CONFLICT")
    assert invitations.uses_left == 0  # refused before a use was claimed


def test_a_racing_join_that_lost_gives_its_use_back(
        client: TestClient, stores: tuple[FakeAttempts, FakeInvitations, FakeMemberships,
                                          FakeAccounts]) -> None:
    _, invitations, memberships, _ = stores
    memberships.racing = True
    assert join(client).status_code == 409
    assert invitations.released == [f"{CODE}#0"] and invitations.uses_left == 1


def test_a_used_up_code_answers_like_an_unknown_one(
        client: TestClient, stores: tuple[FakeAttempts, FakeInvitations, FakeMemberships,
                                          FakeAccounts]) -> None:
    stores[1].uses_left = 0
    used_up, unknown = join(client), join(client, "Unknown-code-123")
    assert used_up.status_code == unknown.status_code == 404
    assert used_up.json() == unknown.json()


def test_organizations_may_not_join_and_guessers_are_stopped_before_any_look_up(
        client: TestClient, stores: tuple[FakeAttempts, FakeInvitations, FakeMemberships,
                                          FakeAccounts]) -> None:
    attempts, invitations, _, _ = stores
    assert join(client, role=Role.ORG_ADMIN).status_code == 403 and attempts.keys == []
    attempts.allowed = False
    limited = join(client)
    assert limited.status_code == 429 and "Retry-After" in limited.headers
    assert invitations.uses_left == 1


def test_an_invitation_is_accepted_once_its_address_is_verified(
        client: TestClient, stores: tuple[FakeAttempts, FakeInvitations, FakeMemberships,
                                          FakeAccounts]) -> None:
    _, invitations, memberships, accounts = stores
    accept = "/accounts/me/organization-invitations/inv-1/acceptance"
    accounts.verified = False
    assert client.post(accept, headers=bearer()).status_code == 403
    assert memberships.members == set()
    accounts.verified = True
    assert client.post(accept, headers=bearer()).status_code == 201
    assert memberships.members == {APPLICANT} and invitations.accepted == ["inv-1"]
    unknown = client.post("/accounts/me/organization-invitations/inv-2/acceptance",
                          headers=bearer())
    assert unknown.status_code == 404


def test_admin_routes_refuse_members_and_a_past_expiry(client: TestClient) -> None:
    later = (AT + timedelta(days=1)).isoformat()
    refused = client.post("/organizations/me/invitation-codes", json={"expires_at": later},
                          headers=bearer())
    assert refused.status_code == 403
    past = client.post("/organizations/me/invitation-codes",
                       json={"expires_at": "2020-01-01T00:00:00Z"},
                       headers=bearer(ORGANIZATION, Role.ORG_ADMIN))
    assert past.status_code == 422 and past.json()["detail"][0]["loc"] == ["body", "expires_at"]
