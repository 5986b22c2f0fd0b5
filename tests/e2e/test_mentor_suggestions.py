"""Mentor suggestions on the running platform: an applicant says through GraphQL what they look
for in a mentor and finds the best mentors named in a notice; when their preferences change
again and a suggested mentor stopped accepting, the newer notice replaces the older one."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.e2e.accounts import new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.e2e.test_mentor_profiles import PROFILE, UPDATE
from tests.e2e.test_mentor_search import APPLICANT, found_ids, mentor_with, search, wait_until

pytestmark = pytest.mark.e2e

RARE = "eu"
"""Only this test's mentors speak Basque and trained in Iceland: other tests fill the same
directory, and these two outscore every other mentor for this applicant."""
NOTICES = """{ me { notifications(first: 50) { edges { node { id kind title body read } } } } }"""
KIND = "MENTOR_SUGGESTIONS"


def mentee_profile(goals: list[str]) -> dict[str, Any]:
    return {"applicantType": "NON_US_IMG", "step2Score": 245, "graduationYear": 2022,
            "visa": "J1", "specialties": ["Internal Medicine"],
            "mentee": {"goals": goals, "languages": [RARE], "timeZone": "Atlantic/Reykjavik",
                       "prefersImgMentor": True, "trainingCountry": "is"}}


def suggestion_notices(platform: Platform, token: str) -> list[dict[str, Any]]:
    result = gql(platform, NOTICES, token)
    assert "errors" not in result, result
    return [edge["node"] for edge in result["data"]["me"]["notifications"]["edges"]
            if edge["node"]["kind"] == KIND]


def test_an_applicant_who_sets_mentee_preferences_is_told_of_suggested_mentors(
        platform: Platform) -> None:
    tag = uuid.uuid4().hex[:8]
    profiles = [{**PROFILE, "institution": f"Clinic {tag} {n}", "languages": [RARE, "en"],
                 "trainingCountry": "is", "timeZone": "Atlantic/Reykjavik", "programId": None,
                 "topics": ["WELLBEING", "CV"]} for n in (1, 2)]
    first, second = (mentor_with(platform, profile) for profile in profiles)
    applicant = new_account(platform)
    wait_until(lambda: {first.id, second.id} <= set(found_ids(search(platform, applicant.token,
                                                                     l=RARE))))

    saved = gql(platform, APPLICANT, applicant.token, {"p": mentee_profile(["WELLBEING"])})
    assert "errors" not in saved, saved
    [notice] = wait_until(lambda: suggestion_notices(platform, applicant.token))
    assert notice["title"] == "New mentors suggested for you" and notice["read"] is False
    assert f"Clinic {tag} 1" in notice["body"] and f"Clinic {tag} 2" in notice["body"]
    assert "speaks Basque" in notice["body"]

    closed = gql(platform, UPDATE, second.token, {"p": {**profiles[1],
                                                        "acceptingMentees": False}})
    assert "errors" not in closed, closed
    wait_until(lambda: second.id not in found_ids(search(platform, applicant.token, l=RARE,
                                                         open=True)))
    changed = gql(platform, APPLICANT, applicant.token,
                  {"p": mentee_profile(["WELLBEING", "CV"])})
    assert "errors" not in changed, changed
    [newer] = wait_until(lambda: [n for n in suggestion_notices(platform, applicant.token)
                                  if n["id"] != notice["id"]])
    assert suggestion_notices(platform, applicant.token) == [newer]  # it replaced the unread one
    assert f"Clinic {tag} 1" in newer["body"] and f"Clinic {tag} 2" not in newer["body"]
