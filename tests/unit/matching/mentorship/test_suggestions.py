"""Which profile changes ask for new mentor suggestions, and which top set is worth a push."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from services.matching.mentorship.search import MentorFilter, Standing, Suggestion, search
from services.matching.mentorship.suggestions import (
    differs,
    meaningful_change,
    suggestions_event,
    top_suggestions,
)
from smartpick.events.models import ApplicantProfile
from tests.unit.matching.mentorship.people import mentee, mentor


def stored(**changes: Any) -> dict[str, Any]:
    """A profile as matching stores it (JSON), looking for a mentor who speaks Urdu."""
    base = {"applicant_type": "non_us_img", "graduation_year": 2020, "step2_score": 240,
            "specialties": ["Internal Medicine"], "preferred_states": ["NY"],
            "mentee": {"goals": ["visa"], "languages": ["ur"]}}
    return ApplicantProfile.model_validate(base | changes).model_dump(mode="json")


def test_the_first_profile_with_mentee_preferences_is_a_meaningful_change() -> None:
    assert meaningful_change(None, stored())
    assert meaningful_change(stored(mentee=None), stored())


def test_a_profile_that_is_not_looking_for_a_mentor_never_is() -> None:
    assert not meaningful_change(None, stored(mentee=None))
    assert not meaningful_change(stored(), stored(mentee=None))


@pytest.mark.parametrize("changes", [
    {"step2_score": 260}, {"usce_months": 6}, {"publications": 3}, {"preferred_states": ["CA"]},
    {"graduation_year": 2019}, {"ecfmg_certified": True}])
def test_scores_and_fields_no_mentor_score_reads_are_not_meaningful(
        changes: dict[str, Any]) -> None:
    assert not meaningful_change(stored(), stored(**changes))


@pytest.mark.parametrize("changes", [
    {"specialties": ["Pediatrics"]}, {"visa": "j1"}, {"applicant_type": "us_md"},
    {"mentee": {"goals": ["visa", "cv"], "languages": ["ur"]}},
    {"mentee": {"goals": ["visa"], "languages": ["ur", "hi"]}},
    {"mentee": {"goals": ["visa"], "languages": ["ur"], "time_zone": "Asia/Karachi"}},
    {"mentee": {"goals": ["visa"], "languages": ["ur"], "prefers_img_mentor": True}},
    {"mentee": {"goals": ["visa"], "languages": ["ur"], "training_country": "PK"}}])
def test_what_mentor_compatibility_reads_is_meaningful(changes: dict[str, Any]) -> None:
    assert meaningful_change(stored(), stored(**changes))


def ranked() -> list[Suggestion]:
    """Four mentors who speak Urdu, best first: m1 (and the topic), m2, m3, m4 (verified last),
    and m5 with nothing in common."""
    mentors = [mentor("m1", languages=["ur"], topics=["cv"], specialty="Internal Medicine"),
               mentor("m2", languages=["ur"], specialty="Internal Medicine"),
               mentor("m3", languages=["ur"], verified=True),
               mentor("m4", languages=["ur"]), mentor("m5")]
    return search(mentee(goals=["cv"]), mentors, MentorFilter(only_available=True), {},
                  datetime(2026, 1, 15, tzinfo=UTC))


def test_the_top_leaves_out_mentors_already_asked_and_those_with_nothing_in_common() -> None:
    assert [s.mentor.id for s in top_suggestions(ranked(), set())] == ["m1", "m2", "m3"]
    assert [s.mentor.id for s in top_suggestions(ranked(), {"m2"})] == ["m1", "m3", "m4"]
    assert [s.mentor.id for s in top_suggestions(ranked(), {"m1", "m2", "m3", "m4"})] == []


def test_a_full_mentor_is_never_suggested() -> None:
    full = search(mentee(goals=["wellbeing"]), [mentor("m1", languages=["ur"], capacity=1)],
                  MentorFilter(only_available=True), {"m1": Standing(active=1)})
    assert top_suggestions(full, set()) == []


def test_only_another_non_empty_set_is_worth_a_push() -> None:
    top = top_suggestions(ranked(), set())
    assert differs(top, None)
    assert differs(top, ["m1", "m2", "m4"])
    assert not differs(top, ["m3", "m1", "m2"])  # the same mentors in another order
    assert not differs([], None) and not differs([], ["m1"])


def test_the_event_carries_each_mentor_with_score_and_strongest_reasons() -> None:
    at = datetime(2026, 1, 15, tzinfo=UTC)
    event = suggestions_event("a-1", top_suggestions(ranked(), set()), at, at)
    first = event.mentors[0]
    assert (event.applicant_id, first.mentor_id, first.specialty) == ("a-1", "m1",
                                                                       "Internal Medicine")
    assert first.score == 58.0 and first.reasons[0] == "same specialty: Internal Medicine"
    assert len(first.reasons) <= 3 and event.profile_at == at
