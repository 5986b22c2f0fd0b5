"""Where a gateway type and the pydantic model of the service answer it is built from disagree:
a field one has and the other lacks, a nullable value served as non-null, a list as a scalar, a
scalar of another kind. Nested types are compared with the nested models, recursively."""

from __future__ import annotations

import types
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from strawberry.types.base import StrawberryList, StrawberryOptional, has_object_definition
from strawberry.types.enum import StrawberryEnumDefinition

PAGE = frozenset({"items", "total", "has_next", "end_cursor"})
"""What every service page has: a connection's edges, totalCount and pageInfo come from it."""


@dataclass
class Comparison:
    renamed: Mapping[str, Mapping[str, str]]
    """Per gateway type, its fields the service names otherwise (as gateway/mapping.py maps)."""
    left_out: Mapping[str, Set[str]]
    """Per gateway type, the service's fields it deliberately does not serve."""
    unchecked: Mapping[str, str]
    """``Type.field`` whose service value is a free-form dict, with why: named, not compared."""
    never_null: Mapping[str, str]
    """``Type.field`` the service's model types nullable but never answers null, with why."""
    seen: set[str] = field(default_factory=set)
    """Gateway types compared so far, by GraphQL name."""

    def drift(self, kind: Any, model: type[BaseModel]) -> list[str]:
        definition = kind.__strawberry_definition__
        self.seen.add(definition.name)
        renamed = self.renamed.get(definition.name, {})
        problems, served = [], {"cursor"}  # a position in a list: the edge serves it
        for gateway_field in definition.fields:
            if gateway_field.base_resolver is not None:
                continue  # resolved by a call of its own, not from this answer
            name = gateway_field.python_name
            key = renamed.get(name, name)
            served.add(key)
            where = f"{definition.name}.{name}"
            if key not in model.model_fields:
                problems.append(f"{where}: {model.__name__} has no field {key}")
            elif where not in self.unchecked:
                problems += self._compare(where, gateway_field.type,
                                          model.model_fields[key].annotation)
        unserved = set(model.model_fields) - served - self.left_out.get(definition.name, set())
        if unserved:
            problems.append(f"{definition.name}: {model.__name__} also has {sorted(unserved)}, "
                            "neither served nor listed as left out")
        return problems

    def connection_drift(self, kind: Any, page: type[BaseModel]) -> list[str]:
        """A connection over a service page: its extra fields (modelVersion, unreadCount) and
        its nodes against the page's items."""
        definition = kind.__strawberry_definition__
        self.seen.add(definition.name)
        fields = {f.python_name: f for f in definition.fields}
        problems = [f"{definition.name}: {page.__name__} has no {name}"
                    for name in sorted(PAGE - set(page.model_fields))]
        extra = {name: f for name, f in fields.items()
                 if name not in ("total_count", "page_info", "edges")}
        renamed = self.renamed.get(definition.name, {})
        for name, extra_field in extra.items():
            key = renamed.get(name, name)
            if key not in page.model_fields:
                problems.append(f"{definition.name}.{name}: {page.__name__} has no field {key}")
            else:
                problems += self._compare(f"{definition.name}.{name}", extra_field.type,
                                          page.model_fields[key].annotation)
        served = PAGE | {renamed.get(name, name) for name in extra}
        unserved = set(page.model_fields) - served - self.left_out.get(definition.name, set())
        if unserved:
            problems.append(f"{definition.name}: {page.__name__} also has {sorted(unserved)}, "
                            "neither served nor listed as left out")
        edge = fields["edges"].type.of_type
        self.seen.add(edge.__strawberry_definition__.name)
        node = next(f.type for f in edge.__strawberry_definition__.fields if f.name == "node")
        [item] = get_args(page.model_fields["items"].annotation)
        return problems + self.drift(node, item)

    def _compare(self, where: str, ours: Any, theirs: Any) -> list[str]:
        nullable, theirs = _optional(theirs)
        if isinstance(ours, StrawberryOptional):
            ours = ours.of_type
        elif nullable and where not in self.never_null:
            return [f"{where}: non-null here, nullable in the service"]
        if isinstance(ours, StrawberryList):
            if get_origin(theirs) is not list:
                return [f"{where}: a list here, {theirs} in the service"]
            return self._compare(f"{where}[]", ours.of_type, get_args(theirs)[0])
        if has_object_definition(ours):
            if not (isinstance(theirs, type) and issubclass(theirs, BaseModel)):
                return [f"{where}: an object here, {theirs} in the service"]
            return self.drift(ours, theirs)
        if not _accepts(ours, theirs):
            return [f"{where}: {ours} here, {theirs} in the service"]
        return []


def _optional(annotation: Any) -> tuple[bool, Any]:
    annotation = _bare(annotation)
    if get_origin(annotation) in (Union, types.UnionType):
        others = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(others) == 1:
            return len(others) < len(get_args(annotation)), _bare(others[0])
    return False, annotation


def _bare(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:  # constrained types, strawberry.Private
        annotation = get_args(annotation)[0]
    return annotation


def _accepts(ours: Any, theirs: Any) -> bool:
    """Whether the gateway's scalar takes the service's: an ID a string, a float an int, and an
    enum of strings a string (gateway/mapping.py refuses a value outside the enum)."""
    if isinstance(ours, StrawberryEnumDefinition):
        ours = ours.wrapped_cls
        if theirs is str and all(isinstance(m.value, str) for m in ours):
            return True
    ours = getattr(_bare(ours), "__supertype__", _bare(ours))  # strawberry.ID is a str
    accepted = (float, int) if ours is float else (ours,)
    if isinstance(ours, type) and issubclass(ours, Enum):
        return theirs is ours
    return isinstance(theirs, type) and issubclass(theirs, accepted)
