"""Mentor profiles and mentee preferences on the running platform: a mentor signs up and sets
a profile, the organization it names verifies it (no other can), applicants cannot have one,
forged tokens and other accounts reach no profile over REST, bad input is refused naming the
field, and an applicant says what they look for in a mentor."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
import pytest

from tests.e2e.accounts import new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_access import _refused_everywhere
from tests.e2e.test_journey import gql

pytestmark = pytest.mark.e2e

FIELDS = ("position specialty institution state wasImg trainingCountry visaPaths languages "
          "timeZone topics capacity acceptingMentees bio programId organizationId verified "
          "updatedAt")
UPDATE = ("mutation($p: MentorProfileInput!) { updateMyMentorProfile(input: $p) "
          f"{{ {FIELDS} }} }}")
VERIFY = ("mutation($m: ID!, $v: Boolean!) { verifyMentor(mentorId: $m, verified: $v) "
          "{ verified organizationId } }")
PROFILE: dict[str, Any] = {
    "position": "ATTENDING", "specialty": "Internal Medicine", "institution": "Mercy Hospital",
    "state": "ny", "wasImg": True, "trainingCountry": "pk", "visaPaths": ["J1", "WAIVER"],
    "languages": ["ur", "en"], "timeZone": "America/New_York",
    "topics": ["INTERVIEW_PREPARATION", "VISA"], "capacity": 3, "acceptingMentees": True,
    "bio": "Went through J-1 and a Conrad 30 waiver.\nHappy to help.", "programId": "E2E-VISA"}


def codes(result: dict[str, Any]) -> list[str]:
    return [error["extensions"]["code"] for error in result.get("errors") or []]


def test_a_mentor_sets_a_profile_and_only_the_organization_it_names_verifies_it(
        platform: Platform) -> None:
    organization = new_account(platform, "ORG_ADMIN")
    other = new_account(platform, "ORG_ADMIN")
    mentor = new_account(platform, "MENTOR")
    empty = gql(platform, "{ me { role mentorProfile { bio } } }", mentor.token)
    assert empty == {"data": {"me": {"role": "MENTOR", "mentorProfile": None}}}

    saved = gql(platform, UPDATE, mentor.token,
                {"p": {**PROFILE, "organizationId": organization.id}})
    assert "errors" not in saved, saved
    profile = saved["data"]["updateMyMentorProfile"]
    assert profile | {"updatedAt": None} == {
        **PROFILE, "state": "NY", "trainingCountry": "PK", "organizationId": organization.id,
        "verified": False, "updatedAt": None}
    me = gql(platform, f"{{ me {{ mentorProfile {{ {FIELDS} }} }} }}", mentor.token)
    assert me == {"data": {"me": {"mentorProfile": profile}}}

    refused = gql(platform, VERIFY, other.token, {"m": mentor.id, "v": True})
    assert codes(refused) == ["FORBIDDEN"] and "organization" in refused["errors"][0]["message"]
    by_mentor = gql(platform, VERIFY, mentor.token, {"m": mentor.id, "v": True})
    assert codes(by_mentor) == ["FORBIDDEN"]
    unknown = gql(platform, VERIFY, organization.token, {"m": "no-such-mentor", "v": True})
    assert codes(unknown) == ["NOT_FOUND"]

    verified = gql(platform, VERIFY, organization.token, {"m": mentor.id, "v": True})
    assert verified == {"data": {"verifyMentor": {"verified": True,
                                                  "organizationId": organization.id}}}
    me = gql(platform, "{ me { mentorProfile { verified updatedAt } } }", mentor.token)
    assert me["data"]["me"]["mentorProfile"]["verified"] is True
    later = datetime.fromisoformat(me["data"]["me"]["mentorProfile"]["updatedAt"])
    assert later > datetime.fromisoformat(profile["updatedAt"])

    moved = gql(platform, UPDATE, mentor.token, {"p": {**PROFILE, "organizationId": other.id}})
    assert moved["data"]["updateMyMentorProfile"]["verified"] is False


def test_an_applicant_cannot_have_a_mentor_profile(platform: Platform) -> None:
    applicant = new_account(platform)
    refused = gql(platform, UPDATE, applicant.token, {"p": PROFILE})
    assert codes(refused) == ["FORBIDDEN"], refused
    anonymous = gql(platform, UPDATE, None, {"p": PROFILE})
    assert codes(anonymous) == ["UNAUTHENTICATED"]
    me = gql(platform, "{ me { mentorProfile { bio } } }", applicant.token)
    assert me == {"data": {"me": {"mentorProfile": None}}}


def test_only_the_mentor_and_organizations_read_a_mentor_profile_over_rest(
        platform: Platform, jwt_secret: str) -> None:
    mentor = new_account(platform, "MENTOR")
    saved = gql(platform, UPDATE, mentor.token, {"p": PROFILE})
    assert "errors" not in saved, saved
    url = f"{platform.urls['profiles']}/mentors/{mentor.id}/profile"
    _refused_everywhere(platform, mentor, "MENTOR", jwt_secret, [("GET", url, None)])
    body = {"position": "fellow", "specialty": "Pediatrics", "institution": "Elsewhere",
            "languages": ["en"], "topics": ["cv"], "capacity": 1}
    answers = {}
    for role in ("MENTOR", "APPLICANT", "ORG_ADMIN"):
        caller = {"authorization": f"Bearer {new_account(platform, role).token}"}
        answers[role] = (httpx.get(url, headers=caller).status_code,
                         httpx.put(url, headers=caller, json=body).status_code)
    assert answers == {"MENTOR": (404, 404), "APPLICANT": (404, 404), "ORG_ADMIN": (200, 404)}
    me = gql(platform, "{ me { mentorProfile { institution } } }", mentor.token)
    assert me["data"]["me"]["mentorProfile"] == {"institution": "Mercy Hospital"}


@pytest.fixture(scope="module")
def mentor_token(platform: Platform) -> str:
    return new_account(platform, "MENTOR").token


@pytest.mark.parametrize(("change", "field"), [
    ({"capacity": 0}, "capacity"),
    ({"languages": ["xx"]}, "languages"),
    ({"timeZone": "Mars/Olympus_Mons"}, "timeZone"),
    ({"bio": "trusted \u202egnirotnem"}, "bio"),
    ({"programId": "NO-SUCH-PROGRAM"}, "programId"),
    ({"organizationId": "no-such-organization"}, "organizationId"),
])
def test_bad_mentor_input_is_refused_naming_the_field(platform: Platform, mentor_token: str,
                                                      change: dict[str, Any],
                                                      field: str) -> None:
    refused = gql(platform, UPDATE, mentor_token, {"p": PROFILE | change})
    assert codes(refused) == ["BAD_USER_INPUT"], refused
    named = [f["field"] for f in refused["errors"][0]["extensions"]["fields"]]
    assert [name.split(".")[0] for name in named] == [field], refused
    me = gql(platform, "{ me { mentorProfile { bio } } }", mentor_token)
    assert me == {"data": {"me": {"mentorProfile": None}}}  # nothing was saved


MENTEE = "mentee { goals languages timeZone prefersImgMentor trainingCountry }"


def test_an_applicant_says_what_they_look_for_in_a_mentor(platform: Platform) -> None:
    applicant = new_account(platform)
    mentee = {"goals": ["PERSONAL_STATEMENT", "INTERVIEW_PREPARATION"], "languages": ["UR"],
              "timeZone": "Asia/Karachi", "prefersImgMentor": True, "trainingCountry": "pk"}
    saved = gql(platform, f"mutation($p: ProfileInput!) {{ updateMyProfile(input: $p) "
                          f"{{ {MENTEE} }} }}",
                applicant.token, {"p": {"applicantType": "NON_US_IMG", "graduationYear": 2021,
                                        "mentee": mentee}})
    expected = {**mentee, "languages": ["ur"], "trainingCountry": "PK"}
    assert saved == {"data": {"updateMyProfile": {"mentee": expected}}}
    me = gql(platform, f"{{ me {{ profile {{ {MENTEE} }} }} }}", applicant.token)
    assert me == {"data": {"me": {"profile": {"mentee": expected}}}}
    refused = gql(platform, "mutation($p: ProfileInput!) { updateMyProfile(input: $p) "
                            "{ mentee { goals } } }",
                  applicant.token, {"p": {"applicantType": "NON_US_IMG", "graduationYear": 2021,
                                          "mentee": {**mentee, "timeZone": "Nowhere"}}})
    assert codes(refused) == ["BAD_USER_INPUT"]
    assert refused["errors"][0]["extensions"]["fields"][0]["field"] == "mentee.timeZone"
