"""Every applicant is flagged once per newly active model, even if the flagging process died."""

from __future__ import annotations

from typing import cast

import pytest

from services.matching.model_registry.registry import ModelCache, ModelRegistry
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.recompute import Recomputer
from services.matching.recommendations.store import MatchingStore


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
        self.causes: list[str] = []
        self.fail = False

    async def mark_all_stale(self, cause: str) -> int:
        if self.fail:
            raise ConnectionError("the database went away")
        self.causes.append(cause)
        return 0


def recomputer(store: Store, registry: Registry) -> Recomputer:
    return Recomputer(cast(MatchingStore, store), cast(CatalogCache, None),
                      cast(ModelRegistry, registry), cast(ModelCache, None))


async def test_a_new_active_model_flags_everyone_once() -> None:
    store, registry = Store(), Registry()
    worker = recomputer(store, registry)
    assert not await worker.follow_model()  # the shipped model: nothing to do
    registry.active = 2  # activated by the refit command in another process
    assert await worker.follow_model()
    assert not await worker.follow_model()
    assert store.causes == ["model:2"] and registry.flagged == 2


async def test_flagging_interrupted_is_done_again_later() -> None:
    store, registry = Store(), Registry()
    worker = recomputer(store, registry)
    registry.active, store.fail = 3, True
    with pytest.raises(ConnectionError):
        await worker.follow_model()
    assert registry.flagged == 1  # not recorded: the next pass tries again
    store.fail = False
    assert await worker.follow_model()
    assert store.causes == ["model:3"] and registry.flagged == 3
