"""JSON Schemas of all events and an AsyncAPI 3.0 document of the topics, for docs/events/.

The files under docs/events/ are generated, never edited; a test regenerates them and fails when
the committed copies are stale (`smartpick events export` brings them up to date).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic.json_schema import models_json_schema

from smartpick.events import TOPICS, dead_letter_topic
from smartpick.events.registry import ALL_EVENTS

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "docs" / "events"
_CE_HEADERS: dict[str, Any] = {
    "type": "object",
    "description": "CloudEvents 1.0 attributes, Kafka protocol binding, binary content mode.",
    "required": ["ce_specversion", "ce_id", "ce_source", "ce_type", "content-type"],
    "properties": {
        "ce_specversion": {"const": "1.0"},
        "ce_id": {"type": "string", "description": "unique per source; consumers dedupe on it"},
        "ce_source": {"type": "string", "description": "the publishing service, e.g. /profiles"},
        "ce_type": {"type": "string"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_partitionkey": {"type": "string", "description": "the aggregate id, also the key"},
        "content-type": {"const": "application/json"},
    },
}


def _name(event: type[Any]) -> str:
    return str(event.__name__)


def asyncapi() -> dict[str, Any]:
    _, definitions = models_json_schema(
        [(event, "validation") for event in ALL_EVENTS],
        ref_template="#/components/schemas/{model}",
    )
    messages = {
        _name(event): {
            "name": event.event_type,
            "title": _name(event),
            "summary": (event.__doc__ or "").strip().splitlines()[0],
            "contentType": "application/json",
            "headers": {**_CE_HEADERS, "properties": {
                **_CE_HEADERS["properties"], "ce_type": {"const": event.event_type}}},
            "payload": {"$ref": f"#/components/schemas/{_name(event)}"},
            "bindings": {"kafka": {"key": {"type": "string", "description": "aggregate id"},
                                   "bindingVersion": "0.5.0"}},
        }
        for event in ALL_EVENTS
    }
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    for topic in TOPICS:
        channel_id = topic.name.replace(".", "-")
        channels[channel_id] = {
            "address": topic.name,
            "description": f"{topic.description} Undeliverable records go to "
                           f"{dead_letter_topic(topic.name)}.",
            "messages": {_name(e): {"$ref": f"#/components/messages/{_name(e)}"}
                         for e in topic.events},
            "bindings": {"kafka": {"partitions": topic.partitions, "bindingVersion": "0.5.0"}},
        }
        for event in topic.events:
            operations[f"send{_name(event)}"] = {
                "action": "send",
                "channel": {"$ref": f"#/channels/{channel_id}"},
                "messages": [{"$ref": f"#/channels/{channel_id}/messages/{_name(event)}"}],
            }
    return {
        "asyncapi": "3.0.0",
        "info": {"title": "Smart Pick events", "version": "1.0.0",
                 "description": "Events between Smart Pick services, as CloudEvents 1.0 over "
                                "Kafka (binary content mode). Versions live in the event type."},
        "defaultContentType": "application/json",
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": definitions["$defs"]},
    }


def rendered() -> dict[str, str]:
    """File name -> content of every generated file."""
    files = {f"{event.event_type}.schema.json": event.model_json_schema() for event in ALL_EVENTS}
    files["asyncapi.json"] = asyncapi()
    return {name: json.dumps(doc, indent=2, sort_keys=True) + "\n" for name, doc in files.items()}
