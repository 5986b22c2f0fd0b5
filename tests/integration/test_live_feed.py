"""The live feed on the real servers: notices stored by the notifications store reach every
gateway replica's consumer (each in a group of its own), once each."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from gateway.live_feed import LiveConsumer, LiveFeed
from gateway.settings import Settings as GatewaySettings
from services.notifications.in_app.store import NotificationsStore
from smartpick.events import NotificationAdded
from smartpick.outbox import Outbox
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from smartpick.topics import ensure_topics
from tests.servers import Servers

pytestmark = pytest.mark.integration
SECRET = "integration-test-secret-of-32-characters-or-more"


@pytest.fixture
async def store(servers: Servers, mongo: AsyncMongoClient[dict[str, Any]],
                unique: str) -> AsyncIterator[NotificationsStore]:
    """The notifications store with its outbox and relay, as the service runs them."""
    prefix = f"t{unique}."
    await ensure_topics(servers.kafka_bootstrap, prefix=prefix)
    db = mongo[f"t{unique}_notifications"]
    publisher = Publisher(servers.kafka_bootstrap, "/notifications", topic_prefix=prefix)
    await publisher.start()
    relay = OutboxRelay([db.notifications], publisher, sweep_seconds=60)
    relaying = asyncio.create_task(relay.run())
    found = NotificationsStore(db, Outbox("/notifications", relay))
    await found.ensure_indexes()
    yield found
    relay.stop()
    await asyncio.wait_for(relaying, 30)
    await publisher.stop()
    await mongo.drop_database(db.name)


async def replica(servers: Servers, unique: str) -> tuple[LiveConsumer, LiveFeed]:
    feed = LiveFeed(queue_bound=10)
    consumer = LiveConsumer(GatewaySettings(
        jwt_secret=SECRET, kafka_bootstrap_servers=servers.kafka_bootstrap,
        topic_prefix=f"t{unique}."), feed)
    await consumer.start()
    return consumer, feed


async def test_two_gateway_replicas_each_receive_every_stored_notice_once(
        servers: Servers, store: NotificationsStore, unique: str) -> None:
    (first, first_feed), (second, second_feed) = [await replica(servers, unique)
                                                   for _ in range(2)]
    try:
        assert first.consumer.group_id != second.consumer.group_id
        with first_feed.subscription("ana") as on_first, \
                second_feed.subscription("ana") as on_second, \
                second_feed.subscription("bo") as someone_else:
            assert await store.add("n1", "ana", "K", "Title 1", "Body")
            assert not await store.add("n1", "ana", "K", "Title 1", "Body")  # handled again
            assert await store.add("n2", "ana", "K", "Title 2", "Body", subject_id="s2")
            for queue in (on_first, on_second):
                got: list[NotificationAdded] = [
                    await asyncio.wait_for(queue.get(), 30) for _ in range(2)]
                assert [(e.notification_id, e.subject_id) for e in got] == [
                    ("n1", None), ("n2", "s2")]
            await asyncio.sleep(2)  # time for a second n1, were one staged
            assert (len(on_first), len(on_second), len(someone_else)) == (0, 0, 0)
    finally:
        await first.stop()
        await second.stop()
