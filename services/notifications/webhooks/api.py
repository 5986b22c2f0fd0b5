"""HTTP routes of an organization's webhooks: endpoints, their messages and attempts.

Only an ORG_ADMIN calls them (others get 403), and only about its own organization: another
organization's endpoint or message answers 404 like an unknown one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Query

from services.notifications.deps import ServiceSettings, WebhooksOf
from services.notifications.webhooks import models
from services.notifications.webhooks.audience import OFFERED
from services.notifications.webhooks.handlers import send_test
from services.notifications.webhooks.ssrf import REFUSED_BY, UrlRefused, check_url
from services.notifications.webhooks.visibility import visible_schema
from smartpick.auth import CurrentPrincipal, organization_of
from smartpick.http_errors import Refused, errors
from smartpick.mongo import Document
from smartpick.paging import After, decode_cursor, encode_cursor

router = APIRouter(prefix="/webhooks", tags=["webhooks"], responses=errors(401, 403))
ONLY_ORGANIZATIONS = "only an organization's admin manages its webhooks"
MISSING = 404, "no such webhook endpoint"


def _organization(principal: CurrentPrincipal) -> str:
    return organization_of(principal, ONLY_ORGANIZATIONS)


def _checked(url: str, settings: ServiceSettings) -> str:
    try:
        check_url(url, settings.webhook_policy)
    except UrlRefused as refused:
        raise Refused(400, "URL_REFUSED",
                      f"{REFUSED_BY} '{refused.rule}': {refused.message}") from refused
    return url


def _offered(event_types: list[str]) -> list[str]:
    unknown = sorted(set(event_types) - set(OFFERED))
    if unknown:
        raise Refused(400, "UNKNOWN_EVENT_TYPE", f"not offered: {', '.join(unknown)}; offered: "
                                                 f"{', '.join(sorted(OFFERED))}")
    return list(dict.fromkeys(event_types))


async def _own(webhooks: WebhooksOf, principal: CurrentPrincipal, endpoint_id: str) -> Document:
    endpoint = await webhooks.endpoints.for_owner(_organization(principal), endpoint_id)
    if endpoint is None:
        raise HTTPException(*MISSING)
    return endpoint


async def _answer(webhooks: WebhooksOf, endpoint: Document) -> models.Endpoint:
    return models.endpoint_of(endpoint, await webhooks.endpoints.disabled_reason(endpoint["_id"]))


async def _own_message(webhooks: WebhooksOf, principal: CurrentPrincipal,
                       message_id: str) -> Document:
    message = await webhooks.messages.message(message_id)
    if message is None or message["organization_id"] != _organization(principal):
        raise HTTPException(404, "no such webhook message")
    return message


@router.get("/event-types")
async def event_types(principal: CurrentPrincipal) -> list[models.EventType]:
    """The event types an endpoint may subscribe to, each with its data's JSON Schema."""
    _organization(principal)
    return [models.EventType(type=name, json_schema=visible_schema(cls.model_json_schema()))
            for name, cls in sorted(OFFERED.items())]


@router.post("/endpoints", status_code=201, responses=errors(400, 413, 422))
async def create(principal: CurrentPrincipal, webhooks: WebhooksOf, settings: ServiceSettings,
                 endpoint: models.EndpointInput) -> models.EndpointWithSecret:
    """Register an endpoint; the answer holds its signing secret, shown this once."""
    document, secret = await webhooks.endpoints.create(
        _organization(principal), _checked(endpoint.url, settings),
        _offered(endpoint.event_types), endpoint.description)
    return models.EndpointWithSecret(**models.endpoint_of(document, None).model_dump(),
                                     secret=secret)


@router.get("/endpoints")
async def endpoints(principal: CurrentPrincipal, webhooks: WebhooksOf) -> list[models.Endpoint]:
    found = await webhooks.endpoints.of_organizations([_organization(principal)])
    return [await _answer(webhooks, endpoint) for endpoint in found]


@router.get("/endpoints/{endpoint_id}", responses=errors(404, 422))
async def endpoint(principal: CurrentPrincipal, webhooks: WebhooksOf,
                   endpoint_id: str) -> models.Endpoint:
    return await _answer(webhooks, await _own(webhooks, principal, endpoint_id))


@router.patch("/endpoints/{endpoint_id}", responses=errors(400, 404, 413, 422))
async def update(principal: CurrentPrincipal, webhooks: WebhooksOf, settings: ServiceSettings,
                 endpoint_id: str, changes: models.EndpointChanges) -> models.Endpoint:
    await _own(webhooks, principal, endpoint_id)
    checked = {"url": _checked(changes.url, settings) if changes.url else None,
               "event_types": _offered(changes.event_types) if changes.event_types else None,
               "description": changes.description}
    await webhooks.endpoints.update(endpoint_id, {k: v for k, v in checked.items()
                                                  if v is not None})
    return await _answer(webhooks, await _own(webhooks, principal, endpoint_id))


