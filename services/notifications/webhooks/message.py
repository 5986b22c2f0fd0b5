"""A webhook message: its ``webhook-id`` and its JSON body, both fixed by the event and endpoint.

The same event sent to the same endpoint again (a retry, a redelivered Kafka record) is the same
message byte for byte, so the partner can deduplicate on ``webhook-id``; only the attempt's
timestamp, and so the signature, differs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from smartpick.events.envelope import CloudEvent
from smartpick.inbox import effect_id


@dataclass(frozen=True)
class WebhookMessage:
    """What every attempt sends: the ``webhook-id`` header and the body as signed."""

    id: str
    body: bytes


def message_id(event: CloudEvent, endpoint_id: str) -> str:
    """``msg_`` + a hash of the event's source and id and the endpoint: no ``.`` in it, which the
    spec forbids since ``.`` separates the signed parts."""
    return "msg_" + effect_id(event, "webhook", endpoint_id)


def body(event_type: str, occurred_at: datetime, data: Mapping[str, Any]) -> bytes:
    """The Standard Webhooks payload ``{type, timestamp, data}`` as compact JSON with sorted keys,
    so that building it twice gives the same bytes."""
    if occurred_at.tzinfo is None:
        raise ValueError("an event's time needs a timezone: a naive one is read as local time")
    payload = {
        "type": event_type,
        "timestamp": occurred_at.astimezone(UTC).isoformat(timespec="microseconds")
        .replace("+00:00", "Z"),
        "data": data,
    }
    return json.dumps(payload, separators=(",", ":"), sort_keys=True, allow_nan=False).encode()


def message_for(event: CloudEvent, endpoint_id: str) -> WebhookMessage:
    """The message telling ``endpoint_id`` about ``event``."""
    return WebhookMessage(message_id(event, endpoint_id), body(event.type, event.time, event.data))
