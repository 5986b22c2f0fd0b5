"""An organization's webhooks in GraphQL: endpoints, the messages sent to each and their
attempts, kept and delivered by the notifications service (services/notifications/webhooks/).

Everything here is for organization accounts (others: FORBIDDEN); another organization's
endpoint or message is NOT_FOUND. A URL the SSRF guard refuses is BAD_USER_INPUT naming the
rule, with the message on the ``url`` field (``extensions.fields``) like the service's other
refusals of a field. A signing secret is served twice only: at creation and at rotation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.scalars import JSON

from gateway.accounts import Account
from gateway.clients import call
from gateway.common import GraphInfo, PageInfo, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.errors import coded, error_code
from gateway.mapping import from_json
from gateway.urls import service_url
from services.notifications.webhooks.ssrf import REFUSED_BY


async def notifications(info: GraphInfo, method: str, *path: str, **kwargs: Any) -> Any:
    """The notifications service's webhook route at ``path``, called as the signed-in caller."""
    context = info.context
    context.require_principal()
    return await call(context.http, method, service_url(
        context.settings.notifications_url, "webhooks", *path), context.token, **kwargs)


async def _url_checked(info: GraphInfo, method: str, *path: str, body: dict[str, Any]) -> Any:
    """``notifications`` for a write naming a URL: the service refuses an SSRF-unsafe URL with a
    400 (not a 422 of the field), so its message is put on the ``url`` field here, where the
    form shows its other field errors."""
    try:
        return await notifications(info, method, *path, json=body)
    except GraphQLError as error:
        if error_code(error) != "BAD_USER_INPUT" or not error.message.startswith(REFUSED_BY):
            raise
        raise coded(error.message, "BAD_USER_INPUT",
                    fields=[{"field": "url", "message": error.message}]) from error


@strawberry.type(description="One try to deliver a webhook message.")
class WebhookAttempt:
    attempt: int = strawberry.field(description="1 for the first, one more per retry.")
    at: datetime
    finished_at: datetime | None = strawberry.field(description="Null while in flight.")
    ok: bool | None
    status: int | None = strawberry.field(description="The HTTP status answered, if any.")
    excerpt: str = strawberry.field(description="The start of the answer's body.")
    duration_seconds: float | None
    error: str | None


@strawberry.type(description="A platform event as sent to one endpoint.")
class WebhookMessage:
    id: strawberry.ID = strawberry.field(description="Its webhook-id header.")
    event_type: str
    event_id: str
    status: str = strawberry.field(description="pending, delivered or failed.")
    attempt_count: int
    payload: str = strawberry.field(description="The JSON body sent, exactly.")
    created_at: datetime
    delivered_at: datetime | None
    last_error: str | None

    @strawberry.field(description="Every attempt, in order.", metadata=cost(SERVICE))
    async def attempts(self, info: GraphInfo) -> list[WebhookAttempt]:
        found = await notifications(info, "GET", "messages", str(self.id), "attempts")
        return [from_json(WebhookAttempt, attempt) for attempt in found]


@strawberry.type
class WebhookMessageEdge:
    cursor: str
    node: WebhookMessage


@strawberry.type
class WebhookMessageConnection:
    total_count: int
    page_info: PageInfo
    edges: list[WebhookMessageEdge]


@strawberry.type(description="Where my organization receives the platform's events.")
class WebhookEndpoint:
    id: strawberry.ID
    url: str
    event_types: list[str]
    description: str
    enabled: bool
    disabled_reason: str | None = strawberry.field(
        description="Why delivery switched it off (410 Gone, failing for days); enabling it "
                    "again clears this.")
    created_at: datetime
    updated_at: datetime

    @strawberry.field(description="Messages sent to it, newest first.", metadata=cost(SERVICE))
    async def messages(self, info: GraphInfo, first: int = 20,
                       after: str | None = None) -> WebhookMessageConnection:
        page = await notifications(info, "GET", "endpoints", str(self.id), "messages",
                                   params=page_params(first, after))
        edges = [WebhookMessageEdge(cursor=item["cursor"], node=from_json(WebhookMessage, item))
                 for item in page["items"]]
        return WebhookMessageConnection(total_count=page["total"], page_info=page_info(page),
                                        edges=edges)


@strawberry.type(description="An endpoint with its signing secret: served at creation and "
                             "rotation only.")
class WebhookEndpointWithSecret(WebhookEndpoint):
    secret: str = strawberry.field(description="The whsec_ secret: keep it, it is not shown "
                                               "again.")


@strawberry.type(description="An event type an endpoint may subscribe to.")
class WebhookEventType:
    type: str
    json_schema: JSON = strawberry.field(description="JSON Schema of the message's data.")


