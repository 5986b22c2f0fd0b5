"""The notice of new mentor suggestions: what it says, and one current notice per applicant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.notifications.notices.mentorship.suggestions import mentors_suggested
from smartpick.events import MentorSuggestionsReady
from smartpick.events.matching import SuggestedMentor
from tests.unit.notifications.notices.fakes import FakeDispatcher, envelope

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


async def test_the_notice_names_each_mentor_and_why() -> None:
    fake = FakeDispatcher()
    await mentors_suggested(suggested(), envelope(suggested()), fake.as_dispatcher())
    [sent] = fake.sent
    assert sent.title == "New mentors suggested for you"
    assert sent.body == ("Program director in Internal Medicine at Mercy Hospital: same specialty: "
                         "Internal Medicine; speaks Urdu. Resident in Pediatrics at St. Jude. "
                         "Ask them from mentor search.")


async def test_each_set_is_current_as_of_its_time_and_a_redelivery_keeps_its_id() -> None:
    fake = FakeDispatcher()
    dispatcher = fake.as_dispatcher()
    first, second = suggested(), suggested("m-3", later=5)
    await mentors_suggested(first, envelope(first, "s-1"), dispatcher)
    await mentors_suggested(first, envelope(first, "s-1"), dispatcher)  # redelivered
    await mentors_suggested(second, envelope(second, "s-2"), dispatcher)
    assert len(fake.stored) == 2 and fake.sent[0].outgoing.id == fake.sent[1].outgoing.id
    assert [s.outgoing.current_at for s in fake.stored] == [first.at, second.at]
    assert {s.told for s in fake.sent} == {("a-1", "MENTOR_SUGGESTIONS", None)}
