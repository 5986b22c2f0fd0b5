"""Helpers of the end-to-end tests for organizations: invitation codes, joining, and waiting
until matching knows a membership (it learns it from the profiles.organizations events)."""

from __future__ import annotations

import time

from tests.e2e.accounts import Account, documents
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql

NEW_CODE = ("mutation($i: CreateOrganizationInvitationCodeInput!) { "
            "createOrganizationInvitationCode(input: $i) { code } }")
JOIN = ("mutation($c: String!) { joinOrganization(code: $c) { organizationId accountId role "
        "joinedAt } }")


def invitation_code(platform: Platform, organization: Account, max_uses: int | None = 1) -> str:
    made = gql(platform, NEW_CODE, organization.token, {"i": {"maxUses": max_uses}})
    assert "errors" not in made, made
    return str(made["data"]["createOrganizationInvitationCode"]["code"])


def known_to_matching(platform: Platform, organization_id: str, account_id: str,
                      member: bool = True, within: float = 30) -> None:
    """Wait until matching's read model says whether the account is a member."""
    deadline = time.monotonic() + within
    key = {"_id": f"{organization_id}|{account_id}", "member": member}
    while not documents(platform, "matching", "organization_members", key):
        assert time.monotonic() < deadline, f"matching did not learn {key}"
        time.sleep(0.3)


def join(platform: Platform, organization: Account, person: Account) -> None:
    """``person`` joins with a code of their own, and matching knows it."""
    joined = gql(platform, JOIN, person.token, {"c": invitation_code(platform, organization)})
    assert "errors" not in joined, joined
    known_to_matching(platform, organization.id, person.id)
