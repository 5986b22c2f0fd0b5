"""An organization's webhook endpoints on real FerretDB: looked up through their slots by
``_id`` on every event (no filter on ``organization_id``, a scan there), endpoints created at
once each listed, and endpoints created before slots listed once at start-up."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.webhooks.endpoints import EndpointsStore
from tests.integration.harness import CommandFilters
from tests.servers import Servers

pytestmark = pytest.mark.integration


@pytest.fixture
async def watched(
        servers: Servers, unique: str,
) -> AsyncIterator[tuple[AsyncDatabase[dict[str, Any]], CommandFilters]]:
    filters = CommandFilters()
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        servers.mongodb_url, tz_aware=True, event_listeners=[filters])
    db = client[f"t{unique}_notifications"]
    yield db, filters
    await client.drop_database(db.name)
    await client.close()


async def test_endpoints_of_an_organization_are_looked_up_by_id(
        watched: tuple[AsyncDatabase[dict[str, Any]], CommandFilters]) -> None:
    db, filters = watched
    await db.webhook_endpoints.insert_one({  # created before slots
        "_id": "ep_old", "organization_id": "org-a", "url": "https://a.example/old",
        "event_types": [], "enabled": True, "secrets": [], "created_at": datetime(2026, 1, 1,
                                                                                  tzinfo=UTC)})
    store = EndpointsStore(db)
    assert await store.list_existing() == 1
    assert await store.list_existing() == 0  # once
    created = await asyncio.gather(*(store.create("org-a", f"https://a.example/{n}", [], "")
                                     for n in range(5)), store.create("org-b", "https://b", [], ""))
    filters.seen.clear()

    found = await store.of_organizations(["org-a"])
    assert found[0]["_id"] == "ep_old"
    assert sorted(e["_id"] for e in found) == sorted(
        ["ep_old", *(endpoint["_id"] for endpoint, _ in created[:5])])
    assert [e["_id"] for e in await store.of_organizations(["org-b", "org-c"])] == [
        created[5][0]["_id"]]
    watched_collections = ("webhook_endpoint_slots", "webhook_endpoints")
    assert all(filters.seen[collection] for collection in watched_collections)
    assert filters.not_by_id(watched_collections) == []
