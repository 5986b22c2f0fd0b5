"""Which profile changes are worth new mentor suggestions, and which mentors to suggest: pure.

A change is meaningful when it touches what the compatibility score reads of the applicant
(``MENTOR_FIELDS``): specialties (same specialty), applicant type (IMG mentor), visa (visa
path) and the whole ``mentee`` preferences (goals, languages, time zone, IMG mentor preferred,
country of training). Preferred states are left out: no score reads them, so they cannot change
the ranking. Scores, exams and the rest change the program list only; comparing these four
fields of two profiles costs microseconds, so the throughput path of score updates pays nothing
more. An applicant without mentee preferences is not looking, and gets no suggestions.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Any

from services.matching.mentorship.search import Suggestion
from smartpick.events import MentorSuggestionsReady
from smartpick.events.matching import SuggestedMentor

MENTOR_FIELDS = ("applicant_type", "mentee", "specialties", "visa")
TOP = 3
"""Mentors suggested at once: a short list a notice can name, the rest is in mentor search."""
REASONS = 3


def mentor_relevant(profile: Mapping[str, Any] | None) -> dict[str, Any]:
    """The fields of a stored (JSON) profile that mentor compatibility reads."""
    return {name: (profile or {}).get(name) for name in MENTOR_FIELDS}


def meaningful_change(kept: Mapping[str, Any] | None, new: Mapping[str, Any]) -> bool:
    """Whether ``new`` (a profile as JSON) asks for suggestions again after ``kept`` (the profile
    matching had before, or None): it looks for a mentor and a mentor-relevant field changed;
    the first profile with preferences counts."""
    return new.get("mentee") is not None and mentor_relevant(kept) != mentor_relevant(new)


def top_suggestions(ranked: Sequence[Suggestion], taken: Collection[str],
                    size: int = TOP) -> list[Suggestion]:
    """The best ``size`` of ``ranked`` (best first, available mentors only) with something in
    common (a score above 0), leaving out the mentors in ``taken`` (an open request or
    relationship with the applicant already)."""
    return [s for s in ranked if s.score > 0 and s.mentor.id not in taken][:size]


def differs(top: Sequence[Suggestion], last: Collection[str] | None) -> bool:
    """Whether ``top`` is worth a push after the set of mentor ids ``last`` pushed (None: never):
    a non-empty set of other mentors; the order within it does not count."""
    return bool(top) and (last is None or {s.mentor.id for s in top} != set(last))


def suggestions_event(applicant_id: str, top: Sequence[Suggestion], profile_at: datetime,
                      at: datetime) -> MentorSuggestionsReady:
    mentors = [SuggestedMentor(mentor_id=s.mentor.id, position=s.mentor.profile.position,
                               specialty=s.mentor.profile.specialty,
                               institution=s.mentor.profile.institution,
                               score=round(s.score, 1), reasons=list(s.reasons[:REASONS]))
               for s in top]
    return MentorSuggestionsReady(applicant_id=applicant_id, mentors=mentors,
                                  profile_at=profile_at, at=at)
