"""Times each GraphQL operation by type and name, and counts the errors answered by code.

Operation names come from clients, so they are bounded before they become labels: an unnamed
operation is ``anonymous``, a name that is no plain identifier or comes after ``MAX_NAMES``
distinct ones is ``other``. Our clients use a few dozen names; a client inventing a name per
request then costs one series, not one per request.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator

from strawberry.extensions import SchemaExtension

from gateway.errors import CODES
from smartpick.metrics import GRAPHQL_ERRORS, GRAPHQL_OPERATION_SECONDS

MAX_NAMES = 200
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


class OperationNames:
    """The label of each operation name: the first ``limit`` distinct plain names as they are."""

    def __init__(self, limit: int = MAX_NAMES) -> None:
        self._limit = limit
        self._known: set[str] = set()

    def label(self, name: str | None) -> str:
        if not name:
            return "anonymous"
        if not NAME.fullmatch(name):
            return "other"
        if name not in self._known and len(self._known) < self._limit:
            self._known.add(name)
        return name if name in self._known else "other"


class OperationMetrics(SchemaExtension):
    """Observes parse, validation and execution of one operation; for a subscription, up to
    its stream's start (its lifetime is no latency). An operation refused before execution
    (a syntax error, over the cost limit) is observed when the refusal is made."""

    def __init__(self, names: OperationNames) -> None:
        self._names = names
        self._started = 0.0
        self._observed = False

    def on_operation(self) -> Iterator[None]:
        self._started = time.perf_counter()
        try:
            yield
        finally:  # a refusal may leave the hook by an exception (a syntax error does)
            if not self._observed:
                self._observe()

    def on_execute(self) -> Iterator[None]:
        try:
            yield
        finally:
            self._observe()

    def _observe(self) -> None:
        self._observed = True
        context = self.execution_context
        try:
            operation_type = context.operation_type.value
        except RuntimeError:  # no document, or no operation of the name asked for
            operation_type = "unknown"
        GRAPHQL_OPERATION_SECONDS.labels(operation_type, self._names.label(
            context.operation_name)).observe(time.perf_counter() - self._started)


def count_errors(codes: Iterable[object]) -> None:
    """Count answered errors by ``extensions.code``; a code we never give is counted ``OTHER``."""
    for code in codes:
        GRAPHQL_ERRORS.labels(str(code) if code in CODES else "OTHER").inc()
