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


def test_each_service_call_is_not_a_log_line_but_its_failure_is(
        capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("gateway", "INFO")
    logging.getLogger("httpx").info('HTTP Request: GET http://matching/x "HTTP/1.1 200 OK"')
    logging.getLogger("httpx").warning("a retry")
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["message"] for line in lines] == ["a retry"]


def test_an_access_log_silenced_by_uvicorn_stays_silent(
        capsys: pytest.CaptureFixture[str]) -> None:
    access = logging.getLogger("uvicorn.access")
    try:
        access.handlers, access.propagate = [], False  # what `--no-access-log` leaves
        configure_logging("gateway", "INFO")
        access.info('127.0.0.1:1 - "POST /graphql HTTP/1.1" 200')
        assert capsys.readouterr().out == ""
        access.handlers, access.propagate = [logging.NullHandler()], False  # uvicorn's default
        configure_logging("gateway", "INFO")
        access.info('127.0.0.1:1 - "POST /graphql HTTP/1.1" 200')
        assert json.loads(capsys.readouterr().out)["logger"] == "uvicorn.access"
    finally:
        access.handlers, access.propagate = [], True
