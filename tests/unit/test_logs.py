"""Logs are JSON lines naming the service and the event being handled."""

import json
import logging

import pytest

from smartpick.logs import configure_logging, event_context


def test_log_lines_are_json_with_the_event_id(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("matching", "INFO")
    log = logging.getLogger("smartpick.test")
    with event_context("e-123", "org.smartpick.profiles.applicant.updated.v1"):
        log.info("handled")
    log.info("idle")
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["message"] == "handled" and first["service"] == "matching"
    assert first["event_id"] == "e-123" and first["level"] == "INFO"
    assert second["event_id"] is None
