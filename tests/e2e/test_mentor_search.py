"""Finding a mentor on the running platform: mentors set their profiles through GraphQL, an
applicant says what they look for, and `mentors(...)` ranks the directory for them with reasons;
once a mentor answers a request, search shows their answering and their free capacity."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.e2e.test_mentor_profiles import PROFILE, UPDATE, codes

pytestmark = pytest.mark.e2e

SEARCH = """query($s: String, $l: String, $t: MentorTopic, $st: String, $img: Boolean,
                 $p: ID, $open: Boolean!, $first: Int!, $after: String) {
  mentors(specialty: $s, language: $l, topic: $t, state: $st, imgBackground: $img,
          programId: $p, onlyAvailable: $open, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { mentor { id profile { specialty languages verified updatedAt } }
            score reasons freeCapacity activeMentees responseRate medianResponseHours } }
  }
}"""
APPLICANT = """mutation($p: ProfileInput!) { updateMyProfile(input: $p) { updatedAt } }"""
MENTEE_PROFILE = {
    "applicantType": "NON_US_IMG", "step2Score": 245, "graduationYear": 2022, "visa": "J1",
    "specialties": ["Internal Medicine"],
    "mentee": {"goals": ["INTERVIEW_PREPARATION", "VISA"], "languages": ["ur", "en"],
               "timeZone": "America/Chicago", "prefersImgMentor": True,
               "trainingCountry": "PK"}}
RARE = "yo"
"""Only this test's two mentors speak Yoruba: other tests fill the same directory."""
INTERNIST = {**PROFILE, "languages": ["ur", "en", RARE]}
PEDIATRICIAN = {**PROFILE, "specialty": "Pediatrics", "wasImg": False, "trainingCountry": None,
                "visaPaths": [], "languages": ["es", "en", RARE], "topics": ["CV"],
                "state": "TX", "programId": None, "timeZone": "America/Los_Angeles"}


def search(platform: Platform, token: str, **given: Any) -> dict[str, Any]:
    variables = {"open": False, "first": 20, **given}
    result = gql(platform, SEARCH, token, variables)
    assert "errors" not in result, result
    found: dict[str, Any] = result["data"]["mentors"]
    return found


def mentor_with(platform: Platform, profile: dict[str, Any]) -> Account:
    mentor = new_account(platform, "MENTOR")
    saved = gql(platform, UPDATE, mentor.token, {"p": profile})
    assert "errors" not in saved, saved
    return mentor


def found_ids(page: dict[str, Any]) -> list[str]:
    return [edge["node"]["mentor"]["id"] for edge in page["edges"]]


def wait_until(check: Any, within: float = 60) -> Any:
    deadline = time.monotonic() + within
    while not (result := check()):
        assert time.monotonic() < deadline, "the platform did not get there in time"
        time.sleep(0.3)
    return result


def top_program(platform: Platform, token: str) -> str:
    """The applicant's best eligible program, once matching has their profile."""
    query = ("{ me { recommendations(first: 1, eligible: true) "
             "{ edges { node { program { id } } } } } }")

    def first() -> str | None:
        edges = gql(platform, query, token)["data"]["me"]["recommendations"]["edges"]
        return edges[0]["node"]["program"]["id"] if edges else None
    found: str = wait_until(first)
    return found


