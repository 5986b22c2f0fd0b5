"""MongoDB access of preferences: one document per person, written only on their behalf (their
own requests, or their click on an unsubscribe link) and read by every send, so a change
takes effect for the next event. A change reads the stored choices and writes them back with
its own: one person's changes go one at a time in an instance, so an unsubscribe click landing
during a form's save is not overwritten by the choices the save read before it."""

from __future__ import annotations

from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.catalogue import Category
from services.notifications.preferences.model import Preferences, PreferencesUpdate
from smartpick.keyed_lock import KeyedLock
from smartpick.mongo import Document
from smartpick.shared_reads import SharedReads


class PreferencesStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._changing = KeyedLock()
        self._reads = SharedReads(db.preferences)
        """Every send reads the recipient's: those of a list change's recipients go in one
        query."""

    async def get(self, account_id: str) -> Preferences:
        """Theirs, or the defaults while they chose nothing."""
        found = await self._reads.get(account_id)
        if found is None:
            return Preferences()
        return Preferences.model_validate(found["preferences"])

    async def _put(self, account_id: str, preferences: Preferences) -> Preferences:
        await self._db.preferences.replace_one(
            {"_id": account_id},
            {"preferences": preferences.model_dump(mode="json"), "at": datetime.now(UTC)},
            upsert=True)
        return preferences

    async def update(self, account_id: str, update: PreferencesUpdate) -> Preferences:
        async with self._changing.one_at_a_time(account_id):
            return await self._put(account_id, (await self.get(account_id)).merged(update))

    async def email_off(self, account_id: str, category: Category) -> Preferences:
        async with self._changing.one_at_a_time(account_id):
            return await self._put(account_id, (await self.get(account_id)).email_off(category))
