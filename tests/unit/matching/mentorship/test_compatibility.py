"""The compatibility score: each feature adds its documented weight, reasons read as words."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given

from services.matching.mentorship import compatibility as weights
from services.matching.mentorship.compatibility import Mentee, compatibility, hours_apart
from smartpick.events.mentoring import MenteePreferences
from smartpick.events.models import ApplicantProfile, ApplicantType, Visa
from tests.unit.matching.mentorship.people import (
    mentee,
    mentees,
    mentor,
    mentors,
    with_mentee,
)

WINTER = datetime(2026, 1, 15, 12, tzinfo=UTC)

FEATURES: list[tuple[str, Mentee, dict[str, Any], float, str]] = [
    ("specialty", mentee(), {"specialty": "Internal Medicine"}, 24,
     "same specialty: Internal Medicine"),
    ("goals", mentee(goals=["interview_preparation", "visa", "cv"]),
     {"topics": ["visa", "interview_preparation"]}, 20 * 2 / 3,
     "helps with interview preparation and visa"),
    ("language", mentee(), {"languages": ["en", "ur"]}, 14, "speaks Urdu"),
    ("languages", mentee(languages=["en", "ur", "hi"]), {"languages": ["hi", "en", "ur"]}, 14,
     "speaks Urdu and Hindi"),
    ("img mentor", with_mentee(mentee(), applicant_type=ApplicantType.NON_US_IMG),
     {"was_img": True}, 6, "was an IMG too"),
    ("img mentor preferred", with_mentee(mentee(prefers_img_mentor=True),
                                         applicant_type=ApplicantType.US_IMG),
     {"was_img": True}, 12, "was an IMG too"),
    ("img preferred by a US graduate", mentee(prefers_img_mentor=True), {"was_img": True}, 6,
     "was an IMG"),
    ("training country", mentee(training_country="PK"), {"training_country": "PK"}, 6,
     "trained in your country (Pakistan)"),
    ("j-1 and waiver", with_mentee(mentee(), visa=Visa.J1), {"visa_paths": ["j1", "waiver"]},
     10, "went through J-1 and a J-1 waiver"),
    ("waiver alone", with_mentee(mentee(), visa=Visa.J1), {"visa_paths": ["waiver"]}, 10,
     "went through a J-1 waiver"),
    ("h-1b", with_mentee(mentee(), visa=Visa.H1B), {"visa_paths": ["h1b", "j1"]}, 10,
     "went through H-1B"),
    ("three hours apart", mentee(time_zone="America/New_York"),
     {"time_zone": "America/Los_Angeles"}, 3, "3 hours from you"),
    ("same zone", mentee(time_zone="Asia/Karachi"), {"time_zone": "Asia/Karachi"}, 6,
     "in your time zone"),
    ("half an hour", mentee(time_zone="Asia/Kolkata"), {"time_zone": "Asia/Karachi"}, 5.5,
     "0.5 hours from you"),
    ("one hour", mentee(time_zone="America/New_York"), {"time_zone": "America/Chicago"}, 5,
     "1 hour from you"),
    ("around the clock", mentee(time_zone="Pacific/Kiritimati"),
     {"time_zone": "America/Los_Angeles"}, 4, "2 hours from you"),
    ("program on the list", with_mentee(mentee(), program_ids=frozenset({"P7", "P9"})),
     {"program_id": "P9"}, 6, "works at a program on your list"),
]


def test_nothing_in_common_scores_zero_without_reasons() -> None:
    assert compatibility(mentee(), mentor(), WINTER) == weights.Compatibility(0.0, ())


@pytest.mark.parametrize(("who", "profile", "points", "reason"),
                         [f[1:] for f in FEATURES], ids=[f[0] for f in FEATURES])
def test_each_feature_adds_its_documented_points_and_reason(
        who: Mentee, profile: dict[str, Any], points: float, reason: str) -> None:
    fit = compatibility(who, mentor(**profile), WINTER)
    assert fit.score == pytest.approx(points)
    assert fit.reasons == (reason,)


def test_verified_adds_a_small_bonus() -> None:
    assert compatibility(mentee(), mentor(verified=True), WINTER) == weights.Compatibility(
        2.0, ("verified by their organization",))


@pytest.mark.parametrize(("who", "profile"), [
    (mentee(goals=["visa"]), {"topics": ["cv"]}),
    (mentee(languages=["hi"]), {"languages": ["en", "ur"]}),
    (mentee(languages=["en"]), {"languages": ["en"]}),
    (mentee(), {"was_img": True}),
    (mentee(training_country="IN"), {"training_country": "PK"}),
    (with_mentee(mentee(), visa=Visa.H1B), {"visa_paths": ["j1", "waiver"]}),
    (mentee(), {"visa_paths": ["j1", "waiver", "h1b"]}),
    (mentee(time_zone="Asia/Karachi"), {"time_zone": "America/New_York"}),
    (mentee(time_zone="America/New_York"), {}),
    (mentee(), {"program_id": "P1"}),
], ids=["other goals", "other language", "english, which every mentor speaks",
        "img to a us graduate not asking", "other country", "other visa", "no visa need",
        "ten hours apart", "mentor without zone", "program not on the list"])
def test_features_that_do_not_match_add_nothing(who: Mentee, profile: dict[str, Any]) -> None:
    assert compatibility(who, mentor(**profile), WINTER) == weights.Compatibility(0.0, ())


def test_a_goal_or_language_listed_twice_counts_once() -> None:
    who = mentee(goals=["cv", "cv", "visa"], languages=["ur", "ur"])
    fit = compatibility(who, mentor(topics=["cv"], languages=["ur"]), WINTER)
    assert fit == weights.Compatibility(14 + 10, ("speaks Urdu", "helps with the CV"))


def test_the_weights_add_up_to_one_hundred() -> None:
    assert compatibility(*best_pair(), WINTER) == weights.Compatibility(100.0, (
        "same specialty: Internal Medicine", "helps with the CV and Step exams",
        "speaks Urdu", "was an IMG too", "went through J-1 and a J-1 waiver",
        "trained in your country (India)", "in your time zone",
        "works at a program on your list", "verified by their organization"))


@pytest.mark.parametrize(("profile", "lost"), [
    ({"specialty": "Pediatrics"}, 24), ({"topics": ["cv"]}, 10), ({"languages": ["es"]}, 14),
    ({"was_img": False}, 12), ({"training_country": "EG"}, 6), ({"visa_paths": ["h1b"]}, 10),
    ({"time_zone": "America/Chicago"}, 1), ({"program_id": None}, 6), ({"verified": False}, 2),
], ids=["specialty", "half the goals", "language", "img", "country", "visa", "time zone",
        "program", "verified"])
def test_a_mentor_lacking_one_feature_scores_lower_by_its_weight(
        profile: dict[str, Any], lost: float) -> None:
    who, best = best_pair()
    changed = {k: v for k, v in profile.items() if k != "verified"}
    other = mentor(verified=profile.get("verified", True),
                   **best.profile.model_dump() | changed)
    assert compatibility(who, other, WINTER).score == pytest.approx(100 - lost)


def test_time_zones_are_compared_at_the_given_instant() -> None:
    assert hours_apart("Europe/London", "America/New_York", WINTER) == 5
    assert hours_apart("Europe/London", "America/New_York",
                       datetime(2026, 3, 20, tzinfo=UTC)) == 4


@given(mentees(), mentors())
def test_score_stays_between_0_and_100_and_reasons_come_strongest_first(
        who: Mentee, other: weights.Mentor) -> None:
    fit = compatibility(who, other, WINTER)
    assert 0 <= fit.score <= 100
    assert len(fit.reasons) == len(set(fit.reasons))
    assert compatibility(who, other, WINTER) == fit


def test_a_profile_without_mentee_preferences_gives_empty_preferences() -> None:
    profile = ApplicantProfile(applicant_type="non_us_img", graduation_year=2022, visa="j1",
                               specialties=["Pediatrics", "Internal Medicine"])
    who = Mentee.from_profile("a1", profile, frozenset({"P1"}))
    assert who == Mentee("a1", ("Pediatrics", "Internal Medicine"), Visa.J1,
                         ApplicantType.NON_US_IMG, MenteePreferences(),
                         frozenset({"P1"}))
    assert who.is_img


def best_pair() -> tuple[Mentee, weights.Mentor]:
    who = with_mentee(mentee(goals=["cv", "step_exams"], languages=["ur", "en"],
                             prefers_img_mentor=True, training_country="IN",
                             time_zone="America/New_York"),
                      applicant_type=ApplicantType.NON_US_IMG, visa=Visa.J1,
                      program_ids=frozenset({"P1"}))
    return who, mentor(verified=True, specialty="Internal Medicine", topics=["cv", "step_exams"],
                       languages=["en", "ur"], was_img=True, training_country="IN",
                       visa_paths=["j1", "waiver"], time_zone="America/New_York",
                       program_id="P1")
