"""A service's JSON into a gateway type, field by field as the GraphQL type declares it.

The one way the gateway builds its objects from service answers: each value is converted to the
type strawberry will serialize it as (an ISO string into a datetime, a string into its enum, a
nested object into its type), so a service answer and the schema cannot drift apart silently.
An answer outside the declared types fails here with the field's name, not later in strawberry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cache
from typing import Annotated, Any, TypeVar, get_args, get_origin

from pydantic import TypeAdapter, ValidationError
from strawberry.types.base import StrawberryList, StrawberryOptional, has_object_definition
from strawberry.types.enum import StrawberryEnumDefinition

T = TypeVar("T")


class ContractError(ValueError):
    """A service answered something its gateway type does not declare: a bug, never input."""


def from_json(kind: type[T], data: Mapping[str, Any], **renamed: str) -> T:
    """``kind`` from ``data``; ``renamed`` maps a field to the service's other name for it."""
    values: dict[str, Any] = {}
    for field in kind.__strawberry_definition__.fields:  # type: ignore[attr-defined]
        if field.base_resolver is not None:
            continue  # resolved on demand, not part of the answer
        key = renamed.get(field.python_name, field.python_name)
        if key not in data:
            if _required(field):
                raise ContractError(f"{kind.__name__}.{field.python_name}: missing")
            continue
        try:
            values[field.python_name] = _value(field.type, data[key])
        except (ValidationError, ValueError, TypeError) as error:
            raise ContractError(f"{kind.__name__}.{field.python_name}: {error}") from error
    return kind(**values)


def _required(field: dataclasses.Field[Any]) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def _value(kind: Any, value: Any) -> Any:
    if isinstance(kind, StrawberryOptional):
        return None if value is None else _value(kind.of_type, value)
    if isinstance(kind, StrawberryList):
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {type(value).__name__}")
        return [_value(kind.of_type, item) for item in value]
    if isinstance(kind, StrawberryEnumDefinition):
        return _scalar(kind.wrapped_cls).validate_python(value)
    if has_object_definition(kind):
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object, got {type(value).__name__}")
        return from_json(kind, value)
    if get_origin(kind) is Annotated:  # strawberry.Private[...]
        kind = get_args(kind)[0]
    return _scalar(kind).validate_python(value)


@cache
def _scalar(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)