@strawberry.type(description="Messages queued to be sent (again).")
class WebhookMessagesQueued:
    message_ids: list[strawberry.ID]


@strawberry.input
class CreateWebhookEndpointInput:
    url: str = strawberry.field(description="https URL (http only where an operator allows).")
    event_types: list[str] = strawberry.field(description="From webhookEventTypes.")
    description: str = ""


@strawberry.input
class UpdateWebhookEndpointInput:
    url: str | None = None
    event_types: list[str] | None = None
    description: str | None = None


@strawberry.field(description="My organization's webhook endpoints (organization accounts).",
                  metadata=cost(SERVICE))
async def my_webhook_endpoints(root: Account, info: GraphInfo) -> list[WebhookEndpoint]:
    return [from_json(WebhookEndpoint, item) for item in
            await notifications(info, "GET", "endpoints")]


@strawberry.field(description="One of my organization's webhook endpoints (organization "
                              "accounts); another organization's is NOT_FOUND, as an unknown "
                              "one. Reads one endpoint, where webhookEndpoints reads them all.",
                  metadata=cost(SERVICE))
async def my_webhook_endpoint(info: GraphInfo, id: strawberry.ID) -> WebhookEndpoint:
    return from_json(WebhookEndpoint, await notifications(info, "GET", "endpoints", str(id)))


@strawberry.field(description="The event types webhooks offer, each with its payload's schema "
                              "(organization accounts).", metadata=cost(SERVICE))
async def webhook_event_types(info: GraphInfo) -> list[WebhookEventType]:
    return [WebhookEventType(type=item["type"], json_schema=item["json_schema"])
            for item in await notifications(info, "GET", "event-types")]


@strawberry.mutation(description="Register a webhook endpoint; its secret is served this once.",
                     metadata=cost(SERVICE))
async def create_webhook_endpoint(info: GraphInfo, input: CreateWebhookEndpointInput
                                  ) -> WebhookEndpointWithSecret:
    body = {"url": input.url, "event_types": input.event_types,
            "description": input.description}
    return from_json(WebhookEndpointWithSecret,
                     await _url_checked(info, "POST", "endpoints", body=body))


@strawberry.mutation(description="Change an endpoint's URL, event types or description.",
                     metadata=cost(SERVICE))
async def update_webhook_endpoint(info: GraphInfo, id: strawberry.ID,
                                  input: UpdateWebhookEndpointInput) -> WebhookEndpoint:
    body = {"url": input.url, "event_types": input.event_types,
            "description": input.description}
    return from_json(WebhookEndpoint, await _url_checked(info, "PATCH", "endpoints", str(id),
                                                        body=body))


@strawberry.mutation(description="A new signing secret, served this once; the old one keeps "
                                 "signing too for 24 hours.", metadata=cost(SERVICE))
async def rotate_webhook_secret(info: GraphInfo, id: strawberry.ID) -> WebhookEndpointWithSecret:
    return from_json(WebhookEndpointWithSecret,
                     await notifications(info, "POST", "endpoints", str(id), "secret"))


@strawberry.mutation(description="Disable an endpoint, or enable it again.",
                     metadata=cost(SERVICE))
async def set_webhook_endpoint_enabled(info: GraphInfo, id: strawberry.ID,
                                       enabled: bool) -> WebhookEndpoint:
    return from_json(WebhookEndpoint, await notifications(
        info, "PUT", "endpoints", str(id), "enabled", json={"enabled": enabled}))


@strawberry.mutation(description="Send an org.smartpick.webhook.test.v1 message to this "
                                 "endpoint only.", metadata=cost(SERVICE))
async def send_test_webhook(info: GraphInfo, id: strawberry.ID) -> WebhookMessagesQueued:
    return from_json(WebhookMessagesQueued,
                     await notifications(info, "POST", "endpoints", str(id), "test"))


@strawberry.mutation(description="Send one message again, delivered or failed.",
                     metadata=cost(SERVICE))
async def replay_webhook_message(info: GraphInfo, id: strawberry.ID) -> WebhookMessagesQueued:
    return from_json(WebhookMessagesQueued,
                     await notifications(info, "POST", "messages", str(id), "replay"))


@strawberry.mutation(description="Send again every message of the endpoint that failed, made "
                                 "since ``since``.", metadata=cost(SERVICE))
async def recover_webhook_messages(info: GraphInfo, endpoint_id: strawberry.ID,
                                   since: datetime) -> WebhookMessagesQueued:
    return from_json(WebhookMessagesQueued, await notifications(
        info, "POST", "endpoints", str(endpoint_id), "recover",
        json={"since": since.isoformat()}))
