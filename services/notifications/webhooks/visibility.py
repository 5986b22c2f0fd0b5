"""What of an event's data an organization may see: the payload minus personal free text.

The rule (docs/webhooks.md): fields that can hold what a person wrote or a secret of theirs
(``message``, ``details``, ``note``, ``email``, ``token``, …) are dropped at every depth; ids,
statuses, reasons chosen from a list and figures stay, since the organization's own records
already hold them. A field's name decides, so a field added later with such a name is dropped
without anyone remembering to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PRIVATE_FIELDS = frozenset({"message", "details", "note", "notes", "body", "text", "email",
                            "token", "password", "phone"})


def visible_data(data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` without the private fields, at any depth."""
    return {name: _visible(value) for name, value in data.items()
            if name not in PRIVATE_FIELDS}


def _visible(value: Any) -> Any:
    if isinstance(value, Mapping):
        return visible_data(value)
    if isinstance(value, list):
        return [_visible(item) for item in value]
    return value


def visible_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """An event's JSON Schema as partners receive its data: the private properties removed
    from it and from every definition it refers to."""
    shown: dict[str, Any] = {}
    for name, value in schema.items():
        if name == "properties" and isinstance(value, Mapping):
            shown[name] = {prop: visible_schema(sub) if isinstance(sub, Mapping) else sub
                           for prop, sub in value.items() if prop not in PRIVATE_FIELDS}
        elif name == "required" and isinstance(value, list):
            shown[name] = [prop for prop in value if prop not in PRIVATE_FIELDS]
        elif name == "$defs" and isinstance(value, Mapping):
            shown[name] = {key: visible_schema(sub) for key, sub in value.items()}
        else:
            shown[name] = value
    return shown