@router.put("/endpoints/{endpoint_id}/enabled", responses=errors(400, 404, 413, 422))
async def set_enabled(principal: CurrentPrincipal, webhooks: WebhooksOf, endpoint_id: str,
                      enabled: Annotated[bool, Body(embed=True)]) -> models.Endpoint:
    """Disable, or enable again (which also clears a disabling by the delivery worker)."""
    await _own(webhooks, principal, endpoint_id)
    await webhooks.endpoints.set_enabled(endpoint_id, enabled)
    return await _answer(webhooks, await _own(webhooks, principal, endpoint_id))


@router.post("/endpoints/{endpoint_id}/secret", responses=errors(404, 422))
async def rotate_secret(principal: CurrentPrincipal, webhooks: WebhooksOf,
                        endpoint_id: str) -> models.EndpointWithSecret:
    """A new signing secret, shown this once; the old one signs too for 24 hours."""
    secret = await webhooks.endpoints.rotate_secret(await _own(webhooks, principal, endpoint_id))
    answer = await _answer(webhooks, await _own(webhooks, principal, endpoint_id))
    return models.EndpointWithSecret(**answer.model_dump(), secret=secret)


@router.post("/endpoints/{endpoint_id}/test", responses=errors(404, 422))
async def test(principal: CurrentPrincipal, webhooks: WebhooksOf,
               endpoint_id: str) -> models.Requeued:
    """Send a message of type ``org.smartpick.webhook.test.v1`` to this endpoint only."""
    message_id = await send_test(await _own(webhooks, principal, endpoint_id), webhooks)
    return models.Requeued(message_ids=[message_id])


@router.get("/endpoints/{endpoint_id}/messages", responses=errors(400, 404, 422))
async def messages(principal: CurrentPrincipal, webhooks: WebhooksOf, endpoint_id: str,
                   after: After = None,
                   first: Annotated[int, Query(ge=1, le=100)] = 20) -> models.MessagePage:
    """The endpoint's messages, newest first."""
    await _own(webhooks, principal, endpoint_id)
    position = decode_cursor(after)
    skip = int(position) if position and position.isdigit() else 0
    found = await webhooks.messages.of_endpoint(endpoint_id, skip, first + 1)
    total = await webhooks.messages.count_of_endpoint(endpoint_id)
    items = [models.message_of(message, encode_cursor(str(skip + n + 1)))
             for n, message in enumerate(found[:first])]
    return models.MessagePage(items=items, total=total, has_next=len(found) > first,
                              end_cursor=encode_cursor(str(skip + len(items))) if items else None)


@router.get("/messages/{message_id}", responses=errors(404, 422))
async def message(principal: CurrentPrincipal, webhooks: WebhooksOf,
                  message_id: str) -> models.Message:
    return models.message_of(await _own_message(webhooks, principal, message_id), "")


@router.get("/messages/{message_id}/attempts", responses=errors(404, 422))
async def attempts(principal: CurrentPrincipal, webhooks: WebhooksOf,
                   message_id: str) -> list[models.Attempt]:
    """Every attempt of the message in order, the one in flight included."""
    found = await webhooks.messages.attempts(await _own_message(webhooks, principal, message_id))
    return [models.attempt_of(attempt) for attempt in found]


@router.post("/messages/{message_id}/replay", responses=errors(404, 422))
async def replay(principal: CurrentPrincipal, webhooks: WebhooksOf,
                 message_id: str) -> models.Requeued:
    """Send the message again, delivered or failed (a pending one is already on its way)."""
    requeued = await webhooks.messages.send_again(
        await _own_message(webhooks, principal, message_id))
    webhooks.worker.wake()
    return models.Requeued(message_ids=[message_id] if requeued else [])


@router.post("/endpoints/{endpoint_id}/recover", responses=errors(400, 404, 413, 422))
async def recover(principal: CurrentPrincipal, webhooks: WebhooksOf, endpoint_id: str,
                  since: Annotated[datetime, Body(embed=True)]) -> models.Requeued:
    """Send again every message of the endpoint that failed, made since ``since``."""
    await _own(webhooks, principal, endpoint_id)
    moment = since if since.tzinfo else since.replace(tzinfo=UTC)
    requeued = [message["_id"]
                for message in await webhooks.messages.failed_since(endpoint_id, moment)
                if await webhooks.messages.send_again(message)]
    webhooks.worker.wake()
    return models.Requeued(message_ids=requeued)
