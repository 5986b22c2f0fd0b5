"""Mentorship notices: the other side is told of each transition, exactly once per person."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.notifications.notices.mentorship.changes import mentorship_changed
from smartpick.events import MentorshipChanged
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import MentorshipChange as C
from smartpick.events.mentorships import MentorshipStatus as S
from tests.unit.notifications.notices.fakes import FakeDispatcher, Sent, envelope

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


async def notices(changed: MentorshipChanged) -> list[Sent]:
    """The change's notices, without the feedback requests of a completed mentorship."""
    fake = FakeDispatcher()
    await mentorship_changed(changed, envelope(changed), fake.as_dispatcher())
    return [s for s in fake.sent if s.outgoing.kind != "MENTORSHIP_FEEDBACK_REQUESTED"]


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
async def test_the_other_side_is_told(change: C, actor: str | None, told: list[str]) -> None:
    sent = await notices(event(change, actor))
    assert [s.outgoing.recipient for s in sent] == told
    assert {s.outgoing.kind for s in sent} == {f"MENTORSHIP_{change.value.upper()}"}


async def test_a_request_notice_quotes_the_message_and_the_goals() -> None:
    [sent] = await notices(event(C.REQUESTED, MENTEE))
    assert sent.title == "New mentorship request"
    assert sent.body == ("An applicant asks you to mentor them (goals: personal statement). "
                         "Their message: “Could you review my personal statement?” "
                         "Accept or decline it in your mentorships.")


async def test_a_declined_notice_gives_the_mentor_s_reason() -> None:
    [sent] = await notices(event(C.DECLINED, MENTOR, reason="I am full this month"))
    assert sent.body.endswith("Their reason: “I am full this month”")


@pytest.mark.parametrize(("change", "actor", "reason", "title", "body"), [
    (C.ACCEPTED, MENTOR, None, "Your mentorship request was accepted",
     "Your mentor accepted: the mentorship is active."),
    (C.DECLINED, MENTOR, "full", "Your mentorship request was declined",
     "The mentor cannot take you on; other mentors may. Their reason: “full”"),
    (C.EXPIRED, None, None, "Your mentorship request expired",
     "The mentor did not answer in time. Look at your suggested mentors for another who is "
     "free now."),
    (C.WITHDRAWN, MENTEE, None, "A mentorship request was withdrawn",
     "An applicant's request to you is no longer open. They withdrew it."),
    (C.WITHDRAWN, None, None, "A mentorship request was withdrawn",
     "An applicant's request to you is no longer open. Another mentor accepted them."),
    (C.REPORTED, MENTEE, None, "Your mentorship is paused",
     "The other side reported a problem to the mentor's organization; it stays paused while "
     "they look into it."),
    (C.RESUMED, "org-1", None, "Your mentorship is active again",
     "The mentor's organization looked into the reported problem and resumed the mentorship."),
    (C.CANCELLED, MENTOR, "moving", "Your mentorship was cancelled",
     "The mentorship was cancelled by the other side. Their reason: “moving”"),
    (C.CANCELLED, None, "moving", "Your mentorship was cancelled",
     "The mentorship was cancelled."),
    (C.COMPLETED, MENTEE, None, "Your mentorship was completed",
     "The mentorship was completed by the other side."),
])
async def test_each_change_says_what_happened(change: C, actor: str | None, reason: str | None,
                                              title: str, body: str) -> None:
    sent = (await notices(event(change, actor, reason=reason)))[0]
    assert (sent.title, sent.body) == (title, body)


async def test_a_transition_redelivered_or_published_twice_notifies_once() -> None:
    fake = FakeDispatcher()
    dispatcher = fake.as_dispatcher()
    accepted = event(C.ACCEPTED, MENTOR)
    await mentorship_changed(accepted, envelope(accepted, "e-1"), dispatcher)
    await mentorship_changed(accepted, envelope(accepted, "e-1"), dispatcher)
    await mentorship_changed(accepted, envelope(accepted, "e-2"), dispatcher)  # same revision
    completed = event(C.COMPLETED, MENTEE, revision=3)
    await mentorship_changed(completed, envelope(completed), dispatcher)
    assert sorted(s.told for s in fake.stored) == [
        (MENTEE, "MENTORSHIP_ACCEPTED", "m-1"), (MENTEE, "MENTORSHIP_FEEDBACK_REQUESTED", "m-1"),
        (MENTOR, "MENTORSHIP_COMPLETED", "m-1"), (MENTOR, "MENTORSHIP_FEEDBACK_REQUESTED", "m-1")]


async def test_a_completed_mentorship_asks_both_sides_for_private_feedback() -> None:
    fake = FakeDispatcher()
    completed = event(C.COMPLETED, MENTEE, revision=3)
    await mentorship_changed(completed, envelope(completed), fake.as_dispatcher())
    asked = [s for s in fake.sent if s.outgoing.kind == "MENTORSHIP_FEEDBACK_REQUESTED"]
    assert [s.outgoing.recipient for s in asked] == [MENTEE, MENTOR]
    assert {(s.title, s.body) for s in asked} == {(
        "How was your mentorship?",
        "Rate it from 1 to 5 and say what helped: only you see your feedback, never the other "
        "side.")}


async def test_an_organization_s_resolution_tells_both_people_its_note() -> None:
    told = await notices(event(C.ENDED_BY_ADMIN, "org-1", reason="payment was asked"))
    assert [s.title for s in told] == ["Your mentorship was ended"] * 2
    assert all(s.body.endswith("ended the mentorship. Their note: “payment was asked”")
               for s in told)
