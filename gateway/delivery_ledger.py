"""`deliveryLedger(eventId)`: what became of one platform event, as far as the caller may see it
(the notifications service's ledger: what they were told on each channel; for an organization,
what its webhook endpoints were sent). The event ids come with each notification (`eventId`)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.clients import call
from gateway.common import GraphInfo
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url
from gateway.webhooks import WebhookAttempt


@strawberry.type
class DeliveryLedgerEntry:
    channel: str = strawberry.field(description="IN_APP, LIVE, EMAIL or WEBHOOK.")
    result: str = strawberry.field(description="What was decided when the event was handled.")
    at: datetime
    recipient: strawberry.ID | None
    kind: str | None
    ref: strawberry.ID | None = strawberry.field(
        description="The notice, email delivery or webhook message it made.")
    endpoint_id: strawberry.ID | None
    detail: str | None
    outcome: str | None = strawberry.field(
        description="What became of an email or webhook message since (pending, sent, ...).")
    attempts: int | None = strawberry.field(description="How many attempts were made.")
    attempt_log: list[WebhookAttempt] | None = strawberry.field(
        description="A webhook message's attempts, one by one, in order.")


@strawberry.type
class DeliveryLedger:
    event_id: strawberry.ID
    entries: list[DeliveryLedgerEntry]


@strawberry.field(description="Who was told what of one platform event, on which channel, when "
                              "and with what result; only what concerns me.",
                  metadata=cost(SERVICE))
async def delivery_ledger(info: GraphInfo, event_id: strawberry.ID) -> DeliveryLedger:
    context = info.context
    context.require_principal()
    url = service_url(context.settings.notifications_url, "delivery-ledger", event_id)
    return from_json(DeliveryLedger, await call(context.http, "GET", url, context.token))
