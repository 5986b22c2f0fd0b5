"""Query cost, depth and aliases: what one operation would ask of the services, counted before
any resolver runs.

A field that calls a service says what resolving it once costs (``metadata=cost(SERVICE)``);
other fields cost nothing. A field with a ``first`` argument returns up to ``first`` items, so
what is selected below it counts ``first`` times (the literal, the variable or the default).
Aliases and fragments count every time they are used. An operation over one of its limits is
refused in the validation stage with QUERY_TOO_COMPLEX, so none of it runs.

Depth and aliases are counted here too, in the same walk that visits each fragment once:
strawberry's QueryDepthLimiter and MaxAliasesLimiter walk a fragment again wherever it is
spread, so 25 fragments each spreading the next twice (1 KB of query) kept them busy for minutes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    value_from_ast_untyped,
)
from graphql.language import DocumentNode
from strawberry.extensions import SchemaExtension

from gateway.errors import coded

SERVICE = 10
"""One call to a service."""
BATCHED = 1
"""A share of one call made for a whole page (a DataLoader)."""
PLAN = 100
"""A plan: the engine's optimizer runs in the matching service."""
WHAT_IF = 300
"""Several plans, one per changed profile."""
PASSWORD = 100
"""A password hash (Argon2) in the profiles service."""
_KEY = "cost"


def cost(points: int) -> dict[str, int]:
    """Field metadata: what resolving the field once costs."""
    return {_KEY: points}


@dataclass(frozen=True)
class Tally:
    cost: int = 0
    depth: int = 0
    aliases: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.cost + other.cost, max(self.depth, other.depth),
                     self.aliases + other.aliases)


@dataclass(frozen=True)
class Limits:
    cost: int
    depth: int
    aliases: int

    def problem(self, found: Tally) -> GraphQLError | None:
        if found.depth > self.depth:
            return coded(f"this operation nests {found.depth} levels, more than the {self.depth} "
                         "one request may", "QUERY_TOO_COMPLEX", depth=found.depth,
                         maxDepth=self.depth)
        if found.aliases > self.aliases:
            return coded(f"this operation has {found.aliases} aliases, more than the "
                         f"{self.aliases} one request may", "QUERY_TOO_COMPLEX",
                         aliases=found.aliases, maxAliases=self.aliases)
        if found.cost > self.cost:
            return coded(f"this operation costs {found.cost}, more than the {self.cost} one "
                         "request may: ask for fewer items (first) or fewer fields and aliases",
                         "QUERY_TOO_COMPLEX", cost=found.cost, maxCost=self.cost)
        return None


class QueryCostLimiter(SchemaExtension):
    """Checks ``limits`` as validation starts: an operation over one is refused without
    graphql-core's own validation, which takes far longer than counting (a 30-alias query of
    2.5 KB: refused in 12 ms instead of 57 ms, in-process on a busy 2-core machine)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None and context.pre_execution_errors is None:
            found = operation_tally(context.schema._schema, context.graphql_document,
                                    context.operation_name, context.variables or {})
            if problem := self.limits.problem(found):
                # Strawberry skips its validation when an extension has already set errors.
                context.pre_execution_errors = [problem]
        yield


def operation_tally(schema: GraphQLSchema, document: DocumentNode, operation_name: str | None,
                    variables: Mapping[str, Any]) -> Tally:
    """Cost and depth of the operation a request runs; nothing when none is chosen (validation
    says why). Introspection fields are neither counted nor walked."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [o for o in operations if operation_name is None or
              (o.name is not None and o.name.value == operation_name)]
    if len(chosen) != 1 or (root := schema.get_root_type(chosen[0].operation)) is None:
        return Tally()
    defaults = {d.variable.name.value: value_from_ast_untyped(d.default_value)
                for d in chosen[0].variable_definitions or () if d.default_value is not None}
    fragments = {d.name.value: d for d in document.definitions
                 if isinstance(d, FragmentDefinitionNode)}
    return _Counter(schema, fragments, {**defaults, **variables}).selections(
        root, chosen[0].selection_set)


class _Counter:
    def __init__(self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode],
                 variables: Mapping[str, Any]) -> None:
        self.schema, self.fragments, self.variables = schema, fragments, variables
        # A fragment's tally does not depend on where it is spread: counting it once keeps
        # fragments spreading fragments twice over from costing exponential time here.
        self.known: dict[str, Tally] = {}
        self.counting: set[str] = set()

    def selections(self, parent: GraphQLNamedType,
                   selection_set: SelectionSetNode | None) -> Tally:
        total = Tally()
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                total += self.field(parent, selection)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                kind = self.schema.get_type(condition.name.value) if condition else parent
                total += self.selections(kind or parent, selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value)
        return total

    def fragment(self, name: str) -> Tally:
        if name not in self.known:
            fragment = self.fragments.get(name)
            if fragment is None or name in self.counting:
                return Tally()  # unknown or cyclic: validation reports it
            kind = self.schema.get_type(fragment.type_condition.name.value)
            if kind is None:
                return Tally()
            self.counting.add(name)
            self.known[name] = self.selections(kind, fragment.selection_set)
            self.counting.discard(name)
        return self.known[name]

    def field(self, parent: GraphQLNamedType, node: FieldNode) -> Tally:
        if not isinstance(parent, GraphQLObjectType):
            return Tally()
        definition = parent.fields.get(node.name.value)
        if definition is None:
            return Tally()  # introspection, or a field validation reports as unknown
        below = self.selections(get_named_type(definition.type), node.selection_set)
        return Tally(_own_cost(definition) + self.items(definition, node) * below.cost,
                     below.depth + 1 if node.selection_set else 0,
                     below.aliases + (1 if node.alias else 0))

    def items(self, definition: GraphQLField, node: FieldNode) -> int:
        if "first" not in definition.args:
            return 1
        for argument in node.arguments or ():
            if argument.name.value == "first":
                value = value_from_ast_untyped(argument.value, dict(self.variables))
                return max(value, 0) if isinstance(value, int) else 1
        default = definition.args["first"].default_value
        return default if isinstance(default, int) else 1


def _own_cost(definition: GraphQLField) -> int:
    field = (definition.extensions or {}).get("strawberry-definition")
    metadata = getattr(field, "metadata", None) or {}
    return int(metadata.get(_KEY, 0))
