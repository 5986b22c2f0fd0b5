"""Mentor suggestions on the real servers: matching, consuming applicants' profile events from
Kafka, publishes one MentorSuggestionsReady per meaningful change whose best mentors differ,
none for score-only updates (which run no mentor search), and none again for a redelivery."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from pymongo import AsyncMongoClient

from services.matching.handlers import HANDLERS, Dependencies
from services.matching.mentorship.claims import Claims
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.organization_members import OrganizationMembers
from services.matching.mentorship.search import Suggestion
from services.matching.mentorship.store import MentorshipStore
from services.matching.mentorship.suggestion_push import COLLECTION, LAST, MentorSuggestions
from services.matching.model_registry.registry import ModelCache, ModelRegistry
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.ranking import Rankings
from services.matching.recommendations.store import MatchingStore
from smartpick.events import ApplicantProfileUpdated, MentorProfileUpdated, MentorSuggestionsReady
from smartpick.events.envelope import from_kafka
from smartpick.events.mentors import MentorProfile
from smartpick.events.models import ApplicantProfile
from smartpick.outbox import Outbox
from smartpick.publisher import envelope_for
from smartpick.relay import OutboxRelay
from smartpick.topics import ensure_topics
from tests.integration.harness import Platform, wait_until
from tests.servers import Servers
from tests.unit.engine.builders import catalog

pytestmark = pytest.mark.integration
START = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)


class CountedSuggestions(MentorSuggestions):
    """Matching's suggestions, counting the mentor searches they run."""

    searches = 0

    async def top_for(self, applicant_id: str, profile: ApplicantProfile,
                      profile_at: datetime) -> list[Suggestion]:
        self.searches += 1
        return await super().top_for(applicant_id, profile, profile_at)


@dataclass
class Matching:
    suggestions: CountedSuggestions
    store: MatchingStore


@pytest.fixture
async def platform(servers: Servers, mongo: AsyncMongoClient[dict[str, Any]],
                   unique: str) -> AsyncIterator[Platform]:
    found = Platform(servers.kafka_bootstrap, mongo, f"t{unique}.")
    await ensure_topics(servers.kafka_bootstrap, prefix=found.prefix)
    yield found
    await mongo.drop_database(found.db.name)


@pytest.fixture
async def matching(platform: Platform) -> AsyncIterator[Matching]:
    """Matching's handlers, consumer and relay as its runtime wires them."""
    db, publisher = platform.db, platform.publisher()
    await publisher.start()
    relay = OutboxRelay([db.applicants, db[COLLECTION]], publisher, sweep_seconds=0.5)
    relay_task = asyncio.create_task(relay.run())
    outbox = Outbox("/matching", relay)
    store, directory, mentorships = MatchingStore(db, outbox), MentorDirectory(db), \
        MentorshipStore(db, outbox)
    slots, requests, pairs, mentees = (Claims(db, kind)
                                       for kind in ("slot", "request", "pair", "mentee"))
    catalog_cache = CatalogCache(store)
    rankings = Rankings(catalog_cache, ModelCache(ModelRegistry(db)))
    suggestions = CountedSuggestions(db, outbox, directory, mentorships, pairs, rankings)
    await store.save_programs(catalog(20, seed=3, specialties=("Internal Medicine",)))
    for n, language in enumerate(["ur", "ur", "hi", "hi"]):
        await directory.keep(MentorProfileUpdated(
            mentor_id=f"m-{n}", updated_at=START, profile=MentorProfile(
                position="attending", specialty="Surgery-General", institution="Mercy",
                languages=[language, "en"], topics=["wellbeing"], capacity=2)))
    handlers = HANDLERS.bind(Dependencies(store, catalog_cache, rankings, OutcomeStore(db),
                                          directory, Lifecycle(mentorships, directory, slots,
                                                               requests, pairs, mentees),
                                          suggestions, OrganizationMembers(db)))
    consumer = platform.consumer(handlers, publisher, group="matching")
    await consumer.start()
    consumer_task = asyncio.create_task(consumer.run())
    yield Matching(suggestions, store)
    consumer.stop()
    await consumer_task
    relay.stop()
    await relay_task
    await publisher.stop()


