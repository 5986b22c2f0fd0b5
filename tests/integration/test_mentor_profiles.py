"""Mentor profiles on the real servers: each save and each verification goes out on
``profiles.mentors`` through the outbox with the mentor's whole state, and naming another
organization leaves the earlier verification behind."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.profiles.mentors.store import MentorsStore, NotTheirOrganization
from smartpick.events import MentorProfileUpdated, parse_event
from smartpick.events.envelope import from_kafka
from smartpick.events.mentors import MentorProfile
from smartpick.mongo import Document
from smartpick.outbox import Outbox
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from smartpick.topics import ensure_topics
from tests.integration.harness import Platform
from tests.integration.test_delivery import read_all
from tests.servers import Servers

pytestmark = pytest.mark.integration

PROFILE = MentorProfile.model_validate({
    "position": "attending", "specialty": "Internal Medicine", "institution": "Mercy Hospital",
    "state": "NY", "was_img": True, "training_country": "PK", "visa_paths": ["j1", "waiver"],
    "languages": ["ur", "en"], "time_zone": "America/New_York",
    "topics": ["interview_preparation", "visa"], "capacity": 3, "organization_id": "org-1"})


@pytest.fixture
async def mentors(servers: Servers, mongo: AsyncMongoClient[dict[str, Any]],
                  unique: str) -> AsyncIterator[tuple[MentorsStore, Platform]]:
    """The store as the profiles service builds it: its outbox wakes a running relay."""
    platform = Platform(servers.kafka_bootstrap, mongo, f"t{unique}.")
    await ensure_topics(servers.kafka_bootstrap, prefix=platform.prefix)
    publisher = Publisher(servers.kafka_bootstrap, "/profiles", topic_prefix=platform.prefix)
    await publisher.start()
    relay = OutboxRelay([platform.db.mentors, platform.db.mentor_verifications], publisher,
                        sweep_seconds=0.5)
    task = asyncio.create_task(relay.run())
    yield MentorsStore(platform.db, Outbox("/profiles", relay)), platform
    relay.stop()
    await task
    await publisher.stop()
    await mongo.drop_database(platform.db.name)


async def published(platform: Platform, count: int) -> list[MentorProfileUpdated]:
    records = await read_all(platform.bootstrap, platform.prefix + MentorProfileUpdated.topic,
                             count)
    assert len(records) == count and {r.key for r in records} == {b"m-1"}
    events = [parse_event(from_kafka(r.key, r.value, r.headers)) for r in records]
    mentor_events = [event for event in events if isinstance(event, MentorProfileUpdated)]
    assert len(mentor_events) == count
    return sorted(mentor_events, key=lambda event: event.updated_at)


async def test_a_save_and_a_verification_each_go_out_with_the_whole_mentor(
    mentors: tuple[MentorsStore, Platform],
) -> None:
    store, platform = mentors
    saved = await store.save_profile("m-1", PROFILE)
    [first] = await published(platform, 1)
    assert first == MentorProfileUpdated(mentor_id="m-1", profile=PROFILE, verified=False,
                                         updated_at=saved.updated_at)

    verified = await store.verify("m-1", "org-1", True)
    assert verified.verified and verified.updated_at > saved.updated_at
    assert await store.profile("m-1") == verified
    _, second = await published(platform, 2)
    assert second == MentorProfileUpdated(mentor_id="m-1", profile=PROFILE, verified=True,
                                          updated_at=verified.updated_at)


async def test_naming_another_organization_clears_the_verification_for_good(
    mentors: tuple[MentorsStore, Platform],
) -> None:
    store, _ = mentors
    await store.save_profile("m-1", PROFILE)
    await store.verify("m-1", "org-1", True)
    kept = await store.save_profile("m-1", PROFILE.model_copy(update={"capacity": 4}))
    assert kept.verified and kept.capacity == 4  # the same organization: still verified
    moved = await store.save_profile("m-1", PROFILE.model_copy(update={"organization_id": "o-2"}))
    assert not moved.verified
    with pytest.raises(NotTheirOrganization):
        await store.verify("m-1", "org-1", True)
    back = await store.save_profile("m-1", PROFILE)
    assert not back.verified  # org-1's decision predates the profile naming it again
    assert (await store.verify("m-1", "org-1", False)).verified is False
    assert (await store.verify("m-1", "org-1", True)).verified is True
    stored = await store.profile("m-1")
    assert stored is not None and stored.verified and stored.organization_id == "org-1"


class DecidingMeanwhile(MentorsStore):
    """The mentor's store, where the organization decides right after a save read its decision
    (the stored profile's) and before the save is written: the race the re-read after each
    write is for."""

    def __init__(self, store: MentorsStore, platform: Platform, outbox: Outbox) -> None:
        super().__init__(platform.db, outbox)
        self.organization = store
        self.pending = True

    async def _verification(self, mentor_id: str, mentor: Document) -> Document | None:
        found = await super()._verification(mentor_id, mentor)
        if self.pending and "_id" in mentor:  # the stored state's, read before the write
            self.pending = False
            await self.organization.verify(mentor_id, "org-1", True)
        return found


async def test_a_decision_made_during_a_save_goes_out_last_with_both_changes(
    mentors: tuple[MentorsStore, Platform],
) -> None:
    store, platform = mentors
    await store.save_profile("m-1", PROFILE)
    racing = DecidingMeanwhile(store, platform, Outbox("/profiles", relay=None))
    changed = PROFILE.model_copy(update={"capacity": 5})
    saved = await racing.save_profile("m-1", changed)
    assert saved.verified and saved.capacity == 5
    # by time: the first save; the racing save (unverified, as it read) and the decision (with
    # the capacity it read), in either order; the racing save again with both, the latest
    events = [(e.profile.capacity, e.verified) for e in await published(platform, 4)]
    assert events[0] == (3, False) and events[3] == (5, True)
    assert sorted(events[1:3]) == [(3, True), (5, False)]
    assert await store.profile("m-1") == saved


async def test_a_save_naming_the_same_organization_reads_its_decision_once_before_the_write(
    mentors: tuple[MentorsStore, Platform], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before the write, the stored profile's decision is the new one's too; after it, the
    decision is read again, for one the organization made meanwhile."""
    store, _ = mentors
    await store.save_profile("m-1", PROFILE)
    await store.verify("m-1", "org-1", True)
    reads: list[str] = []
    read = store._verification

    async def counted(mentor_id: str, mentor: Document) -> Document | None:
        reads.append(mentor_id)
        return await read(mentor_id, mentor)

    monkeypatch.setattr(store, "_verification", counted)
    saved = await store.save_profile("m-1", PROFILE.model_copy(update={"capacity": 2}))
    assert saved.verified and saved.capacity == 2
    assert len(reads) == 2
