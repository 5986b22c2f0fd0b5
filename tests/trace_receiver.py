"""An OTLP/HTTP trace receiver for tests: a loopback HTTP server that decodes each
``ExportTraceServiceRequest`` (protobuf, as OpenTelemetry's exporter posts it to ``/v1/traces``)
and keeps its spans, so an end-to-end test can see what the apps really export."""

from __future__ import annotations

import gzip
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.proto.trace.v1.trace_pb2 import Span


@dataclass(frozen=True)
class ReceivedSpan:
    service: str
    trace_id: str
    span_id: str
    parent_id: str
    name: str
    kind: int
    """``Span.SpanKind`` of opentelemetry-proto (``Span.SPAN_KIND_CONSUMER``...)."""


KEPT = 100_000
"""Spans a receiver keeps, the latest: the whole e2e session exports to one, load tests too."""


class TraceReceiver:
    """Keeps the spans posted to it; ``endpoint`` is what ``OTEL_EXPORTER_OTLP_ENDPOINT`` takes."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self.endpoint = f"http://127.0.0.1:{server.server_address[1]}"
        self._spans: deque[ReceivedSpan] = deque(maxlen=KEPT)
        self._lock = threading.Lock()

    def keep(self, request: ExportTraceServiceRequest) -> None:
        with self._lock:
            for resource_spans in request.resource_spans:
                service = next((a.value.string_value for a in resource_spans.resource.attributes
                                if a.key == "service.name"), "")
                for scope in resource_spans.scope_spans:
                    self._spans.extend(_received(service, span) for span in scope.spans)

    def spans(self) -> list[ReceivedSpan]:
        with self._lock:
            return list(self._spans)


def _received(service: str, span: Span) -> ReceivedSpan:
    return ReceivedSpan(service, span.trace_id.hex(), span.span_id.hex(), span.parent_span_id.hex(),
                        span.name, span.kind)


class _Server(ThreadingHTTPServer):
    receiver: TraceReceiver


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        if self.headers.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        request = ExportTraceServiceRequest()
        request.ParseFromString(body)
        self.server.receiver.keep(request)
        answer = ExportTraceServiceResponse().SerializeToString()
        self.send_response(200)
        self.send_header("content-type", "application/x-protobuf")
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the apps post every fraction of a second."""


@contextmanager
def running_trace_receiver() -> Iterator[TraceReceiver]:
    """A receiver on a free loopback port, for as long as the context lasts."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.receiver = TraceReceiver(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.receiver
    finally:
        server.shutdown()
        server.server_close()
