"""Platform events to webhook messages: one per subscribed endpoint of each organization the
event concerns (audience.py), recorded by unique insert so a redelivered event adds nothing."""

from __future__ import annotations

from dataclasses import dataclass

from services.notifications.ledger.store import Entry, LedgerStore
from services.notifications.webhooks.audience import audience
from services.notifications.webhooks.endpoints import EndpointsStore
from services.notifications.webhooks.message import WebhookMessage, body, message_id
from services.notifications.webhooks.store import MessagesStore
from services.notifications.webhooks.visibility import visible_data
from services.notifications.webhooks.worker import WebhookWorker
from smartpick.events import CloudEvent, Event
from smartpick.mongo import Document

TEST_EVENT_TYPE = "org.smartpick.webhook.test.v1"
"""The type of the message ``sendTestWebhook`` sends: no platform event has it."""


@dataclass(frozen=True)
class Webhooks:
    """What the webhook handler and routes need."""

    endpoints: EndpointsStore
    messages: MessagesStore
    worker: WebhookWorker
    ledger: LedgerStore


def message_of(envelope: CloudEvent, endpoint_id: str) -> WebhookMessage:
    """The message about ``envelope`` for one endpoint, with only what its organization may see
    (visibility.py)."""
    return WebhookMessage(message_id(envelope, endpoint_id),
                          body(envelope.type, envelope.time, visible_data(envelope.data)))


async def event_to_messages(event: Event, envelope: CloudEvent, webhooks: Webhooks) -> None:
    organizations = audience(event)
    if not organizations:
        return
    entries = []
    for endpoint in await webhooks.endpoints.of_organizations(organizations):
        if endpoint["enabled"] and envelope.type in endpoint["event_types"]:
            message = message_of(envelope, endpoint["_id"])
            await webhooks.messages.record(message, endpoint, envelope.type, envelope.id)
            entries.append(Entry("WEBHOOK", "queued", endpoint["organization_id"],
                                 ref=message.id, endpoint_id=endpoint["_id"]))
    if entries:
        webhooks.worker.wake()
        await webhooks.ledger.record(envelope.id, entries)


async def send_test(endpoint: Document, webhooks: Webhooks) -> str:
    """Queue a test message to ``endpoint`` alone; its id. Each call is a new test event."""
    test = CloudEvent.new(source="/notifications/webhooks", type=TEST_EVENT_TYPE,
                          key=endpoint["_id"], data={"endpoint_id": endpoint["_id"]})
    message = message_of(test, endpoint["_id"])
    await webhooks.messages.record(message, endpoint, TEST_EVENT_TYPE, test.id)
    webhooks.worker.wake()
    return message.id
