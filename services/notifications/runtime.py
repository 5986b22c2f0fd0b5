"""The notifications service's typed runtime: what one process owns and shares."""

from __future__ import annotations

from functools import partial

from services.notifications.calendar.reminders import CalendarReminders
from services.notifications.calendar.season import load_season
from services.notifications.calendar.store import CalendarStore
from services.notifications.dispatch import Dispatcher, Links
from services.notifications.email.digest import DigestSender, DigestStore
from services.notifications.email.sender import EmailSender
from services.notifications.email.store import DeliveriesStore
from services.notifications.handlers import HANDLERS, WEBHOOK_HANDLERS
from services.notifications.in_app.store import NotificationsStore
from services.notifications.in_app.upgrade import index_stored
from services.notifications.ledger.store import LedgerStore
from services.notifications.people.store import PeopleStore
from services.notifications.preferences.store import PreferencesStore
from services.notifications.retention import Retention, rules
from services.notifications.settings import Settings
from services.notifications.webhooks.endpoints import EndpointsStore
from services.notifications.webhooks.handlers import Webhooks
from services.notifications.webhooks.notice import DisabledNotice
from services.notifications.webhooks.store import MessagesStore
from services.notifications.webhooks.worker import WebhookWorker
from smartpick.periodic import every
from smartpick.registry import combined
from smartpick.service import ServiceRuntime


class NotificationsRuntime(ServiceRuntime[Settings]):
    def __init__(self, settings: Settings) -> None:
        # notices stage their NotificationAdded (the live feed's source) in their own document
        super().__init__(settings, outbox_collections=("notifications",))
        self.store = NotificationsStore(self.db, self.outbox)
        self.deliveries = DeliveriesStore(self.db)
        self.sender = EmailSender(self.deliveries, settings)
        self.people = PeopleStore(self.db)
        self.preferences = PreferencesStore(self.db)
        links = Links(settings.web_base_url, settings.public_api_url,
                      settings.require_jwt_secret())
        self.digest_store = digests = DigestStore(self.db)
        ledger = LedgerStore(self.db)
        self.dispatcher = Dispatcher(self.store, self.people, self.preferences,
                                     self.deliveries, digests, self.sender, links, ledger)
        self.digests = DigestSender(digests, self.deliveries, self.sender, self.people,
                                    self.preferences, links.digest_footer())
        endpoints, messages = EndpointsStore(self.db), MessagesStore(self.db)
        self.webhooks = Webhooks(endpoints, messages, WebhookWorker(
            messages, endpoints, settings, DisabledNotice(self.dispatcher)), ledger)
        self.handlers = combined(HANDLERS.bind(self.dispatcher),
                                 WEBHOOK_HANDLERS.bind(self.webhooks))
        self.workers["webhook-delivery"] = self.webhooks.worker.run
        self.workers["email-sender"] = self.sender.run
        self.workers["email-digest"] = partial(
            every, settings.digest_poll_seconds, job=self.digests.send_due,
            what="sending digests")
        self.calendar = CalendarReminders(load_season(settings.calendar_file),
                                          CalendarStore(self.db), self.dispatcher)
        self.workers["calendar-reminders"] = partial(
            every, settings.calendar_poll_seconds, job=self.calendar.run_once,
            what="sending calendar reminders")
        self.workers["retention"] = partial(
            every, settings.retention_poll_seconds,
            job=Retention(self.db, rules(settings)).prune, what="pruning old records")

    async def prepare(self) -> None:
        await self.store.ensure_indexes()
        await index_stored(self.db, self.store.index)
        await self.webhooks.messages.ensure_indexes()
        await self.webhooks.endpoints.list_existing()
        await self.digest_store.list_existing()
