"""Trace context through the outbox and the consumer, with spans kept in memory: an entry stores
the trace it was staged in, the record carries it as W3C headers, and the consumer's span
continues it, so what a handler stages belongs to the same trace."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from opentelemetry.exporter.zipkin.json import ZipkinExporter
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, Tracer

from smartpick import tracing
from smartpick.consumer import BatchHandler
from smartpick.events import ApplicantProfileUpdated, CloudEvent, Event, OutcomeDeleted
from smartpick.events.envelope import from_kafka, to_kafka
from smartpick.outbox import Outbox
from tests.integration.harness import profile_event
from tests.unit.test_consumer import DeadLetters, consumer, deleted, record


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Tracer, InMemorySpanExporter]]:
    """A recording tracer for the test and the app code alike, without touching the global
    provider (it can be set once a process)."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("test")
    monkeypatch.setattr(tracing, "_tracer", tracer)
    yield tracer, exporter
    provider.shutdown()


def trace_id(traceparent: str | None) -> str:
    assert traceparent is not None
    return traceparent.split("-")[1]


def test_an_outbox_entry_stores_the_trace_it_was_staged_in_and_the_record_sends_it(
        spans: tuple[Tracer, InMemorySpanExporter]) -> None:
    tracer, _ = spans
    with tracer.start_as_current_span("profile update") as span:
        entry = Outbox("/profiles", None).entry(profile_event("a"))
    stored = entry["envelope"]["traceparent"]
    assert trace_id(stored) == format(span.get_span_context().trace_id, "032x")
    key, value, headers = to_kafka(CloudEvent.model_validate(entry["envelope"]))
    assert ("traceparent", stored.encode()) in headers
    assert not any(name == "ce_traceparent" for name, _ in headers)
    assert from_kafka(key, value, headers).traceparent == stored


def test_an_entry_staged_outside_any_trace_sends_no_trace_headers() -> None:
    entry = Outbox("/profiles", None).entry(profile_event("a"))
    assert entry["envelope"]["traceparent"] is None
    _, _, headers = to_kafka(CloudEvent.model_validate(entry["envelope"]))
    assert not any(name in ("traceparent", "tracestate") for name, _ in headers)


async def test_a_handler_runs_in_a_consumer_span_continuing_the_events_trace(
        spans: tuple[Tracer, InMemorySpanExporter]) -> None:
    tracer, exporter = spans
    with tracer.start_as_current_span("profile update") as origin:
        sent = record(deleted("a"), 0)
    staged: list[dict[str, Any]] = []

    async def handler(event: Event, envelope: CloudEvent) -> None:
        staged.append(Outbox("/matching", None).entry(profile_event("a")))

    found = consumer({OutcomeDeleted: [handler]}, DeadLetters())
    await found._handle_records([found._parse(sent)])
    [span] = [s for s in exporter.get_finished_spans() if s.kind is SpanKind.CONSUMER]
    assert span.parent is not None and span.parent.span_id == origin.get_span_context().span_id
    assert span.context is not None
    assert span.context.trace_id == origin.get_span_context().trace_id
    assert span.name == "process profiles.applicants"
    assert span.attributes is not None and span.attributes["cloudevents.event_id"] == "e-0"
    # what the handler staged continues the trace, as a child of the consumer span
    assert staged[0]["envelope"]["traceparent"].split("-")[2] == format(span.context.span_id,
                                                                        "016x")


async def test_a_batch_runs_in_one_span_under_its_first_events_trace_linked_to_all(
        spans: tuple[Tracer, InMemorySpanExporter]) -> None:
    tracer, exporter = spans
    origins = []
    records = []
    for n, applicant in enumerate(["a", "b"]):
        with tracer.start_as_current_span(f"update {applicant}") as origin:
            records.append(record(profile_event(applicant), n))
        origins.append(origin.get_span_context())

    async def many(items: Sequence[tuple[Event, CloudEvent]]) -> None:
        assert len(items) == 2

    found = consumer({ApplicantProfileUpdated: [BatchHandler(many)]}, DeadLetters())
    await found._handle_records([found._parse(each) for each in records])
    consumed: list[ReadableSpan] = [s for s in exporter.get_finished_spans()
                                    if s.kind is SpanKind.CONSUMER]
    assert len(consumed) == 1
    assert consumed[0].parent is not None and consumed[0].parent.span_id == origins[0].span_id
    assert [link.context.span_id for link in consumed[0].links] == [o.span_id for o in origins]


def _only(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]) -> None:
    """Exactly ``environment`` of the variables that choose exporters."""
    for name in ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                 "OTEL_SDK_DISABLED", "OTEL_TRACES_EXPORTER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)


OTLP_ENDPOINT = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}


@pytest.mark.parametrize(("environment", "expected"), [
    ({}, []),
    (OTLP_ENDPOINT, ["otlp"]),
    ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://127.0.0.1:4318/v1/traces"}, ["otlp"]),
    ({**OTLP_ENDPOINT, "OTEL_SDK_DISABLED": "true"}, []),
    ({**OTLP_ENDPOINT, "OTEL_TRACES_EXPORTER": "none"}, []),
    ({"OTEL_TRACES_EXPORTER": "otlp"}, []),
    ({"OTEL_TRACES_EXPORTER": "zipkin"}, ["zipkin"]),
    ({"OTEL_TRACES_EXPORTER": "Zipkin_JSON"}, ["zipkin_json"]),
    ({**OTLP_ENDPOINT, "OTEL_TRACES_EXPORTER": "otlp, zipkin"}, ["otlp", "zipkin"]),
    ({"OTEL_TRACES_EXPORTER": "zipkin", "OTEL_SDK_DISABLED": "true"}, []),
])
def test_spans_are_exported_to_a_configured_otlp_endpoint_or_a_named_exporter(
        monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: list[str]) -> None:
    _only(monkeypatch, environment)
    assert tracing.exporters() == expected
    assert tracing.exporting() is bool(expected)


def test_an_exporter_this_platform_lacks_is_refused_by_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _only(monkeypatch, {"OTEL_TRACES_EXPORTER": "zipkin,jaeger"})
    with pytest.raises(ValueError, match="OTEL_TRACES_EXPORTER: jaeger"):
        tracing.exporting()


def test_the_zipkin_exporter_posts_to_the_standard_variables_endpoint(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_ZIPKIN_ENDPOINT", "http://127.0.0.1:19411/api/v2/spans")
    exporter = tracing._exporter("zipkin")
    assert isinstance(exporter, ZipkinExporter)
    assert exporter.endpoint == "http://127.0.0.1:19411/api/v2/spans"
