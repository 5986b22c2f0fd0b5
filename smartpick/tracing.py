"""OpenTelemetry tracing for every app: one tracer provider per process, W3C trace context carried
over HTTP (server spans, the gateway's calls) and over Kafka (with each outbox entry, then in the
record headers ``traceparent``/``tracestate``, the CloudEvents distributed-tracing extension).

Configured by OpenTelemetry's own environment variables only. The SDK is installed when an
exporter is asked for: ``OTEL_TRACES_EXPORTER`` names them (``otlp`` by default, ``zipkin``), and
``otlp`` counts only with an endpoint set (``OTEL_EXPORTER_OTLP_ENDPOINT`` or
``…_TRACES_ENDPOINT``); never with ``OTEL_SDK_DISABLED=true`` or ``OTEL_TRACES_EXPORTER=none``.
Otherwise the API's no-op tracer still hands an incoming trace context on to what a request or
handler sends (a few dictionary operations), but records and exports nothing. docs/tracing.md
lists the spans.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

import httpx
from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.trace import Link, SpanKind
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

if TYPE_CHECKING:
    from opentelemetry.sdk.trace.export import SpanExporter

TRACE_ATTRIBUTES = ("traceparent", "tracestate")
"""The W3C header names, which are also the CloudEvents distributed-tracing attributes."""
UNTRACED_PATHS = "/healthz,/readyz,/metrics"
"""Probes and scrapes: many a minute, each a trace of its own that tells nothing."""

_W3C = TraceContextTextMapPropagator()
"""Explicitly W3C, whatever ``OTEL_PROPAGATORS`` says: the stored attributes are W3C by name."""
_tracer = trace.get_tracer("smartpick")
_configured = False

OTLP = "otlp"
ZIPKIN = ("zipkin", "zipkin_json")
"""``OTEL_TRACES_EXPORTER``'s names for Zipkin: the specification's, and the Python exporter's
own entry-point name. Both send Zipkin's JSON v2 (``opentelemetry-exporter-zipkin-json``), which
every Zipkin server accepts; the protobuf variant would need one more package for nothing."""


def exporters() -> list[str]:
    """The exporters this process should send spans to, by the standard variables (empty:
    record nothing). OTLP needs an endpoint: the default ``otlp`` with none set means "not
    configured", not "send to localhost"; Zipkin's exporter, asked for by name, has its own
    default endpoint (``http://localhost:9411/api/v2/spans``). An unknown name stops the app."""
    if os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return []
    named = os.environ.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    names = [name.strip() for name in (named or OTLP).split(",") if name.strip()]
    unknown = [name for name in names if name not in {"none", OTLP, *ZIPKIN}]
    if unknown:
        raise ValueError(f"OTEL_TRACES_EXPORTER: {', '.join(unknown)}: this platform exports "
                         f"with {OTLP}, {' or '.join(ZIPKIN)}, or none")
    endpoint = bool(os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
                    or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"))
    return [name for name in dict.fromkeys(names) if name in ZIPKIN or (name == OTLP and endpoint)]


def exporting() -> bool:
    """Whether this process should record and export spans."""
    return bool(exporters())


def _exporter(name: str) -> SpanExporter:
    """The SDK's exporter called ``name``, configured by its own standard variables."""
    if name == OTLP:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        return OTLPSpanExporter()
    from opentelemetry.exporter.zipkin.json import ZipkinExporter
    return ZipkinExporter()


def configure_tracing(service_name: str) -> None:
    """Install the SDK with a batching processor per exporter of ``exporters()`` (OTLP/HTTP,
    Zipkin), if any; once a process.

    ``service_name`` is the default ``service.name``: ``OTEL_SERVICE_NAME`` wins. The SDK's own
    exit hook flushes what is batched when the process ends.
    """
    global _configured
    names = [] if _configured else exporters()
    if not names:
        return
    # Imported here: a process that exports nothing never loads the SDK.
    from opentelemetry.sdk.resources import SERVICE_NAME, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    named = {} if os.environ.get("OTEL_SERVICE_NAME") else {SERVICE_NAME: service_name}
    provider = TracerProvider(resource=Resource.create(named))
    for name in names:
        provider.add_span_processor(BatchSpanProcessor(_exporter(name)))
    trace.set_tracer_provider(provider)
    _configured = True


def trace_http(app: FastAPI) -> None:
    """A SERVER span per HTTP request of ``app``, named by route template, child of the
    caller's ``traceparent``; none for probes and scrapes. Only where spans are exported: with
    nothing recorded its middleware still cost 0.3-0.6 ms per request (a gateway `{ health }`
    took 2.2 ms of CPU without it, 2.5-2.9 with it)."""
    if exporting():
        FastAPIInstrumentor.instrument_app(app, excluded_urls=UNTRACED_PATHS,
                                           exclude_spans=["receive", "send"])


def trace_client(client: httpx.AsyncClient) -> None:
    """A CLIENT span per request of ``client``, whose ``traceparent`` goes with the request;
    only where spans are exported: with nothing recorded the instrumentation still cost about
    0.15 ms per request (a gateway answer makes one to three)."""
    if exporting():
        HTTPXClientInstrumentor.instrument_client(client)


def current_trace() -> dict[str, str]:
    """The current trace context as W3C attributes (empty outside any trace), to store with an
    event so that whoever handles it continues this trace."""
    carrier: dict[str, str] = {}
    _W3C.inject(carrier)
    return carrier


def context_of(attributes: Mapping[str, str | None]) -> Context | None:
    """The trace context ``attributes`` (``traceparent``, ``tracestate``) carry, if any."""
    carrier = {name: value for name, value in attributes.items() if value}
    if "traceparent" not in carrier:
        return None
    context = _W3C.extract(carrier)
    return context if trace.get_current_span(context).get_span_context().is_valid else None


@contextmanager
def consuming(topic: str, event_type: str, traces: Sequence[Mapping[str, str | None]],
              event_id: str | None = None) -> Iterator[None]:
    """Run a handler in a CONSUMER span for events of one ``topic`` and type carrying ``traces``.

    The span's parent is the first event's trace, so the handler's own events and calls continue
    the trace that sent it; for a batch, every event's trace is also a link, as the messaging
    conventions have it for batches.
    """
    contexts = [context for context in map(context_of, traces) if context is not None]
    links = [Link(trace.get_current_span(context).get_span_context()) for context in contexts] \
        if len(traces) > 1 else []
    attributes: dict[str, str | int] = {
        "messaging.system": "kafka", "messaging.operation.type": "process",
        "messaging.destination.name": topic, "cloudevents.event_type": event_type}
    if event_id is not None:
        attributes["cloudevents.event_id"] = attributes["messaging.message.id"] = event_id
    if len(traces) > 1:
        attributes["messaging.batch.message_count"] = len(traces)
    with _tracer.start_as_current_span(f"process {topic}", context=contexts[0] if contexts else
                                       Context(), kind=SpanKind.CONSUMER, links=links,
                                       attributes=attributes):
        yield
