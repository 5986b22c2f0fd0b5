"""Which GraphQL operations the answer cache may answer whole: queries that read nothing but the
caller's recommendations (and the programs they name), so that only the caller's
RecommendationsReady changes their result (gateway/answer_cache.py).

Programs ride along: a catalog change reaches every follower of its specialties as a
RecommendationsReady (services/matching/recommendations/changes.py), and a list holds only
programs of the applicant's specialties. ``id`` and ``role`` of ``me`` are the token's, and the
key holds the role. Every field of the document counts, in each fragment against its own type
and in operations other than the one run, so any other field makes it uncacheable.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Mapping
from functools import lru_cache
from typing import Any

from graphql import (
    FieldNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    parse,
    visit,
)

from smartpick.auth import Principal

EVERY_FIELD = None
CACHEABLE: Mapping[str, frozenset[str] | None] = {
    "Query": frozenset({"me"}),
    "Me": frozenset({"id", "role", "recommendations"}),
    "RecommendationConnection": EVERY_FIELD, "RecommendationEdge": EVERY_FIELD,
    "Recommendation": EVERY_FIELD, "Factor": EVERY_FIELD, "ChanceRange": EVERY_FIELD,
    "PageInfo": EVERY_FIELD, "Program": EVERY_FIELD, "IntRequirement": EVERY_FIELD,
    "BoolRequirement": EVERY_FIELD,
}
"""Fields by the type they belong to; EVERY_FIELD where every one of them is plain data."""


class CachedOperations:
    def __init__(self, schema: GraphQLSchema, documents: int) -> None:
        """``documents``: how many query texts' verdicts to remember (an LRU)."""
        self._schema = schema
        self._cacheable = lru_cache(maxsize=documents)(self._judge)

    def key(self, principal: Principal, query: str | None, operation_name: str | None,
            variables: dict[str, Any] | None) -> Hashable | None:
        """The cache key of this request's result (beside the account), or None when its
        result may not be cached."""
        if not query or not self._cacheable(query):
            return None
        try:
            values = json.dumps(variables or {}, sort_keys=True)
        except (TypeError, ValueError):  # an upload, say: not a cacheable request anyway
            return None
        return ("response", principal.role.value, query, operation_name, values)

    def _judge(self, query: str) -> bool:
        try:
            document = parse(query)
        except GraphQLError:
            return False
        if any(isinstance(definition, OperationDefinitionNode)
               and definition.operation != OperationType.QUERY
               for definition in document.definitions):
            return False
        judge = _OnlyCacheable(TypeInfo(self._schema))
        visit(document, TypeInfoVisitor(judge.type_info, judge))
        return judge.cacheable


class _OnlyCacheable(Visitor):
    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.cacheable = True

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        if node.name.value == "__typename":
            return
        parent = self.type_info.get_parent_type()
        fields = CACHEABLE.get(parent.name, frozenset()) if parent is not None else frozenset()
        if fields is not EVERY_FIELD and node.name.value not in fields:
            self.cacheable = False
