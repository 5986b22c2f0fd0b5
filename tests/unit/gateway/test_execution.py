"""The gateway's execution answers exactly what strawberry's own does, errors and their paths
included; only plain scalar attributes take its short way."""

from __future__ import annotations

import asyncio
import enum
from types import SimpleNamespace
from typing import Any, cast

import pytest
import strawberry
from graphql import GraphQLObjectType
from strawberry.extensions import SchemaExtension

from gateway.execution import LeanExecutionContext, leaf


@strawberry.enum
class Tier(enum.Enum):
    SAFETY = "safety"
    REACH = "reach"


@strawberry.type
class Item:
    name: str
    score: float
    tier: Tier | None
    count: int | None
    reasons: list[str]
    maybe: list[str | None]
    required_tier: Tier

    @strawberry.field
    async def later(self) -> str:
        return self.name.upper()

    @strawberry.field
    def shout(self, times: int = 1) -> str:
        return self.name * times


def item(**changes: Any) -> Item:
    values: dict[str, Any] = {"name": "a", "score": 0.5, "tier": Tier.REACH, "count": 3,
                              "reasons": ["x", "y"], "maybe": ["z", None],
                              "required_tier": Tier.SAFETY}
    return Item(**{**values, **changes})


ITEMS: list[Item | None] = [item(), item(name="b", tier=None, count=None, reasons=[]),
         item(score=float("nan")),  # Float cannot represent NaN: an error at its path
         item(name=None),  # null for a non-null field: the item becomes null
         item(count="7"),  # a string for an Int: an error
         item(reasons=["x", None]),  # a null item in a list of non-null strings
         item(required_tier="other")]  # not an enum value


@strawberry.type
class Query:
    @strawberry.field
    def items(self) -> list[Item | None]:
        return ITEMS

    @strawberry.field
    def one(self) -> Item:
        return cast(Item, ITEMS[0])

    @strawberry.field
    def odd(self) -> Item:
        """An object without most of Item's attributes."""
        return cast(Item, SimpleNamespace(name="n", tier=None))


QUERIES = [
    "{ items { name score tier count reasons maybe requiredTier } }",
    "{ items { __typename n: name s: score, again: score later shout(times: 2) } }",
    "query ($skip: Boolean!) { items { name @skip(if: $skip) ...F } } "
    "fragment F on Item { tier reasons }",
    "{ one { name score tier count reasons maybe requiredTier later } }",
    "{ odd { name tier count } }",
]


class Resolving(SchemaExtension):
    """An extension with a resolve hook: graphql-core then runs it for every field."""

    def resolve(self, _next: Any, root: Any, info: Any, *args: Any, **kwargs: Any) -> Any:
        return _next(root, info, *args, **kwargs)


def answers(query: str, **schema_options: Any) -> tuple[Any, list[Any]]:
    schema = strawberry.Schema(query=Query, **schema_options)
    result = asyncio.run(schema.execute(query, variable_values={"skip": False}))
    errors = sorted((e.message, e.path) for e in result.errors or [])
    return result.data, errors


@pytest.mark.parametrize("query", QUERIES)
def test_answers_and_errors_are_strawberrys_own(query: str) -> None:
    assert answers(query, execution_context_class=LeanExecutionContext) == answers(query)


@pytest.mark.parametrize("query", QUERIES)
def test_with_a_resolve_hook_every_field_goes_the_full_way(query: str) -> None:
    assert answers(query, execution_context_class=LeanExecutionContext,
                   extensions=[Resolving]) == answers(query, extensions=[Resolving])


def test_only_plain_scalar_attributes_have_a_short_way() -> None:
    kind = strawberry.Schema(query=Query)._schema.type_map["Item"]
    fields = cast(GraphQLObjectType, kind).fields
    short = {name for name, field in fields.items() if leaf(field) is not None}
    assert short == {"name", "score", "tier", "count", "reasons", "requiredTier"}
    # not `maybe` (its items may be null), nor the resolvers `later` and `shout`
