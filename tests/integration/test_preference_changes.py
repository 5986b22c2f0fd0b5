"""A person's preference changes at once, on the real MongoDB-protocol server: each reads the
stored choices and writes them back with its own, so none may be lost to another."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.notifications.catalogue import Category
from services.notifications.preferences.model import PreferencesUpdate
from services.notifications.preferences.store import PreferencesStore

pytestmark = pytest.mark.integration


async def test_an_unsubscribe_click_during_a_save_is_kept(
    mongo: AsyncMongoClient[dict[str, Any]], unique: str,
) -> None:
    store = PreferencesStore(mongo[f"preference_changes_{unique}"])
    await asyncio.gather(store.update("p-1", PreferencesUpdate(digest_hour=7)),
                         store.email_off("p-1", Category.MENTORSHIP),
                         store.update("p-1", PreferencesUpdate(email_digest=False)),
                         store.update("p-1", PreferencesUpdate(time_zone="Asia/Karachi")))
    kept = await store.get("p-1")
    assert (kept.digest_hour, kept.email_digest, kept.time_zone) == (7, False, "Asia/Karachi")
    assert [(c.category, c.email) for c in kept.channels] == [(Category.MENTORSHIP, False)]
