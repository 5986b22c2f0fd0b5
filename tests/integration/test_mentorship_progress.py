"""Goals and check-ins on the real MongoDB-protocol server: only an ACTIVE mentorship takes them,
only its two people see them, and racing changes of one goal's status each take their own
revision (one of two changes from the same revision is refused), so none is lost unseen."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from services.matching.mentorship.contract import Mentorship
from services.matching.mentorship.progress import MentorshipProgress
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import GoalStatus, MentorshipChange
from smartpick.http_errors import Refused
from tests.integration.test_mentorship_lifecycle import Mentoring, mentoring, refusal

pytestmark = pytest.mark.integration
__all__ = ["mentoring"]


async def test_goals_and_check_ins_of_an_active_mentorship(mentoring: Mentoring) -> None:
    progress = MentorshipProgress.of(mentoring.db, mentoring.lifecycle)
    await mentoring.mentor("m-1")
    asked = await mentoring.request("e-1", "m-1")
    goal = progress.goals.add(asked["_id"], "e-1", "Draft", MentorTopic.CV, date(2027, 6, 1))
    assert await refusal(goal) == (409, "CONFLICT")
    await mentoring.lifecycle.respond(asked["_id"], "m-1", accept=True, reason=None)
    added = await progress.goals.add(asked["_id"], "e-1", "Statement",
                                     MentorTopic.PERSONAL_STATEMENT, date(2027, 6, 1))
    await progress.checkins.record(asked["_id"], "m-1", date(2026, 11, 20), "went well",
                                   date(2026, 12, 4))

    results = await asyncio.gather(
        *(progress.goals.set_status(asked["_id"], added["_id"], side, status)
          for side, status in (("e-1", GoalStatus.DONE), ("m-1", GoalStatus.DROPPED)) * 4),
        return_exceptions=True)
    kept = [r for r in results if not isinstance(r, BaseException)]
    assert all(isinstance(r, Refused) and r.code == "CONFLICT"
               for r in results if isinstance(r, BaseException))
    revisions = sorted(g["revision"] for g in kept)
    assert revisions == list(range(1, len(kept) + 1))
    last = max(kept, key=lambda g: g["revision"])
    for side in ("e-1", "m-1"):
        [seen] = await progress.goals.of(asked["_id"], side)
        assert (seen["status"], seen["revision"]) == (last["status"], last["revision"])
        [checkin] = await progress.checkins.of(asked["_id"], side)
        assert checkin["notes"] == "went well"
    assert await refusal(progress.goals.of(asked["_id"], "x-1")) == (404, "NOT_FOUND")
    assert await refusal(progress.checkins.of(asked["_id"], "x-1")) == (404, "NOT_FOUND")

    active = await mentoring.store.get(asked["_id"])
    assert active is not None
    await mentoring.lifecycle.change(active, MentorshipChange.COMPLETED, "mentee", "e-1")
    late = progress.checkins.record(asked["_id"], "e-1", date(2026, 12, 4), "", None)
    assert await refusal(late) == (409, "CONFLICT")


async def test_of_two_feedbacks_from_one_side_at_once_exactly_one_is_kept(
        mentoring: Mentoring) -> None:
    progress = MentorshipProgress.of(mentoring.db, mentoring.lifecycle)
    await mentoring.mentor("m-2")
    asked = await mentoring.request("e-2", "m-2")
    assert await refusal(progress.feedback.give(asked["_id"], "e-2", 5, "")) == (409, "CONFLICT")
    active = await mentoring.lifecycle.respond(asked["_id"], "m-2", accept=True, reason=None)
    await mentoring.lifecycle.change(active, MentorshipChange.COMPLETED, "mentor", "m-2")
    results = await asyncio.gather(*(progress.feedback.give(asked["_id"], "e-2", rating, "")
                                     for rating in (1, 2, 3, 4, 5)), return_exceptions=True)
    kept = [r for r in results if not isinstance(r, BaseException)]
    assert len(kept) == 1
    assert all(isinstance(r, Refused) and r.code == "CONFLICT" for r in results if r not in kept)
    mine = await progress.feedback.mine(asked["_id"], "e-2")
    assert mine is not None and mine["rating"] == kept[0]["rating"]
    assert await progress.feedback.mine(asked["_id"], "m-2") is None  # not the mentee's


async def test_contact_details_are_shown_only_while_active(mentoring: Mentoring) -> None:
    await mentoring.mentor("m-3")
    asked = await mentoring.lifecycle.request("e-3", "m-3", "Hello", [MentorTopic.CV],
                                              "e3@example.org")
    assert Mentorship.of(asked).contact is None  # not before the accept
    active = await mentoring.lifecycle.respond(asked["_id"], "m-3", accept=True, reason=None,
                                               contact="+1 555 0100")
    stored = await mentoring.store.get(asked["_id"])
    assert stored is not None
    for shown in (active, stored):
        contact = Mentorship.of(shown).contact
        assert contact is not None
        assert (contact.mentee, contact.mentor) == ("e3@example.org", "+1 555 0100")
    ended = await mentoring.lifecycle.change(stored, MentorshipChange.COMPLETED, "mentee", "e-3")
    assert Mentorship.of(ended).contact is None
