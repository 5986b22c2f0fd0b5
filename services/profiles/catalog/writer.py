"""Stores imported programs in the profiles database and publishes their catalog events.

Used by `smartpick catalog import` and by `make up`'s demo seeding: it writes through the same
store as the service (so each change stages its event in the same write) and then publishes them
with an outbox relay of its own (the entries it staged, then a sweep of the pending list), so the
events go out even when the profiles service is not running.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.profiles.catalog.columns import ColumnMapping
from services.profiles.catalog.store import OUTBOX_COLLECTIONS, CatalogChange, CatalogStore
from services.profiles.settings import Settings
from smartpick.events.models import Program
from smartpick.mongo import connect
from smartpick.outbox import Outbox
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from smartpick.topics import ensure_topics


def fields_of(mapping: ColumnMapping) -> frozenset[str]:
    """The ``Program`` fields a mapping provides; the others are left as the catalog has them."""
    optional = ("institution", "city", "state", "positions", "sponsors_j1", "sponsors_h1b")
    return frozenset({"name", "specialty", *(f for f in optional if getattr(mapping, f))})


async def store_programs(programs: Sequence[Program], fields: frozenset[str] | None,
                         settings: Settings | None = None) -> CatalogChange:
    settings = settings or Settings()
    client = connect(settings.mongodb_url)
    db = client[settings.mongodb_database]
    publisher = Publisher(settings.kafka_bootstrap_servers, settings.source,
                          topic_prefix=settings.topic_prefix)
    relay = OutboxRelay([db[name] for name in OUTBOX_COLLECTIONS], publisher)
    store = CatalogStore(db, Outbox(settings.source, relay))  # hands the relay what it stages
    try:
        await ensure_topics(settings.kafka_bootstrap_servers, settings.topic_prefix)
        change = await store.upsert_programs(programs, fields)
        if change.created or change.changed:
            await publisher.start()
            await relay.publish_notified()
            # Whatever else is pending, such as the events of an import that died midway.
            await relay.publish_pending()
    finally:
        await publisher.stop()
        await client.close()
    return change
