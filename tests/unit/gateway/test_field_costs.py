"""Every field that calls a service declares what it costs (gateway/cost.py)."""

from __future__ import annotations

import inspect

from gateway.schema import build_schema
from tests.unit.gateway.fakes import settings


def test_every_field_that_calls_a_service_declares_its_cost() -> None:
    """A resolver that awaits something calls a service; without a cost it would count as free."""
    schema = build_schema(settings())
    undeclared = []
    for type_name in schema.schema_converter.type_map:
        definition = getattr(schema.get_type_by_name(type_name), "fields", None) or []
        for field in definition:
            resolver = field.base_resolver
            if resolver is not None and inspect.iscoroutinefunction(resolver.wrapped_func) \
                    and "cost" not in field.metadata:
                undeclared.append(f"{type_name}.{field.python_name}")
    assert undeclared == []
