"""A mentorship's message thread on the real MongoDB-protocol server: only an ACTIVE or PAUSED
mentorship takes messages, only its two people write or read them, the thread reads oldest
first, and each message carries its event for the other side in its one insert."""

from __future__ import annotations

import asyncio

import pytest

from services.matching.mentorship.messages import COLLECTION, Messages
from smartpick.events.mentorships import MentorshipChange
from smartpick.outbox import FIELD, Outbox
from tests.integration.test_mentorship_lifecycle import Mentoring, mentoring, refusal

pytestmark = pytest.mark.integration
__all__ = ["mentoring"]


async def test_the_two_people_write_and_read_a_thread_while_it_is_under_way(
        mentoring: Mentoring) -> None:
    messages = Messages(mentoring.db, Outbox("/matching", relay=None), mentoring.lifecycle)
    await mentoring.mentor("m-1")
    asked = await mentoring.request("e-1", "m-1")
    assert await refusal(messages.send(asked["_id"], "e-1", "hi")) == (409, "CONFLICT")
    await mentoring.lifecycle.respond(asked["_id"], "m-1", accept=True, reason=None)
    await asyncio.gather(*(messages.send(asked["_id"], side, f"{side} {n}")
                           for n in range(5) for side in ("e-1", "m-1")))
    assert await refusal(messages.send(asked["_id"], "x-1", "let me in")) == (404, "NOT_FOUND")
    assert await refusal(messages.page(asked["_id"], "x-1", 0, 20)) == (404, "NOT_FOUND")
    for side in ("e-1", "m-1"):
        found, total = await messages.page(asked["_id"], side, 0, 20)
        assert total == 10 and len({m["_id"] for m in found}) == 10
        assert [m["at"] for m in found] == sorted(m["at"] for m in found)
    [first], _ = await messages.page(asked["_id"], "e-1", 0, 1)
    stored = await mentoring.db[COLLECTION].find_one({"_id": first["_id"]})
    assert stored is not None and len(stored[FIELD]) == 1
    assert stored[FIELD][0]["envelope"]["type"].endswith("message-posted.v1")
    active = await mentoring.store.get(asked["_id"])
    assert active is not None
    await mentoring.lifecycle.change(active, MentorshipChange.COMPLETED, "mentor", "m-1")
    assert await refusal(messages.send(asked["_id"], "e-1", "late")) == (409, "CONFLICT")
