"""Webhook writes that meet, on the real MongoDB-protocol server: a replay that lands while a
delivery's outcome is being written is queued again, not left pending with no queue entry, and
two rotations of an endpoint's secret at once both keep their secret."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.notifications.webhooks.endpoints import EndpointsStore, secrets_of
from services.notifications.webhooks.store import DELIVERED, PENDING, MessagesStore

pytestmark = pytest.mark.integration


class ReplayedMeanwhile(MessagesStore):
    """The store, where the organization replays the message just after its outcome was
    written and before its queue entry is dropped."""

    async def forget_queued(self, message_id: str) -> None:
        message = await self.message(message_id)
        assert message is not None and message["status"] == DELIVERED
        assert await self.send_again(message)
        await super().forget_queued(message_id)


async def test_a_replay_between_the_outcome_and_the_dequeue_is_queued(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    db = mongo[f"webhook_replay_{unique}"]
    store = ReplayedMeanwhile(db)
    await db.webhook_messages.insert_one({"_id": "msg-1", "endpoint_id": "ep-1",
                                          "status": PENDING, "attempts": 0})
    await db.webhook_pending.insert_one({"_id": "msg-1", "endpoint_id": "ep-1"})
    await store.delivered("msg-1", 1)
    message = await store.message("msg-1")
    assert message is not None and message["status"] == PENDING
    assert [entry["_id"] for entry in await store.pending()] == ["msg-1"]


async def test_two_rotations_at_once_both_store_their_secret(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    """Each rotation's answer is a secret the partner may install: both must sign for a day."""
    store = EndpointsStore(mongo[f"webhook_rotations_{unique}"])
    endpoint, first = await store.create("org-1", "https://partner.example/hooks",
                                         ["org.smartpick.test"], "")
    answered = await asyncio.gather(store.rotate_secret(endpoint), store.rotate_secret(endpoint))
    stored = await store.get(endpoint["_id"])
    assert stored is not None
    assert sorted(s.value for s in secrets_of(stored)) == sorted([first, *answered])
