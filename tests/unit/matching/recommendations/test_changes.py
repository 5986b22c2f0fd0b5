"""The change notifier: one change for everyone per newly active model, even if the recording
process died; changes wait until they settle, then every follower is told once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import pytest
from prometheus_client import REGISTRY

from services.matching.model_registry.registry import ModelRegistry
from services.matching.recommendations.changes import ChangeNotifier
from services.matching.recommendations.ranking import Rankings
from services.matching.recommendations.store import MatchingStore
from smartpick.events import CloudEvent, RecommendationsReady
from smartpick.publisher import Publisher
from tests.integration.harness import profile_event


class Registry:
    def __init__(self) -> None:
        self.active, self.flagged = 1, 1

    async def active_version(self) -> int:
        return self.active

    async def flagged_version(self) -> int:
        return self.flagged

    async def set_flagged(self, version: int) -> None:
        self.flagged = version


class Store:
    def __init__(self) -> None:
        self.changes: dict[str, dict[str, Any]] = {}
        self.fail = False
        self.asked: list[list[str] | None] = []
        self.claims: set[str] = set()

    async def record_change(self, change_id: str, specialties: list[str] | None,
                            reason: str, at: datetime | None = None) -> bool:
        if self.fail:
            raise ConnectionError("the database went away")
        if change_id in self.changes:
            return False
        self.changes[change_id] = {"_id": change_id, "specialties": specialties,
                                   "reason": reason, "at": at or datetime.now(UTC)}
        return True

    async def pending_changes(self) -> list[dict[str, Any]]:
        return list(self.changes.values())

    async def forget_changes(self, change_ids: list[str]) -> None:
        for change_id in change_ids:
            self.changes.pop(change_id)

    async def followers(self, specialties: list[str] | None) -> AsyncIterator[dict[str, Any]]:
        self.asked.append(specialties)
        for n in range(3):
            yield {"_id": f"a-{n}", "profile": profile_event(f"a-{n}").profile.model_dump()}

    async def claim_for(self, claim_id: str, claim_for: timedelta) -> bool:
        if claim_id in self.claims:
            return False
        self.claims.add(claim_id)
        return True

    async def release(self, claim_id: str) -> None:
        self.claims.discard(claim_id)


class FakeRankings:
    async def counts(self, profiles: list[Any]) -> list[tuple[int, int]]:
        return [(5, 1) for _ in profiles]


class FakePublisher:
    source = "/matching"

    def __init__(self) -> None:
        self.sent: list[CloudEvent] = []

    async def send_many(self, events: list[tuple[str, CloudEvent]]) -> None:
        self.sent.extend(envelope for _, envelope in events)


def notifier(store: Store, registry: Registry | None = None,
             publisher: FakePublisher | None = None) -> ChangeNotifier:
    return ChangeNotifier(cast(MatchingStore, store), cast(ModelRegistry, registry or Registry()),
                          cast(Rankings, FakeRankings()),
                          cast(Publisher, publisher or FakePublisher()), quiet=1, longest=10)


async def test_a_new_active_model_is_recorded_once_for_everyone() -> None:
    store, registry = Store(), Registry()
    worker = notifier(store, registry)
    assert not await worker.follow_model()  # the shipped model: nothing to do
    registry.active = 2  # activated by the refit command in another process
    assert await worker.follow_model()
    assert not await worker.follow_model()
    assert list(store.changes) == ["model:2"] and registry.flagged == 2
    assert store.changes["model:2"]["specialties"] is None


async def test_recording_interrupted_is_done_again_later() -> None:
    store, registry = Store(), Registry()
    worker = notifier(store, registry)
    registry.active, store.fail = 3, True
    with pytest.raises(ConnectionError):
        await worker.follow_model()
    assert registry.flagged == 1  # not recorded: the next pass tries again
    store.fail = False
    assert await worker.follow_model()
    assert list(store.changes) == ["model:3"] and registry.flagged == 3


async def test_changes_wait_until_they_settle_then_each_follower_is_told_once() -> None:
    store, publisher = Store(), FakePublisher()
    worker = notifier(store, publisher=publisher)
    await store.record_change("catalog:b", ["Pediatrics"], "catalog")
    assert await worker.notify_pending() == 0  # still arriving
    long_ago = datetime.now(UTC) - timedelta(seconds=5)
    store.changes["catalog:b"]["at"] = long_ago
    await store.record_change("catalog:a", ["Internal Medicine"], "catalog", at=long_ago)
    assert await worker.notify_pending() == 3
    assert store.asked == [["Internal Medicine", "Pediatrics"]] and store.changes == {}
    events = [RecommendationsReady.model_validate(e.data) for e in publisher.sent]
    assert [e.applicant_id for e in events] == ["a-0", "a-1", "a-2"]
    assert {(e.reason, e.eligible_count, e.excluded_count) for e in events} == {("catalog", 5, 1)}
    assert len({e.id for e in publisher.sent}) == 3 and store.claims == set()


async def test_a_batch_told_again_after_a_crash_keeps_its_event_ids() -> None:
    long_ago = datetime.now(UTC) - timedelta(seconds=30)
    first, second = FakePublisher(), FakePublisher()
    for publisher in (first, second):  # the first pass died before forgetting the change
        store = Store()
        await store.record_change("model:4", None, "model", at=long_ago)
        assert await notifier(store, publisher=publisher).notify_pending() == 3
    assert [e.id for e in first.sent] == [e.id for e in second.sent]
    assert store.asked == [None]


async def test_a_batch_claimed_by_another_instance_is_left_to_it() -> None:
    store = Store()
    await store.record_change("model:5", None, "model", at=datetime.now(UTC) - timedelta(hours=1))
    store.claims.add("notify|model:5")
    assert await notifier(store).notify_pending() == 0
    assert "model:5" in store.changes


async def test_the_pending_changes_gauge_follows_what_the_notifier_read_and_told() -> None:
    store = Store()
    worker = notifier(store)
    await store.record_change("catalog:c", ["Surgery"], "catalog")
    await worker.notify_pending()  # still arriving: read, not told
    assert REGISTRY.get_sample_value("smartpick_matching_list_changes_pending") == 1
    store.changes["catalog:c"]["at"] = datetime.now(UTC) - timedelta(seconds=5)
    assert await worker.notify_pending() == 3
    assert REGISTRY.get_sample_value("smartpick_matching_list_changes_pending") == 0
