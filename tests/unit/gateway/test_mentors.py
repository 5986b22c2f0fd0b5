"""Mentor profiles in the gateway (gateway/mentors.py): sent and served in the service's words,
null for whoever has none, and the service's refusals as coded errors naming the field."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx

from services.profiles.mentors.models import SavedMentorProfile
from smartpick.auth import Principal, Role
from tests.unit.gateway.fakes import APPLICANT, FakeServices, codes, gateway

MENTOR = Principal("mentor-1", Role.MENTOR)
ADMIN = Principal("organization-1", Role.ORG_ADMIN)
PROFILE = "profiles/mentors/mentor-1/profile"
SAVED = SavedMentorProfile.model_validate({
    "position": "program_director", "specialty": "Internal Medicine", "institution": "Mercy",
    "was_img": True, "training_country": "PK", "visa_paths": ["j1", "waiver"],
    "languages": ["ur"], "topics": ["visa"], "capacity": 2, "organization_id": ADMIN.account_id,
    "verified": True, "updated_at": datetime(2026, 11, 29, 12, tzinfo=UTC)}).model_dump(mode="json")
INPUT = ('{position: PROGRAM_DIRECTOR, specialty: "Internal Medicine", institution: "Mercy", '
         'wasImg: true, trainingCountry: "pk", visaPaths: [J1, WAIVER], languages: ["ur"], '
         'topics: [VISA], capacity: 2, organizationId: "organization-1"}')
SELECTION = ("{ position visaPaths topics trainingCountry verified updatedAt organizationId "
             "acceptingMentees }")
SERVED = {"position": "PROGRAM_DIRECTOR", "visaPaths": ["J1", "WAIVER"], "topics": ["VISA"],
          "trainingCountry": "PK", "verified": True, "updatedAt": "2026-11-29T12:00:00+00:00",
          "organizationId": "organization-1", "acceptingMentees": True}


def me(principal: Principal) -> dict[str, str]:
    return {"id": principal.account_id, "email": "m@example.org", "role": principal.role.value}


async def test_a_mentor_sets_a_profile_in_the_service_s_words() -> None:
    fake = gateway(FakeServices({("PUT", PROFILE): SAVED}))
    found = await fake.query(f"mutation {{ updateMyMentorProfile(input: {INPUT}) {SELECTION} }}",
                             principal=MENTOR)
    assert found == {"data": {"updateMyMentorProfile": SERVED}}
    sent = json.loads(fake.services.requests[0].content)
    assert (sent["position"], sent["visa_paths"], sent["topics"]) == (
        "program_director", ["j1", "waiver"], ["visa"])
    assert sent["accepting_mentees"] is True and sent["program_id"] is None


async def test_me_serves_the_mentor_profile_and_null_for_anyone_without_one() -> None:
    fake = gateway(FakeServices({("GET", "profiles/accounts/me"): me(MENTOR),
                                 ("GET", PROFILE): SAVED}))
    found = await fake.query(f"{{ me {{ mentorProfile {SELECTION} }} }}", principal=MENTOR)
    assert found == {"data": {"me": {"mentorProfile": SERVED}}}
    fake.services.routes.pop(("GET", PROFILE))  # a mentor who has not saved one yet
    found = await fake.query("{ me { mentorProfile { bio } } }", principal=MENTOR)
    assert found == {"data": {"me": {"mentorProfile": None}}}
    applicant = gateway(FakeServices({("GET", "profiles/accounts/me"): me(APPLICANT)}))
    found = await applicant.query("{ me { mentorProfile { bio } } }")
    assert found == {"data": {"me": {"mentorProfile": None}}}
    assert applicant.services.requests == []  # the token says who is a mentor


async def test_the_service_s_refusals_are_coded_and_name_the_field() -> None:
    invalid = httpx.Response(422, json={"detail": [{"loc": ["body", "time_zone"],
                                                    "msg": "'Mars/Olympus' is not an IANA time "
                                                           "zone", "type": "value_error"}]})
    fake = gateway(FakeServices({("PUT", PROFILE): invalid}))
    found = await fake.query(f"mutation {{ updateMyMentorProfile(input: {INPUT}) {{ bio }} }}",
                             principal=MENTOR)
    assert codes(found) == ["BAD_USER_INPUT"]
    assert found["errors"][0]["extensions"]["fields"][0]["field"] == "timeZone"
    refused = httpx.Response(403, json={"detail": "only mentors have a mentor profile"})
    fake.services.routes[("PUT", PROFILE)] = refused
    found = await fake.query(f"mutation {{ updateMyMentorProfile(input: {INPUT}) {{ bio }} }}",
                             principal=MENTOR)
    assert codes(found) == ["FORBIDDEN"]
    anonymous = await fake.query('mutation { verifyMentor(mentorId: "mentor-1", verified: true) '
                                 "{ verified } }", principal=None)
    assert codes(anonymous) == ["UNAUTHENTICATED"]


async def test_an_organization_verifies_a_mentor() -> None:
    fake = gateway(FakeServices({("PUT", "profiles/mentors/mentor-1/verification"): SAVED}))
    found = await fake.query('mutation { verifyMentor(mentorId: "mentor-1", verified: true) '
                             "{ verified } }", principal=ADMIN)
    assert found == {"data": {"verifyMentor": {"verified": True}}}
    assert json.loads(fake.services.requests[0].content) == {"verified": True}
    fake.services.routes.clear()  # answers 404, as for someone else's mentor id
    found = await fake.query('mutation { verifyMentor(mentorId: "nobody", verified: false) '
                             "{ verified } }", principal=ADMIN)
    assert codes(found) == ["NOT_FOUND"]
