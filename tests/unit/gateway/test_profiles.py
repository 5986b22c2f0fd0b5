"""The applicant's profile (gateway/profiles.py): none yet is null, and a saved one is sent with
the services' enum values."""

from __future__ import annotations

import json

from smartpick.events.models import ApplicantProfile, ApplicantType
from tests.unit.gateway.fakes import APPLICANT, FakeServices, gateway

ME = {"id": APPLICANT.account_id, "email": "ana@example.org", "role": "APPLICANT"}
PROFILE = f"profiles/applicants/{APPLICANT.account_id}/profile"


async def test_an_applicant_without_a_profile_has_a_null_one() -> None:
    found = await gateway(FakeServices({("GET", "profiles/accounts/me"): ME})).query(
        "{ me { email profile { visa } } }")
    assert found == {"data": {"me": {"email": "ana@example.org", "profile": None}}}


async def test_a_saved_profile_is_sent_with_the_service_enum_values() -> None:
    saved = ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, graduation_year=2021,
                             visa="j1").model_dump(mode="json")
    fake = gateway(FakeServices({("PUT", PROFILE): saved}))
    found = await fake.query("mutation { updateMyProfile(input: {applicantType: NON_US_IMG, "
                             "graduationYear: 2021, visa: J1}) { applicantType visa } }")
    assert found == {"data": {"updateMyProfile": {"applicantType": "NON_US_IMG", "visa": "J1"}}}
    sent = json.loads(fake.services.requests[0].content)
    assert sent["applicant_type"] == "non_us_img" and sent["visa"] == "j1"


async def test_mentee_preferences_are_sent_in_the_service_s_words_and_served_back() -> None:
    saved = ApplicantProfile.model_validate({
        "applicant_type": "non_us_img", "graduation_year": 2021, "mentee": {
            "goals": ["interview_preparation", "visa"], "languages": ["UR", "en"],
            "time_zone": "Asia/Karachi", "prefers_img_mentor": True,
            "training_country": "pk"}}).model_dump(mode="json")
    fake = gateway(FakeServices({("PUT", PROFILE): saved}))
    found = await fake.query(
        "mutation { updateMyProfile(input: {applicantType: NON_US_IMG, graduationYear: 2021, "
        'mentee: {goals: [INTERVIEW_PREPARATION, VISA], languages: ["UR", "en"], '
        'timeZone: "Asia/Karachi", prefersImgMentor: true, trainingCountry: "pk"}}) '
        "{ mentee { goals languages timeZone prefersImgMentor trainingCountry } } }")
    assert found == {"data": {"updateMyProfile": {"mentee": {
        "goals": ["INTERVIEW_PREPARATION", "VISA"], "languages": ["ur", "en"],
        "timeZone": "Asia/Karachi", "prefersImgMentor": True, "trainingCountry": "PK"}}}}
    sent = json.loads(fake.services.requests[0].content)["mentee"]
    assert sent["goals"] == ["interview_preparation", "visa"] and sent["training_country"] == "pk"


async def test_a_profile_without_mentee_preferences_has_a_null_mentee() -> None:
    saved = ApplicantProfile(applicant_type=ApplicantType.US_MD,
                             graduation_year=2020).model_dump(mode="json")
    fake = gateway(FakeServices({("PUT", PROFILE): saved}))
    found = await fake.query("mutation { updateMyProfile(input: {applicantType: US_MD, "
                             "graduationYear: 2020}) { mentee { goals } } }")
    assert found == {"data": {"updateMyProfile": {"mentee": None}}}
    assert json.loads(fake.services.requests[0].content)["mentee"] is None
