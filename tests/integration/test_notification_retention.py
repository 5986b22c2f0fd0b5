"""Retention on real FerretDB: old records go, recent ones and pending emails stay, and with two
instances pruning at once each collection is pruned by one of them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.retention import Retention, rules
from services.notifications.settings import Settings
from tests.servers import Servers

pytestmark = pytest.mark.integration


@pytest.fixture
async def db(servers: Servers, unique: str) -> AsyncIterator[AsyncDatabase[dict[str, Any]]]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(servers.mongodb_url,
                                                                tz_aware=True)
    found = client[f"t{unique}_notifications"]
    yield found
    await client.drop_database(found.name)
    await client.close()


async def test_old_records_are_pruned_once_across_two_instances(
        db: AsyncDatabase[dict[str, Any]]) -> None:
    now = datetime.now(UTC)
    old, recent = now - timedelta(days=100), now - timedelta(days=1)
    await db.email_deliveries.insert_many([
        {"_id": "sent-old", "status": "sent", "created_at": old},
        {"_id": "pending-old", "status": "pending", "created_at": old},
        {"_id": "sent-recent", "status": "sent", "created_at": recent}])
    await db.digest_items.insert_many([{"_id": "item-old", "created_at": old},
                                       {"_id": "item-recent", "created_at": recent}])
    await db.ledger.insert_many([{"_id": "event-old", "created_at": old, "entries": {}},
                                 {"_id": "event-recent", "created_at": recent, "entries": {}}])
    await db.webhook_attempts.insert_many([{"_id": "m#1", "at": old}, {"_id": "m#2", "at": recent}])
    settings = Settings()
    first, second = (Retention(db, rules(settings)) for _ in range(2))

    done = await asyncio.gather(first.prune(now), second.prune(now))
    assert sorted(name for pruned in done for name in pruned) == sorted(
        ["email_deliveries", "digest_items", "digest_slots", "ledger", "webhook_attempts"])
    assert sum(count for pruned in done for count in pruned.values()) == 4
    assert sorted(await db.email_deliveries.distinct("_id")) == ["pending-old", "sent-recent"]
    assert await db.digest_items.distinct("_id") == ["item-recent"]
    assert await db.ledger.distinct("_id") == ["event-recent"]
    assert await db.webhook_attempts.distinct("_id") == ["m#2"]
    assert await first.prune(now) == {}  # today's run is done
