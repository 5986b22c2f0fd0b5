"""The notice of new mentor suggestions: what it says, and one current notice per applicant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import cast

from services.notifications.in_app.handlers import MENTOR_SUGGESTIONS, mentors_suggested
from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.texts import suggestions_text
from smartpick.events import MentorSuggestionsReady
from smartpick.events.matching import SuggestedMentor
from tests.unit.notifications.in_app.test_handlers import FakeStore, envelope

AT = datetime(2026, 1, 15, tzinfo=UTC)


def suggested(mentor_id: str = "m-1", later: int = 0) -> MentorSuggestionsReady:
    mentors = [SuggestedMentor(mentor_id=mentor_id, position="program_director",
                               specialty="Internal Medicine", institution="Mercy Hospital",
                               score=58.0, reasons=["same specialty: Internal Medicine",
                                                    "speaks Urdu"]),
               SuggestedMentor(mentor_id="m-2", position="resident", specialty="Pediatrics",
                               institution="St. Jude", score=6.0, reasons=[])]
    return MentorSuggestionsReady(applicant_id="a-1", mentors=mentors, profile_at=AT,
                                  at=AT + timedelta(seconds=later))


def test_the_notice_names_each_mentor_and_why() -> None:
    title, body = suggestions_text(suggested())
    assert title == "New mentors suggested for you"
    assert body == ("Program director in Internal Medicine at Mercy Hospital: same specialty: "
                    "Internal Medicine; speaks Urdu. Resident in Pediatrics at St. Jude. "
                    "Ask them from mentor search.")


async def test_newer_suggestions_replace_the_unread_notice_and_a_redelivery_adds_nothing() -> None:
    fake = FakeStore()
    store = cast(NotificationsStore, fake)
    first, second = suggested(), suggested("m-3", later=5)
    await mentors_suggested(first, envelope(first, "s-1"), store)
    await mentors_suggested(first, envelope(first, "s-1"), store)  # redelivered
    assert len(fake.notifications) == 1
    await mentors_suggested(second, envelope(second, "s-2"), store)
    await mentors_suggested(first, envelope(first, "s-1"), store)  # the older one, late
    (notice,) = fake.notifications.values()
    assert notice["kind"] == MENTOR_SUGGESTIONS and notice["recipient"] == "a-1"
    assert fake.latest["a-1|" + MENTOR_SUGGESTIONS][1] == second.at
