"""The notifications service's typed runtime: what one process owns and shares."""

from __future__ import annotations

from services.notifications.handlers import HANDLERS
from services.notifications.in_app.store import NotificationsStore
from services.notifications.settings import Settings
from smartpick.service import ServiceRuntime


class NotificationsRuntime(ServiceRuntime[Settings]):
    def __init__(self, settings: Settings) -> None:
        # notices stage their NotificationAdded (the live feed's source) in their own document
        super().__init__(settings, outbox_collections=("notifications",))
        self.store = NotificationsStore(self.db, self.outbox)
        self.handlers = HANDLERS.bind(self.store)

    async def prepare(self) -> None:
        await self.store.ensure_indexes()
