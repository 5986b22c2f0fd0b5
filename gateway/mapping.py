"""A service's JSON into a gateway type, field by field as the GraphQL type declares it.

The one way the gateway builds its objects from service answers: each value is converted to the
type strawberry will serialize it as (an ISO string into a datetime, a string into its enum, a
nested object into its type), so a service answer and the schema cannot drift apart silently.
An answer outside the declared types fails here with the field's name, not later in strawberry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Mapping
from functools import cache
from typing import Annotated, Any, TypeVar, cast, get_args, get_origin

from pydantic import TypeAdapter, ValidationError
from strawberry.types.base import StrawberryList, StrawberryOptional, has_object_definition
from strawberry.types.enum import StrawberryEnumDefinition

T = TypeVar("T")


class ContractError(ValueError):
    """A service answered something its gateway type does not declare: a bug, never input."""


def from_json(kind: type[T], data: Mapping[str, Any], **renamed: str) -> T:
    """``kind`` from ``data``; ``renamed`` maps a field to the service's other name for it."""
    values: dict[str, Any] = {}
    for name, convert, required in _plan(cast(Hashable, kind)):  # a class: hashable
        key = renamed.get(name, name)
        if key not in data:
            if required:
                raise ContractError(f"{kind.__name__}.{name}: missing")
            continue
        try:
            values[name] = convert(data[key])
        except (ValidationError, ValueError, TypeError) as error:
            raise ContractError(f"{kind.__name__}.{name}: {error}") from error
    return kind(**values)


Convert = Callable[[Any], Any]


@cache
def _plan(kind: Any) -> tuple[tuple[str, Convert, bool], ...]:
    """Each answered field of ``kind`` with its converter, worked out once per type: resolving
    strawberry's field types on every object was half the gateway's CPU for a list of 20."""
    return tuple((field.python_name, _converter(field.type), _required(field))
                 for field in kind.__strawberry_definition__.fields
                 if field.base_resolver is None)  # the others are resolved on demand


def _required(field: dataclasses.Field[Any]) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def _converter(kind: Any) -> Convert:
    if isinstance(kind, StrawberryOptional):
        inner = _converter(kind.of_type)
        return lambda value: None if value is None else inner(value)
    if isinstance(kind, StrawberryList):
        item = _converter(kind.of_type)

        def listed(value: Any) -> list[Any]:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return [item(each) for each in value]
        return listed
    if isinstance(kind, StrawberryEnumDefinition):
        return _scalar(kind.wrapped_cls).validate_python
    if has_object_definition(kind):
        def nested(value: Any) -> Any:
            if not isinstance(value, Mapping):
                raise TypeError(f"expected an object, got {type(value).__name__}")
            return from_json(kind, value)
        return nested
    if get_origin(kind) is Annotated:  # strawberry.Private[...]
        kind = get_args(kind)[0]
    if kind in PLAIN:
        return _plain(kind, _scalar(kind).validate_python)
    return _scalar(kind).validate_python


PLAIN = (str, bool, int, float)
"""JSON's own scalars: a value already of exactly that type is what pydantic would answer."""


def _plain(kind: type, validate: Convert) -> Convert:
    """``validate`` called only for a value not exactly of ``kind`` (an int for a float, a bool
    for an int): pydantic on every scalar was a tenth of the gateway's CPU on a list of 20."""
    def converted(value: Any) -> Any:
        return value if type(value) is kind else validate(value)
    return converted


@cache
def _scalar(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)
