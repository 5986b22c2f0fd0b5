"""CloudEvents 1.0 envelopes and their Kafka protocol binding, binary content mode.

Binary mode keeps the event's data as the record value (plain JSON any consumer can read) and the
attributes in ``ce_*`` headers; ``content-type`` carries ``datacontenttype`` and the record key is
the ``partitionkey`` extension (the aggregate id), as the binding specifies. The distributed-tracing
extension's ``traceparent`` and ``tracestate`` travel as the plain W3C headers of those names,
which is what OpenTelemetry's Kafka instrumentations read and write (smartpick/tracing.py).
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Headers = list[tuple[str, bytes]]
_REQUIRED = ("specversion", "id", "source", "type")
_OPTIONAL = ("time", "subject", "partitionkey")
_TRACE = ("traceparent", "tracestate")


class MalformedEvent(ValueError):
    """A record that is not a valid Smart Pick event; it goes to the dead-letter topic."""


class CloudEvent(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    specversion: Literal["1.0"] = "1.0"
    id: str = Field(min_length=1)
    source: str = Field(min_length=1)
    type: str = Field(min_length=1)
    time: datetime = Field(default_factory=lambda: datetime.now(UTC))
    subject: str | None = None
    datacontenttype: Literal["application/json"] = "application/json"
    partitionkey: str = Field(min_length=1)
    traceparent: str | None = None
    """The W3C trace context of the work that raised the event (distributed-tracing extension)."""
    tracestate: str | None = None
    data: dict[str, Any]

    @classmethod
    def new(cls, *, source: str, type: str, key: str, data: dict[str, Any],
            id: str | None = None, subject: str | None = None,
            trace: dict[str, str] | None = None) -> CloudEvent:
        """``trace``: the ``traceparent`` and ``tracestate`` of the work raising the event."""
        trace = trace or {}
        return cls(id=id or str(uuid.uuid4()), source=source, type=type, partitionkey=key,
                   subject=subject, data=data, traceparent=trace.get("traceparent"),
                   tracestate=trace.get("tracestate"))


def to_kafka(event: CloudEvent) -> tuple[bytes, bytes, Headers]:
    """Record key, value and headers of ``event`` in binary content mode."""
    attributes = event.model_dump(mode="json", exclude={"data", "datacontenttype", *_TRACE})
    headers = [(f"ce_{name}", str(value).encode()) for name, value in attributes.items()
               if value is not None]
    headers += [(name, value.encode()) for name in _TRACE
                if (value := getattr(event, name)) is not None]
    headers.append(("content-type", event.datacontenttype.encode()))
    value = json.dumps(event.data, separators=(",", ":"), sort_keys=True).encode()
    return event.partitionkey.encode(), value, headers


def from_kafka(key: bytes | None, value: bytes | None, headers: Headers) -> CloudEvent:
    """Parse a binary-mode record; raises ``MalformedEvent`` saying what is wrong."""
    found: dict[str, Any] = {}
    for name, raw in headers:
        try:
            text = raw.decode() if raw is not None else ""
        except UnicodeDecodeError as error:
            raise MalformedEvent(f"header {name!r} is not UTF-8") from error
        if name == "content-type":
            found["datacontenttype"] = text.split(";")[0].strip()
        elif name.startswith("ce_") and name[3:] in (*_REQUIRED, *_OPTIONAL):
            found[name[3:]] = text
        elif name in _TRACE:
            found[name] = text
    missing = [name for name in _REQUIRED if name not in found]
    if missing:
        names = ", ".join(f"ce_{name}" for name in missing)
        raise MalformedEvent(f"not a CloudEvent: missing header(s) {names}")
    found.setdefault("partitionkey", (key or b"").decode("utf-8", errors="replace"))
    try:
        found["data"] = json.loads(value or b"")
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MalformedEvent(f"record value is not JSON: {error}") from error
    try:
        return CloudEvent.model_validate(found)
    except ValidationError as error:
        raise MalformedEvent(f"invalid CloudEvent attributes: {error}") from error
