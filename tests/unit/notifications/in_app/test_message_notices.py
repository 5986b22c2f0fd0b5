"""Message notices: the other side of the thread is told, once per message."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import pytest

from services.notifications.in_app.handlers import mentorship_message
from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.texts import message_notice
from smartpick.events import MentorshipMessagePosted
from tests.unit.notifications.in_app.test_handlers import FakeStore, envelope

MENTEE, MENTOR = "mentee-1", "mentor-1"


def sent(sender: str, text: str = "See you Tuesday") -> MentorshipMessagePosted:
    return MentorshipMessagePosted(mentorship_id="m-1", message_id=f"msg-{sender}",
                                 mentee_id=MENTEE, mentor_id=MENTOR, sender_id=sender, text=text,
                                 at=datetime(2026, 11, 29, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize(("sender", "told", "title"), [
    (MENTEE, MENTOR, "New message from your mentee"),
    (MENTOR, MENTEE, "New message from your mentor"),
])
def test_the_other_side_is_told_with_the_start_of_the_message(sender: str, told: str,
                                                              title: str) -> None:
    recipient, shown, body = message_notice(sent(sender, "x" * 2000))
    assert (recipient, shown) == (told, title)
    assert body == f"“{'x' * 280}…”"


async def test_a_message_redelivered_notifies_once() -> None:
    fake = FakeStore()
    store = cast(NotificationsStore, fake)
    message = sent(MENTEE)
    await mentorship_message(message, envelope(message, "e-1"), store)
    await mentorship_message(message, envelope(message, "e-1"), store)
    assert [(n["recipient"], n["kind"], n["subject_id"]) for n in fake.notifications.values()] \
        == [(MENTOR, "MENTORSHIP_MESSAGE", "m-1")]
