"""Message notices: the other side of the thread is told, once per message."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.notifications.notices.mentorship.messages import mentorship_message
from smartpick.events import MentorshipMessagePosted
from tests.unit.notifications.notices.fakes import FakeDispatcher, envelope

MENTEE, MENTOR = "mentee-1", "mentor-1"


def sent(sender: str, text: str = "See you Tuesday") -> MentorshipMessagePosted:
    return MentorshipMessagePosted(mentorship_id="m-1", message_id=f"msg-{sender}",
                                 mentee_id=MENTEE, mentor_id=MENTOR, sender_id=sender, text=text,
                                 at=datetime(2026, 11, 29, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize(("sender", "told", "title"), [
    (MENTEE, MENTOR, "New message from your mentee"),
    (MENTOR, MENTEE, "New message from your mentor"),
])
async def test_the_other_side_is_told_with_the_start_of_the_message(sender: str, told: str,
                                                                    title: str) -> None:
    fake = FakeDispatcher()
    message = sent(sender, "x" * 2000)
    await mentorship_message(message, envelope(message), fake.as_dispatcher())
    [notice] = fake.sent
    assert (notice.outgoing.recipient, notice.title) == (told, title)
    assert notice.body == f"“{'x' * 280}…”"


async def test_a_message_redelivered_notifies_once() -> None:
    fake = FakeDispatcher()
    message = sent(MENTEE)
    await mentorship_message(message, envelope(message, "e-1"), fake.as_dispatcher())
    await mentorship_message(message, envelope(message, "e-1"), fake.as_dispatcher())
    assert [s.told for s in fake.stored] == [(MENTOR, "MENTORSHIP_MESSAGE", "m-1")]
    assert fake.stored[0].body == "“See you Tuesday”"
