"""The gateway times each GraphQL operation by type and bounded name, and counts the errors it
answers by extensions.code."""

from __future__ import annotations

from gateway.operation_metrics import OperationNames
from tests.unit.gateway.fakes import gateway
from tests.unit.metrics.samples import sample

OPERATIONS = "smartpick_graphql_operation_duration_seconds_count"
ERRORS = "smartpick_graphql_errors_total"


def test_names_are_bounded_labels() -> None:
    names = OperationNames(limit=2)
    assert names.label(None) == names.label("") == "anonymous"
    assert names.label("Me") == "Me" and names.label("Plans") == "Plans"
    assert names.label("ThirdName") == "other"  # over the limit of distinct names
    assert names.label("Me") == "Me"  # a known name stays
    assert names.label("a-name with spaces") == names.label("x" * 100) == "other"


async def test_an_operation_is_timed_by_type_and_name() -> None:
    queries = sample(OPERATIONS, operation_type="query", operation_name="Health")
    anonymous = sample(OPERATIONS, operation_type="query", operation_name="anonymous")
    fake = gateway()
    assert await fake.query("query Health { health }") == {"data": {"health": True}}
    assert await fake.query("{ health }") == {"data": {"health": True}}
    assert sample(OPERATIONS, operation_type="query", operation_name="Health") == queries + 1
    assert sample(OPERATIONS, operation_type="query", operation_name="anonymous") == anonymous + 1


async def test_a_mutation_is_timed_as_a_mutation() -> None:
    before = sample(OPERATIONS, operation_type="mutation", operation_name="Read")
    await gateway().query('mutation Read { markNotificationRead(id: "n-1") { id } }',
                          principal=None)
    assert sample(OPERATIONS, operation_type="mutation", operation_name="Read") == before + 1


async def test_errors_are_counted_by_code_and_a_refused_text_as_unknown() -> None:
    parse_failed = sample(ERRORS, code="GRAPHQL_PARSE_FAILED")
    unauthenticated = sample(ERRORS, code="UNAUTHENTICATED")
    unknown = sample(OPERATIONS, operation_type="unknown", operation_name="anonymous")
    fake = gateway()
    await fake.query("{", principal=None)
    await fake.query("{ me { id } }", principal=None)
    assert sample(ERRORS, code="GRAPHQL_PARSE_FAILED") == parse_failed + 1
    assert sample(ERRORS, code="UNAUTHENTICATED") == unauthenticated + 1
    assert sample(OPERATIONS, operation_type="unknown", operation_name="anonymous") == unknown + 1
