"""The push's guard on the hot path: score-only updates and late profiles touch no store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, cast

from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.claims import Claims
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.store import MentorshipStore
from services.matching.mentorship.suggestion_push import COLLECTION, LAST, MentorSuggestions
from services.matching.recommendations.ranking import Rankings
from smartpick.events.models import ApplicantProfile
from smartpick.outbox import Outbox

AT = datetime(2026, 1, 15, tzinfo=UTC)


def storeless() -> MentorSuggestions:
    """Suggestions whose every store is missing: any read or write would raise."""
    db = cast(AsyncDatabase[dict[str, Any]], {COLLECTION: None, LAST: None})
    return MentorSuggestions(db, cast(Outbox, None), cast(MentorDirectory, None),
                             cast(MentorshipStore, None), cast(Claims, None),
                             cast(Rankings, None))


def profile(step2: int, languages: tuple[str, ...] = ("ur",)) -> ApplicantProfile:
    return ApplicantProfile.model_validate({
        "applicant_type": "non_us_img", "graduation_year": 2020, "step2_score": step2,
        "specialties": ["Internal Medicine"], "mentee": {"languages": list(languages)}})


async def test_two_thousand_score_only_updates_run_no_mentor_search() -> None:
    suggestions = storeless()
    kept = {"profile": profile(200).model_dump(mode="json"), "profile_at": AT}
    for n in range(2000):
        assert not await suggestions.profile_changed("a-1", profile(201 + n % 99),
                                                     AT + timedelta(seconds=n + 1), kept)


async def test_a_late_older_profile_pushes_nothing_even_if_it_differs() -> None:
    kept = {"profile": profile(200).model_dump(mode="json"), "profile_at": AT}
    assert not await storeless().profile_changed("a-1", profile(200, ("hi",)),
                                                 AT - timedelta(seconds=1), kept)
