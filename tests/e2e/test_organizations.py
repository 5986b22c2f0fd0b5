"""Organizations on the running platform, through GraphQL: an admin makes invitation codes (one
limited to two uses, one revoked), people join with them, an email invitation is accepted once
the address is verified, members leave or are removed; every refusal is coded (FORBIDDEN for a
non-admin, NOT_FOUND alike for unknown, used-up and revoked codes, CONFLICT for joining twice,
BAD_USER_INPUT for bad input, RATE_LIMITED for guessing codes), and matching learns each join
and departure from the events, so a cohort run names only current members."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from services.profiles.accounts.verification import issue_verification_token
from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.organizations import JOIN, known_to_matching
from tests.e2e.test_journey import gql
from tests.e2e.test_mentorships import codes

pytestmark = pytest.mark.e2e
CODE_FIELDS = "code createdAt expiresAt maxUses uses revoked"
MEMBERSHIP = "organizationId accountId role joinedAt"
INVITATION = "id organizationId email invitedAt expiresAt acceptedAt"
CREATE = ("mutation($i: CreateOrganizationInvitationCodeInput!) { "
          f"createOrganizationInvitationCode(input: $i) {{ {CODE_FIELDS} }} }}")
REVOKE = ("mutation($c: String!) { revokeOrganizationInvitationCode(code: $c) { "
          f"{CODE_FIELDS} }} }}")
INVITE = f"mutation($e: String!) {{ inviteToOrganization(email: $e) {{ {INVITATION} }} }}"
ACCEPT = f"mutation($id: ID!) {{ acceptOrganizationInvitation(id: $id) {{ {MEMBERSHIP} }} }}"
LEAVE = "mutation($o: ID!) { leaveOrganization(organizationId: $o) }"
REMOVE = "mutation($a: ID!) { removeOrganizationMember(accountId: $a) }"
MEMBERS = ("query($f: Int, $a: String) { me { organizationMembers(first: $f, after: $a) { "
           f"totalCount pageInfo {{ hasNextPage endCursor }} edges {{ cursor node {{ {MEMBERSHIP} "
           "} } } } }")
MINE = (f"{{ me {{ organizationMemberships {{ {MEMBERSHIP} }} "
        f"organizationInvitations {{ {INVITATION} }} }} }}")
RUN = ("mutation($e: [ID!]!) { runMentorCohort(input: {name: \"Members only\", menteeIds: $e, "
       "mentorIds: []}) { id skipped { id } } }")


def ok(result: dict[str, Any], field: str) -> Any:
    assert "errors" not in result, result
    return result["data"][field]


def refusal(result: dict[str, Any]) -> tuple[list[str], str]:
    return codes(result), (result.get("errors") or [{}])[0].get("message", "")


def test_codes_admit_members_up_to_their_limit_and_refuse_alike(platform: Platform) -> None:
    organization, other = new_account(platform, "ORG_ADMIN"), new_account(platform, "ORG_ADMIN")
    applicant, mentor, late = (new_account(platform), new_account(platform, "MENTOR"),
                               new_account(platform))
    expires = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    code = ok(gql(platform, CREATE, organization.token,
                  {"i": {"maxUses": 2, "expiresAt": expires.isoformat()}}),
              "createOrganizationInvitationCode")
    assert code["maxUses"] == 2 and code["uses"] == 0 and code["revoked"] is False
    assert datetime.fromisoformat(code["expiresAt"]) == expires and len(code["code"]) == 16
    assert codes(gql(platform, CREATE, applicant.token, {"i": {}})) == ["FORBIDDEN"]
    assert codes(gql(platform, CREATE, organization.token, {"i": {"maxUses": 0}})) == [
        "BAD_USER_INPUT"]
    past = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    assert codes(gql(platform, CREATE, organization.token, {"i": {"expiresAt": past}})) == [
        "BAD_USER_INPUT"]

    joined = ok(gql(platform, JOIN, applicant.token, {"c": code["code"]}), "joinOrganization")
    assert {k: joined[k] for k in ("organizationId", "accountId", "role")} == {
        "organizationId": organization.id, "accountId": applicant.id, "role": "APPLICANT"}
    assert codes(gql(platform, JOIN, applicant.token, {"c": code["code"]})) == ["CONFLICT"]
    assert codes(gql(platform, JOIN, organization.token, {"c": code["code"]})) == ["FORBIDDEN"]
    assert ok(gql(platform, JOIN, mentor.token, {"c": code["code"]}),
              "joinOrganization")["role"] == "MENTOR"
    used_up = refusal(gql(platform, JOIN, late.token, {"c": code["code"]}))
    unknown = refusal(gql(platform, JOIN, late.token, {"c": "NoSuchCode-123456"}))
    assert used_up == unknown == (["NOT_FOUND"], "no such invitation code")
    assert codes(gql(platform, JOIN, late.token, {"c": "not a code"})) == ["BAD_USER_INPUT"]

    revoked_code = ok(gql(platform, CREATE, organization.token, {"i": {}}),
                      "createOrganizationInvitationCode")["code"]
    assert codes(gql(platform, REVOKE, other.token, {"c": revoked_code})) == ["NOT_FOUND"]
    assert codes(gql(platform, REVOKE, applicant.token, {"c": revoked_code})) == ["FORBIDDEN"]
    revoked = ok(gql(platform, REVOKE, organization.token, {"c": revoked_code}),
                 "revokeOrganizationInvitationCode")
    assert revoked["revoked"] is True and revoked["maxUses"] is None
    assert refusal(gql(platform, JOIN, late.token, {"c": revoked_code})) == unknown

    listed = ok(gql(platform, f"{{ me {{ organizationInvitationCodes {{ {CODE_FIELDS} }} }} }}",
                    organization.token), "me")["organizationInvitationCodes"]
    assert [(c["code"], c["uses"], c["revoked"]) for c in listed] == [
        (revoked_code, 0, True), (code["code"], 2, False)]
    assert codes(gql(platform, "{ me { organizationInvitationCodes { code } } }",
                     applicant.token)) == ["FORBIDDEN"]

    first = ok(gql(platform, MEMBERS, organization.token, {"f": 1}), "me")["organizationMembers"]
    assert first["totalCount"] == 2 and first["pageInfo"]["hasNextPage"] is True
    rest = ok(gql(platform, MEMBERS, organization.token,
                  {"f": 5, "a": first["pageInfo"]["endCursor"]}), "me")["organizationMembers"]
    assert [e["node"]["accountId"] for e in first["edges"] + rest["edges"]] == [
        applicant.id, mentor.id]
    assert codes(gql(platform, MEMBERS, mentor.token, {"f": 1})) == ["FORBIDDEN"]
    assert ok(gql(platform, MEMBERS, other.token, {"f": 5}), "me")[
        "organizationMembers"]["totalCount"] == 0

    # matching learns the members: a run may name them, and nobody else
    known_to_matching(platform, organization.id, applicant.id)
    assert ok(gql(platform, RUN, organization.token, {"e": [applicant.id]}),
              "runMentorCohort")["skipped"] == [{"id": applicant.id}]  # no mentee profile
    assert codes(gql(platform, RUN, other.token, {"e": [applicant.id]})) == ["BAD_USER_INPUT"]

    # leaving and removing: each once, then NOT_FOUND; matching learns it too
    assert ok(gql(platform, LEAVE, applicant.token, {"o": organization.id}), "leaveOrganization")
    assert codes(gql(platform, LEAVE, applicant.token, {"o": organization.id})) == ["NOT_FOUND"]
    assert ok(gql(platform, MINE, applicant.token), "me")["organizationMemberships"] == []
    assert codes(gql(platform, REMOVE, applicant.token, {"a": mentor.id})) == ["FORBIDDEN"]
    assert codes(gql(platform, REMOVE, other.token, {"a": mentor.id})) == ["NOT_FOUND"]
    assert ok(gql(platform, REMOVE, organization.token, {"a": mentor.id}),
              "removeOrganizationMember")
    assert codes(gql(platform, REMOVE, organization.token, {"a": mentor.id})) == ["NOT_FOUND"]
    known_to_matching(platform, organization.id, applicant.id, member=False)
    refused = gql(platform, RUN, organization.token, {"e": [applicant.id]})
    assert codes(refused) == ["BAD_USER_INPUT"] and applicant.id in refused["errors"][0][
        "message"]


def verify(platform: Platform, account: Account) -> None:
    """What following the emailed link does (tests/e2e/test_email_verification.py follows one)."""
    token = issue_verification_token(account.id, account.email, platform.jwt_secret, 3600)[0]
    verified = gql(platform, "mutation($t: String!) { verifyEmail(token: $t) { emailVerified } }",
                   account.token, {"t": token})
    assert ok(verified, "verifyEmail")["emailVerified"] is True


def test_an_invitation_is_accepted_by_its_verified_address_only(platform: Platform) -> None:
    organization, invited, stranger = (new_account(platform, "ORG_ADMIN"),
                                       new_account(platform), new_account(platform))
    assert codes(gql(platform, INVITE, organization.token, {"e": "not-an-email"})) == [
        "BAD_USER_INPUT"]
    assert codes(gql(platform, INVITE, invited.token, {"e": stranger.email})) == ["FORBIDDEN"]
    invitation = ok(gql(platform, INVITE, organization.token, {"e": invited.email.upper()}),
                    "inviteToOrganization")
    assert invitation["email"] == invited.email and invitation["acceptedAt"] is None
    assert invitation["organizationId"] == organization.id
    assert ok(gql(platform, MINE, invited.token), "me")["organizationInvitations"] == [invitation]
    assert ok(gql(platform, MINE, stranger.token), "me")["organizationInvitations"] == []

    assert codes(gql(platform, ACCEPT, stranger.token, {"id": invitation["id"]})) == [
        "NOT_FOUND"]
    assert codes(gql(platform, ACCEPT, invited.token, {"id": invitation["id"]})) == [
        "FORBIDDEN"]  # the address is not verified yet
    verify(platform, invited)
    membership = ok(gql(platform, ACCEPT, invited.token, {"id": invitation["id"]}),
                    "acceptOrganizationInvitation")
    assert membership["organizationId"] == organization.id
    assert membership["accountId"] == invited.id and membership["role"] == "APPLICANT"
    assert codes(gql(platform, ACCEPT, invited.token, {"id": invitation["id"]})) == [
        "NOT_FOUND"]  # accepted once
    mine = ok(gql(platform, MINE, invited.token), "me")
    assert mine == {"organizationMemberships": [membership], "organizationInvitations": []}
    known_to_matching(platform, organization.id, invited.id)


def test_guessing_codes_is_limited_per_account(platform: Platform) -> None:
    """Ten tries a minute (twenty if the tries straddle a minute's end)."""
    guesser, answers = new_account(platform), list[list[str]]()
    while ["RATE_LIMITED"] not in answers and len(answers) <= 21:
        answers.append(codes(gql(platform, JOIN, guesser.token,
                                 {"c": f"guess-{len(answers):012d}"})))
    assert answers[-1] == ["RATE_LIMITED"] and 10 <= len(answers) - 1 <= 20
    assert set(map(tuple, answers[:-1])) == {("NOT_FOUND",)}
