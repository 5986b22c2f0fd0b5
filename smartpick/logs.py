"""Structured logs: one JSON object per line, carrying the service and the event being handled."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pythonjsonlogger.json import JsonFormatter

_event_id: ContextVar[str | None] = ContextVar("event_id", default=None)
_event_type: ContextVar[str | None] = ContextVar("event_type", default=None)


@contextmanager
def event_context(event_id: str, event_type: str) -> Iterator[None]:
    """Every log line written while handling an event names that event."""
    id_token, type_token = _event_id.set(event_id), _event_type.set(event_type)
    try:
        yield
    finally:
        _event_id.reset(id_token)
        _event_type.reset(type_token)


class _ContextFilter(logging.Filter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self._service = service

    def filter(self, record: logging.LogRecord) -> bool:
        record.service = self._service
        record.event_id = _event_id.get()
        record.event_type = _event_type.get()
        return True


def configure_logging(service: str, level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.addFilter(_ContextFilter(service))
    handler.setFormatter(JsonFormatter(
        "{asctime}{levelname}{name}{message}{service}{event_id}{event_type}", style="{",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
    ))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        if name == "uvicorn.access" and not logger.handlers and not logger.propagate:
            continue  # silenced by `--no-access-log`: it stays so
        # uvicorn installs plain-text handlers before the app exists; route them through ours.
        logger.handlers.clear()
        logger.propagate = True
    # A line per Kafka fetch or per service call (httpx logs each request at INFO) would
    # bury the lines that matter and cost each request its formatting: metrics count those.
    for name in ("aiokafka", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
