"""`make up TRACES=1`: the trace viewer is asked for by one variable, the apps are told where it
is by OpenTelemetry's own variables, and apps started with other tracing settings are restarted
(deploy/local/stack.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from deploy.local import infra
from deploy.local.stack import _reconcile, app_environment, instance_counts, plan, running


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SMARTPICK_INFRA_STATE", str(tmp_path))
    for name in ("SMARTPICK_TRACES", "SMARTPICK_ZIPKIN_PORT", "OTEL_TRACES_EXPORTER",
                 "OTEL_EXPORTER_ZIPKIN_ENDPOINT", "JWT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_without_the_request_the_apps_get_no_tracing_variables(state: Path) -> None:
    servers = infra.Infra.from_env()
    assert not servers.traces
    assert not [name for name in app_environment(servers) if name.startswith("OTEL_")]


def test_with_traces_every_app_exports_to_the_viewers_port(
        state: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTPICK_TRACES", "1")
    monkeypatch.setenv("SMARTPICK_ZIPKIN_PORT", "43411")
    servers = infra.Infra.from_env()
    assert servers.traces
    env = app_environment(servers)
    assert env["OTEL_TRACES_EXPORTER"] == "zipkin"
    assert env["OTEL_EXPORTER_ZIPKIN_ENDPOINT"] == "http://127.0.0.1:43411/api/v2/spans"
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "otlp,zipkin")  # the shell's choice wins
    assert app_environment(servers)["OTEL_TRACES_EXPORTER"] == "otlp,zipkin"


def test_apps_started_with_other_tracing_settings_are_stopped_to_start_again(
        state: Path) -> None:
    servers = infra.Infra.from_env()
    wanted = plan(instance_counts(""))
    _reconcile(servers, wanted, {})  # as the first `make up` left them
    for name in ("profiles", "gateway", "web"):
        infra.spawn(name, [sys.executable, "-c", "import time; time.sleep(60)"], servers)
    try:
        _reconcile(servers, wanted, {})
        assert set(running(servers)) == {"profiles", "gateway", "web"}  # nothing changed
        _reconcile(servers, wanted, {"OTEL_TRACES_EXPORTER": "zipkin"})
        assert set(running(servers)) == {"web"}  # the web client does not trace
    finally:
        for name in running(servers):
            infra.stop_process(name, servers)
