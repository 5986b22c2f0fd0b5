"""Query cost (gateway/cost.py): an operation asking too much of the services is refused with
QUERY_TOO_COMPLEX before any resolver runs, however it multiplies its fields; every field that
calls a service declares what it costs."""

from __future__ import annotations

import inspect
import time

from gateway.schema import build_schema
from tests.unit.gateway.fakes import FakeServices, codes, gateway, settings

RECOMMENDATIONS = "me { recommendations(first: 200) { edges { node { score program { name } } } } }"


async def test_thirty_aliases_of_a_full_recommendations_page_are_refused_unrun() -> None:
    fake = gateway(FakeServices())
    query = "{ " + " ".join(f"a{n}: {RECOMMENDATIONS}" for n in range(30)) + " }"
    found = await fake.query(query)
    assert codes(found) == ["QUERY_TOO_COMPLEX"]
    assert found["errors"][0]["extensions"]["cost"] > found["errors"][0]["extensions"]["maxCost"]
    assert "data" not in found and fake.services.requests == []


async def test_one_full_page_with_its_programs_is_allowed() -> None:
    fake = gateway(FakeServices())
    found = await fake.query("{ " + RECOMMENDATIONS + " notifications: me { notifications "
                             "{ totalCount } } }")
    assert "QUERY_TOO_COMPLEX" not in codes(found)
    assert fake.services.requests  # it ran


async def test_plans_are_expensive_so_aliases_of_them_are_refused() -> None:
    fake = gateway(FakeServices())
    plans = "{ me { " + " ".join(f"p{n}: plan {{ pMatch }}" for n in range(10)) + " } }"
    what_ifs = "{ me { " + " ".join(f"w{n}: whatIf {{ pMatch }}" for n in range(4)) + " } }"
    assert codes(await fake.query(plans)) == ["QUERY_TOO_COMPLEX"]
    assert codes(await fake.query(what_ifs)) == ["QUERY_TOO_COMPLEX"]
    assert fake.services.requests == []


async def test_page_sizes_count_from_variables_and_their_defaults() -> None:
    fake = gateway(FakeServices())
    query = ("query($n: Int = 100000) { me { recommendations(first: $n) "
             "{ edges { node { program { name } } } } } }")
    assert codes(await fake.query(query)) == ["QUERY_TOO_COMPLEX"]
    assert codes(await fake.query(query, {"n": 5000})) == ["QUERY_TOO_COMPLEX"]
    assert "QUERY_TOO_COMPLEX" not in codes(await fake.query(query, {"n": 10}))


async def test_a_query_validated_and_cached_before_is_still_counted_with_each_request() -> None:
    fake = gateway(FakeServices())
    query = ("query($n: Int!) { me { recommendations(first: $n) "
             "{ edges { node { program { name } } } } } }")
    for n, refused in ((10, False), (5000, True), (10, False), (5000, True)):
        assert ("QUERY_TOO_COMPLEX" in codes(await fake.query(query, {"n": n}))) is refused


async def test_fragments_spreading_fragments_twice_over_are_counted_fast() -> None:
    levels = 60
    fragments = " ".join(f"fragment F{n} on Me {{ ...F{n + 1} ...F{n + 1} }}"
                         for n in range(levels))
    query = f"{{ me {{ ...F0 }} }} {fragments} fragment F{levels} on Me {{ profile {{ visa }} }}"
    fake = gateway(FakeServices())
    started = time.perf_counter()
    found = await fake.query(query)
    assert time.perf_counter() - started < 2
    assert codes(found) == ["QUERY_TOO_COMPLEX"]


async def test_aliases_count_each_time_their_fragment_is_used() -> None:
    fake = gateway(FakeServices())
    fragment = "fragment Names on Me { " + " ".join(f"e{n}: email" for n in range(8)) + " }"
    three = "{ m1: me { ...Names } m2: me { ...Names } m3: me { ...Names } } " + fragment
    four = "{ m1: me { ...Names } m2: me { ...Names } m3: me { ...Names } m4: me { ...Names } } "
    assert "QUERY_TOO_COMPLEX" not in codes(await fake.query(three))  # 3 + 3 x 8 aliases
    found = await fake.query(four + fragment)
    assert codes(found) == ["QUERY_TOO_COMPLEX"]
    assert found["errors"][0]["extensions"]["aliases"] == 4 + 4 * 8


async def test_the_limits_are_settings() -> None:
    query = "{ me { email profile { visa } } }"
    assert codes(await gateway(max_query_cost=15).query(query)) == ["QUERY_TOO_COMPLEX"]
    assert codes(await gateway(max_query_depth=1).query(query)) == ["QUERY_TOO_COMPLEX"]


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