def test_an_applicant_finds_the_mentor_who_suits_them_and_sees_how_they_answer(
        platform: Platform) -> None:
    applicant = new_account(platform)
    saved = gql(platform, APPLICANT, applicant.token, {"p": MENTEE_PROFILE})
    assert "errors" not in saved, saved
    best_program = top_program(platform, applicant.token)
    internist = mentor_with(platform, {**INTERNIST, "programId": best_program})
    pediatrician = mentor_with(platform, PEDIATRICIAN)

    def both_listed() -> dict[str, Any] | None:
        page = search(platform, applicant.token, l=RARE)
        ids = found_ids(page)
        ranked = internist.id in ids and pediatrician.id in ids
        return page if ranked else None

    page = wait_until(both_listed)
    ids = found_ids(page)
    assert ids.index(internist.id) < ids.index(pediatrician.id)
    best = page["edges"][ids.index(internist.id)]["node"]
    assert best["reasons"][:2] == ["same specialty: Internal Medicine",
                                   "helps with interview preparation and visa"]
    assert {"speaks Urdu", "went through J-1 and a J-1 waiver", "was an IMG too",
            "trained in your country (Pakistan)", "1 hour from you",
            "works at a program on your list"} <= set(best["reasons"])
    assert best["mentor"]["profile"]["specialty"] == "Internal Medicine"
    assert best["mentor"]["profile"]["verified"] is False
    assert best["freeCapacity"] == 3 and best["activeMentees"] == 0
    assert best["responseRate"] is None and best["medianResponseHours"] is None
    other = page["edges"][ids.index(pediatrician.id)]["node"]
    assert best["score"] > other["score"]

    narrowed = search(platform, applicant.token, s="Internal Medicine", l="ur", st="ny",
                      img=True, t="VISA", p=best_program)
    assert internist.id in found_ids(narrowed) and pediatrician.id not in found_ids(narrowed)
    spanish = found_ids(search(platform, applicant.token, l="es", s="Internal Medicine"))
    assert internist.id not in spanish and pediatrician.id not in spanish

    first = search(platform, applicant.token, l=RARE, first=1)
    assert first["pageInfo"]["hasNextPage"] is True and len(first["edges"]) == 1
    rest = search(platform, applicant.token, l=RARE, after=first["pageInfo"]["endCursor"])
    assert found_ids(first) + found_ids(rest) == found_ids(page) == [internist.id, pediatrician.id]
    assert rest["pageInfo"]["hasNextPage"] is False and page["totalCount"] == 2

    asked = gql(platform, 'mutation($m: ID!) { requestMentorship(input: {mentorId: $m, '
                          'message: "Hello", goals: [VISA]}) { id status } }',
                applicant.token, {"m": internist.id})
    assert "errors" not in asked, asked
    accepted = gql(platform, 'mutation($id: ID!) { respondToMentorshipRequest(id: $id, '
                             'accept: true) { status } }', internist.token,
                   {"id": asked["data"]["requestMentorship"]["id"]})
    assert accepted["data"]["respondToMentorshipRequest"]["status"] == "ACTIVE", accepted

    after = search(platform, applicant.token, l=RARE)
    node = after["edges"][found_ids(after).index(internist.id)]["node"]
    assert node["activeMentees"] == 1 and node["freeCapacity"] == 2
    assert node["responseRate"] == 1.0 and node["medianResponseHours"] >= 0


def test_a_full_mentor_is_left_out_of_only_available(platform: Platform) -> None:
    full = mentor_with(platform, {**PEDIATRICIAN, "acceptingMentees": False, "state": "WY"})
    applicant = new_account(platform)
    every = wait_until(lambda: (page := search(platform, applicant.token, st="WY", first=50))
                       and full.id in found_ids(page) and page)
    assert every["edges"][found_ids(every).index(full.id)]["node"]["freeCapacity"] == 0
    assert full.id not in found_ids(search(platform, applicant.token, st="WY", open=True,
                                           first=50))


@pytest.mark.parametrize(("variables", "field"), [
    ({"l": "xx"}, "language"), ({"s": "Astrology"}, "specialty"), ({"st": "ZZ"}, "state"),
    ({"first": 0}, "first"), ({"after": "not-a-cursor!"}, None)])
def test_bad_search_input_is_a_coded_error(platform: Platform, variables: dict[str, Any],
                                           field: str | None) -> None:
    applicant = new_account(platform)
    result = gql(platform, SEARCH, applicant.token, {"open": False, "first": 20, **variables})
    assert codes(result) == ["BAD_USER_INPUT"], result
    if field:
        assert field in str(result["errors"][0]), result


def test_search_needs_an_account(platform: Platform) -> None:
    assert codes(gql(platform, SEARCH, None, {"open": False, "first": 5})) == ["UNAUTHENTICATED"]
