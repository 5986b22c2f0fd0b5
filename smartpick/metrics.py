"""Every Prometheus series of the platform, and the ``/metrics`` route each app serves them on.

The series live in prometheus-client's default registry, which also carries its process
collector (CPU, memory, open files). Each app runs as one uvicorn process, so the registry is the
process's whole truth and no multiprocess mode is needed; which app a series comes from is the
scrape's ``job`` label. Labels are bounded on purpose: route templates, event types, topics,
error codes, never raw paths or ids. docs/metrics.md says what each series means.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fastapi import FastAPI, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from smartpick.request_metrics import RequestMetrics

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
"""Seconds: from a cached GraphQL field (milliseconds) to a what-if or a batch of handled
events on FerretDB (seconds)."""

HTTP_REQUEST_SECONDS = Histogram(
    "smartpick_http_request_duration_seconds",
    "Time from a request's arrival to its response's headers, per route template.",
    ["method", "route", "status"], buckets=LATENCY_BUCKETS)
HANDLER_SECONDS = Histogram(
    "smartpick_event_handler_duration_seconds",
    "Time of one handler call (a batch handler's call covers a run of events), per event type.",
    ["event_type"], buckets=LATENCY_BUCKETS)
EVENTS_HANDLED = Counter(
    "smartpick_events_handled",
    "Events the consumer finished with, per event type and outcome.",
    ["event_type", "outcome"])
CONSUMER_LAG = Gauge(
    "smartpick_consumer_lag",
    "Records of a partition not yet consumed (high watermark minus position) after a poll.",
    ["topic", "partition"])
DEAD_LETTERS = Counter(
    "smartpick_dead_letters", "Records copied to <topic>.DLT, per original topic.", ["topic"])
OUTBOX_BACKLOG = Gauge(
    "smartpick_outbox_backlog",
    "Staged events the relay has not settled: handed to it and unsent, or left on the pending "
    "list at its last sweep.")
OUTBOX_OLDEST_SECONDS = Gauge(
    "smartpick_outbox_oldest_age_seconds", "Age of the oldest event of the outbox backlog.")
INBOX_ENTRIES = Counter(
    "smartpick_inbox_entries",
    "Inbox entries written (recorded) and deleted (pruned) by this process.", ["action"])
LIST_CHANGES_PENDING = Gauge(
    "smartpick_matching_list_changes_pending",
    "Catalog or model changes whose followers matching has yet to tell (its recomputation "
    "queue), as its notifier last read them.")
GRAPHQL_OPERATION_SECONDS = Histogram(
    "smartpick_graphql_operation_duration_seconds",
    "Time of a GraphQL operation, parse to result, per operation type and bounded name.",
    ["operation_type", "operation_name"], buckets=LATENCY_BUCKETS)
GRAPHQL_ERRORS = Counter(
    "smartpick_graphql_errors", "GraphQL errors answered, per extensions.code.", ["code"])

GATEWAY_CACHE_LOOKUPS = Counter(
    "smartpick_gateway_cache_lookups",
    "Lookups in the gateway's per-applicant answer cache, per level (page: matching's "
    "recommendations page; response: a whole GraphQL result) and outcome (hit, miss, bypassed: "
    "the live consumer is not current, so nothing is cached).",
    ["level", "outcome"])
GATEWAY_CACHE_INVALIDATIONS = Counter(
    "smartpick_gateway_cache_invalidations",
    "RecommendationsReady events that made the gateway forget an applicant's cached answers.")


def instrument(app: FastAPI) -> None:
    """Measure every HTTP request of ``app`` and serve the registry at ``/metrics`` (outside
    the OpenAPI schema: it is for the scraper, not for clients)."""
    app.add_middleware(RequestMetrics, histogram=HTTP_REQUEST_SECONDS)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


def watch_outbox(backlog: Callable[[], tuple[int, datetime | None]]) -> None:
    """Read the outbox relay's own ``backlog`` (count, oldest staging time) at each scrape: a
    service process has one relay, and the relay knows its backlog without a query."""
    OUTBOX_BACKLOG.set_function(lambda: backlog()[0])
    OUTBOX_OLDEST_SECONDS.set_function(lambda: _age(backlog()[1]))


def _age(since: datetime | None) -> float:
    return 0.0 if since is None else max(0.0, (datetime.now(UTC) - since).total_seconds())