def profile(step2: int = 240, languages: tuple[str, ...] = ("ur",),
            time_zone: str | None = None) -> ApplicantProfile:
    return ApplicantProfile.model_validate({
        "applicant_type": "us_md", "graduation_year": 2024, "step2_score": step2,
        "specialties": ["Internal Medicine"],
        "mentee": {"goals": ["cv"], "languages": list(languages), "time_zone": time_zone}})


async def suggested(platform: Platform, at_least: int,
                    quiet: float = 3.0) -> list[MentorSuggestionsReady]:
    """Every suggestion event on the topic once ``at_least`` came and then ``quiet`` passed."""
    reader = AIOKafkaConsumer(platform.prefix + MentorSuggestionsReady.topic,
                              bootstrap_servers=platform.bootstrap, auto_offset_reset="earliest",
                              enable_auto_commit=False)
    await reader.start()
    found: list[MentorSuggestionsReady] = []
    deadline, quiet_since = time.monotonic() + 60, time.monotonic()
    try:
        while time.monotonic() < deadline and (
                len(found) < at_least or time.monotonic() - quiet_since < quiet):
            batches = await reader.getmany(timeout_ms=500)
            for record in (r for batch in batches.values() for r in batch):
                envelope = from_kafka(record.key, record.value, list(record.headers))
                if envelope.type == MentorSuggestionsReady.event_type:
                    found.append(MentorSuggestionsReady.model_validate(envelope.data))
                    quiet_since = time.monotonic()
    finally:
        await reader.stop()
    return found


async def handled(matching: Matching, at: datetime) -> None:
    async def kept() -> bool:
        record = await matching.store.applicant_record("a-1")
        return record is not None and record["profile_at"].replace(tzinfo=UTC) >= at
    await wait_until(kept)


async def test_one_push_per_meaningful_change_none_for_scores_none_again_on_redelivery(
    platform: Platform, matching: Matching,
) -> None:
    publisher = platform.publisher()
    await publisher.start()
    try:
        async def send(number: int, changed: ApplicantProfile, event_id: str | None = None
                       ) -> datetime:
            at = START + timedelta(minutes=number)
            event = ApplicantProfileUpdated(applicant_id="a-1", profile=changed, updated_at=at)
            await publisher.send(event.topic, envelope_for(event, "/profiles",
                                                           event_id or f"e-{number}"))
            return at

        await handled(matching, await send(1, profile()))  # preferences for the first time
        assert matching.suggestions.searches == 1
        for n in range(2, 22):  # score-only updates: no mentor search at all
            last = await send(n, profile(step2=200 + n))
        await handled(matching, last)
        assert matching.suggestions.searches == 1
        # meaningful, but the same best mentors (none has a time zone): searched, not pushed
        await handled(matching, await send(30, profile(time_zone="Asia/Karachi")))
        assert matching.suggestions.searches == 2
        switched = profile(languages=("hi",), time_zone="Asia/Karachi")
        await handled(matching, await send(31, switched))
        assert matching.suggestions.searches == 3
        await send(31, switched, "e-31")  # Kafka redelivers the same event
        # and a process that died right after the push's insert, before the set last pushed
        # and the profile were written, handles it again against what was kept before
        pointers = platform.db[LAST]
        await pointers.replace_one({"_id": "a-1"}, {"mentor_ids": ["m-0", "m-1"]})
        kept = await matching.store.kept_applicant("a-1")
        assert not await matching.suggestions.profile_changed(
            "a-1", switched, START + timedelta(minutes=31),
            {**kept, "profile": profile(time_zone="Asia/Karachi").model_dump(mode="json"),
             "profile_at": START + timedelta(minutes=30)})
        assert matching.suggestions.searches == 4  # searched again, lost the insert
        repaired = await pointers.find_one({"_id": "a-1"})
        assert repaired is not None and sorted(repaired["mentor_ids"]) == ["m-2", "m-3"]
    finally:
        await publisher.stop()

    events = await suggested(platform, at_least=2)
    assert [sorted(m.mentor_id for m in e.mentors) for e in events] == [["m-0", "m-1"],
                                                                       ["m-2", "m-3"]]
    assert [e.profile_at for e in events] == [START + timedelta(minutes=1),
                                              START + timedelta(minutes=31)]
    assert events[1].mentors[0].reasons == ["speaks Hindi"]
    assert await platform.db[COLLECTION].count_documents({}) == 2
