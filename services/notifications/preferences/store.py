"""MongoDB access of preferences: one document per person, written only on their behalf (their
own requests, or their click on an unsubscribe link) and read by every send, so a change
takes effect for the next event."""

from __future__ import annotations

from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.catalogue import Category
from services.notifications.preferences.model import Preferences, PreferencesUpdate
from smartpick.mongo import Document


class PreferencesStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def get(self, account_id: str) -> Preferences:
        """Theirs, or the defaults while they chose nothing."""
        found = await self._db.preferences.find_one({"_id": account_id})
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
        return await self._put(account_id, (await self.get(account_id)).merged(update))

    async def email_off(self, account_id: str, category: Category) -> Preferences:
        return await self._put(account_id, (await self.get(account_id)).email_off(category))
