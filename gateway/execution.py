"""graphql-core's execution with a short way for the commonest fields of an answer: a plain
attribute of a scalar or enum type, or a list of them (a recommendation's score, its reasons).

graphql-core builds a resolve info, looks for arguments, calls strawberry's resolver and walks
``complete_value`` for every field; on a page of 20 recommendations (164 fields, 141 of them
such attributes) that was the largest share of the gateway's CPU (benchmarks/RESULTS.md, issue
17). A field takes the short way only when the full one could not answer differently:
strawberry's resolver of it only reads the attribute (``is_basic_field``, with ``getattr``), it
has no arguments, no middleware runs (none does unless spans are exported), and the value is
final (present, not awaitable, not an exception, not null where null is an error) and coerces
to a value. Anything else, every error included, goes the full way, which answers it as
before: errors and their paths stay graphql-core's.
"""

from __future__ import annotations

from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLType,
    Undefined,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField


class Leaf(NamedTuple):
    """How a field is answered the short way."""

    attribute: str
    kind: GraphQLLeafType
    required: bool
    """Null is an error: the full way raises it."""
    listed: bool
    """A list of non-null values of ``kind``."""


def leaf(field: GraphQLField) -> Leaf | None:
    """The short way of a field, or None if it has none."""
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if not isinstance(definition, StrawberryField) or not definition.is_basic_field \
            or definition.default_resolver is not getattr or field.args \
            or not getattr(field.resolve, "_is_default", False):
        return None
    kind, required = _unwrapped(field.type)
    listed = False
    if isinstance(kind, GraphQLList):
        kind, listed = _unwrapped(kind.of_type)  # a list of non-null items, or no short way
        if not listed:
            return None
    if not isinstance(kind, GraphQLLeafType):
        return None
    return Leaf(definition.python_name, kind, required, listed)


def _unwrapped(kind: GraphQLType) -> tuple[GraphQLType, bool]:
    if isinstance(kind, GraphQLNonNull):
        return kind.of_type, True
    return kind, False


Plans = dict[tuple[str, str], Leaf | None]
_PLANS: WeakKeyDictionary[GraphQLSchema, Plans] = WeakKeyDictionary()
"""Per schema, per type and field name: its short way, worked out at its first answer."""


class LeanExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, with scalar attributes read and coerced directly."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        manager = self.middleware_manager  # strawberry passes one, empty unless spans are made
        self._plans: Plans | None = None
        if manager is None or not manager.middlewares:
            self._plans = _PLANS.get(self.schema)
            if self._plans is None:
                self._plans = _PLANS[self.schema] = {}

    def execute_field(self, parent_type: GraphQLObjectType, source: Any,
                      field_details_list: FieldDetailsList, path: Path,
                      position_context: Any) -> Any:
        plans, node = self._plans, field_details_list[0].node
        if plans is not None and not node.arguments:
            key = (parent_type.name, node.name.value)
            way = plans.get(key, Undefined)
            if way is Undefined:
                field = parent_type.fields.get(node.name.value)
                way = plans[key] = None if field is None else leaf(field)
            if way is not None:
                answer = self._short(way, getattr(source, way.attribute, Undefined))  # type: ignore[arg-type, union-attr]
                if answer is not Undefined:
                    return answer
        return super().execute_field(parent_type, source, field_details_list, path,
                                     position_context)

    def _short(self, way: Leaf, value: Any) -> Any:
        """The field's answer, or Undefined where the full way must answer it."""
        if value is Undefined:  # no such attribute: the full way's error
            return Undefined
        if value is None:
            return Undefined if way.required else None
        if not way.listed:
            return self._coerced(way.kind, value)
        if not isinstance(value, list):
            return Undefined
        answer = [self._coerced(way.kind, item) for item in value]
        return Undefined if any(each is Undefined for each in answer) else answer

    def _coerced(self, kind: GraphQLLeafType, value: Any) -> Any:
        if value is None or isinstance(value, Exception) or self.is_awaitable(value):
            return Undefined
        try:
            coerced = kind.coerce_output_value(value)
        except Exception:  # the full way raises it, with the field's path
            return Undefined
        return Undefined if coerced is None else coerced
