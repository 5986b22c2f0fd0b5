"""Mentorship notices: the other side is told of each transition, exactly once per person."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import pytest

from services.notifications.in_app.handlers import mentorship_changed
from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.texts import mentorship_notices
from smartpick.events import MentorshipChanged
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import MentorshipChange as C
from smartpick.events.mentorships import MentorshipStatus as S
from tests.unit.notifications.in_app.test_handlers import FakeStore, envelope

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
MENTEE, MENTOR = "mentee-1", "mentor-1"
STATUS = {C.REQUESTED: S.REQUESTED, C.ACCEPTED: S.ACTIVE, C.DECLINED: S.DECLINED,
          C.EXPIRED: S.EXPIRED, C.WITHDRAWN: S.WITHDRAWN, C.CANCELLED: S.CANCELLED,
          C.COMPLETED: S.COMPLETED, C.REPORTED: S.PAUSED, C.RESUMED: S.ACTIVE,
          C.ENDED_BY_ADMIN: S.CANCELLED}


def event(change: C, actor: str | None, revision: int = 2,
          reason: str | None = None) -> MentorshipChanged:
    return MentorshipChanged(
        mentorship_id="m-1", mentee_id=MENTEE, mentor_id=MENTOR, status=STATUS[change],
        previous_status=None if change is C.REQUESTED else S.REQUESTED, change=change,
        actor_id=actor, reason=reason, message="Could you review my personal statement?",
        goals=[MentorTopic.PERSONAL_STATEMENT], at=AT, revision=revision)


@pytest.mark.parametrize(("change", "actor", "told"), [
    (C.REQUESTED, MENTEE, [MENTOR]),
    (C.ACCEPTED, MENTOR, [MENTEE]),
    (C.DECLINED, MENTOR, [MENTEE]),
    (C.EXPIRED, None, [MENTEE]),
    (C.WITHDRAWN, MENTEE, [MENTOR]),
    (C.WITHDRAWN, None, [MENTOR]),  # another mentor accepted the mentee
    (C.CANCELLED, MENTOR, [MENTEE]),
    (C.CANCELLED, MENTEE, [MENTOR]),
    (C.COMPLETED, MENTEE, [MENTOR]),
    (C.REPORTED, MENTEE, [MENTOR]),
    (C.REPORTED, MENTOR, [MENTEE]),
    (C.RESUMED, "org-1", [MENTEE, MENTOR]),  # the mentor's organization settled it
    (C.ENDED_BY_ADMIN, "org-1", [MENTEE, MENTOR]),
])
def test_the_other_side_is_told(change: C, actor: str | None, told: list[str]) -> None:
    assert [recipient for recipient, _, _ in mentorship_notices(event(change, actor))] == told


def test_a_request_notice_quotes_the_message_and_the_goals() -> None:
    [(_, title, body)] = mentorship_notices(event(C.REQUESTED, MENTEE))
    assert title == "New mentorship request"
    assert "personal statement" in body and "“Could you review my personal statement?”" in body


def test_a_declined_notice_gives_the_mentor_s_reason() -> None:
    [(_, _, body)] = mentorship_notices(event(C.DECLINED, MENTOR, reason="I am full this month"))
    assert body.endswith("Their reason: “I am full this month”")


async def test_a_transition_redelivered_or_published_twice_notifies_once() -> None:
    fake = FakeStore()
    store = cast(NotificationsStore, fake)
    accepted = event(C.ACCEPTED, MENTOR)
    await mentorship_changed(accepted, envelope(accepted, "e-1"), store)
    await mentorship_changed(accepted, envelope(accepted, "e-1"), store)
    await mentorship_changed(accepted, envelope(accepted, "e-2"), store)  # same revision
    completed = event(C.COMPLETED, MENTEE, revision=3)
    await mentorship_changed(completed, envelope(completed), store)
    notices = sorted((n["recipient"], n["kind"], n["subject_id"])
                     for n in fake.notifications.values())
    assert notices == [(MENTEE, "MENTORSHIP_ACCEPTED", "m-1"),
                       (MENTEE, "MENTORSHIP_FEEDBACK_REQUESTED", "m-1"),
                       (MENTOR, "MENTORSHIP_COMPLETED", "m-1"),
                       (MENTOR, "MENTORSHIP_FEEDBACK_REQUESTED", "m-1")]


def test_an_organization_s_resolution_tells_both_people_its_note() -> None:
    told = mentorship_notices(event(C.ENDED_BY_ADMIN, "org-1", reason="payment was asked"))
    assert [title for _, title, _ in told] == ["Your mentorship was ended"] * 2
    assert all(body.endswith("ended the mentorship. Their note: “payment was asked”")
               for _, _, body in told)
