"""`make up INSTANCES=...`: which processes the local stack plans, on which ports, and what the
gateway is told about them (deploy/local/stack.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deploy.local import infra
from deploy.local.stack import app_environment, instance_counts, plan
from gateway.settings import Settings as GatewaySettings


@pytest.fixture(autouse=True)
def default_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    for app in ("GATEWAY", "PROFILES", "MATCHING", "NOTIFICATIONS", "WEB"):
        monkeypatch.delenv(f"SMARTPICK_{app}_PORT", raising=False)


def test_no_count_runs_each_app_once_on_its_own_port() -> None:
    assert [(i.name, i.port) for i in plan(instance_counts(""))] == [
        ("profiles", 8001), ("matching", 8002), ("notifications", 8003), ("gateway", 8000)]


def test_more_instances_of_a_service_follow_its_port_by_tens() -> None:
    planned = plan(instance_counts("matching=3, notifications=2"))
    assert [(i.name, i.port) for i in planned] == [
        ("profiles", 8001), ("matching", 8002), ("matching-2", 8012), ("matching-3", 8022),
        ("notifications", 8003), ("notifications-2", 8013), ("gateway", 8000)]
    assert len({i.port for i in planned}) == len(planned)


def test_instances_follow_a_port_moved_by_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTPICK_MATCHING_PORT", "41002")
    assert [i.url for i in plan(instance_counts("matching=2")) if i.app.name == "matching"] == [
        "http://127.0.0.1:41002", "http://127.0.0.1:41012"]


@pytest.mark.parametrize("text", ["gateway=2", "matchng=2", "matching=0", "matching=9",
                                  "matching=two", "matching"])
def test_a_count_that_cannot_be_honoured_is_refused_with_its_reason(text: str) -> None:
    with pytest.raises(ValueError, match="INSTANCES"):
        instance_counts(text)


def test_the_gateway_is_told_every_instance_of_each_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SMARTPICK_INFRA_STATE", str(tmp_path))
    for name in ("PROFILES_URL", "MATCHING_URL", "NOTIFICATIONS_URL", "JWT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    env = app_environment(infra.Infra.from_env(), plan(instance_counts("matching=2")))
    assert env["MATCHING_URL"] == "http://127.0.0.1:8002,http://127.0.0.1:8012"
    assert env["PROFILES_URL"] == "http://127.0.0.1:8001"
    settings = GatewaySettings(matching_url=env["MATCHING_URL"], jwt_secret=env["JWT_SECRET"])
    assert settings.matching_url == "http://127.0.0.1:8002"  # what the gateway's calls name
    assert settings.service_instances["matching"] == ["http://127.0.0.1:8002",
                                                      "http://127.0.0.1:8012"]
