"""deploy/k8s runs the apps of `make up` as the code defines them: the same commands as
docker-compose.yml, on the ports of their settings, with only variables their settings read,
every one that must be set in a cluster, and probes on routes the apps have."""

import importlib
from typing import Any

import pytest
from fastapi import FastAPI
from pydantic_settings import BaseSettings
from starlette.routing import Match

from deploy.local.stack import APPS, App
from tests.unit.deploy.overlays import (
    K8S,
    OPERATOR_SECRETS,
    OVERLAYS,
    container,
    environment,
    find,
    of_kind,
)
from tests.unit.test_compose import COMPOSE, SETTINGS, UVICORN_VARIABLES

LOCAL_INFRA = {"kafka", "mongodb", "mailpit"}
TEST_SECRET = "x" * 32


def _port(app: App) -> int:
    port: int = SETTINGS[app.name].model_fields["port"].default
    return port


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_each_app_of_make_up_has_a_deployment_and_nothing_else_runs(overlay: str) -> None:
    names = {deployment["metadata"]["name"] for deployment in of_kind(overlay, "Deployment")}
    extra = LOCAL_INFRA if overlay == "local" else set()
    assert names == {app.name for app in APPS} | extra


@pytest.mark.parametrize("app", APPS, ids=lambda app: app.name)
def test_an_app_runs_the_compose_command_on_the_port_of_its_settings(app: App) -> None:
    port = _port(app)
    assert port == app.default_port  # the port make up gives it
    spec = container(find("production", "Deployment", app.name))
    compose_command = COMPOSE["services"][app.name]["command"]
    at = compose_command.index("--port")
    assert spec["command"] == [*compose_command[:at + 1], str(port), *compose_command[at + 2:]]
    assert spec["ports"] == [{"name": "http", "containerPort": port}]
    service = find("production", "Service", app.name)
    assert service["spec"]["ports"] == [{"name": "http", "port": port, "targetPort": "http"}]
    assert service["spec"]["selector"] == {"app.kubernetes.io/name": app.name}


def test_every_app_runs_the_one_image_compose_builds_for_all() -> None:
    builds = {str(COMPOSE["services"][app.name]["build"]) for app in APPS}
    assert len(builds) == 1
    images = {overlay: {container(find(overlay, "Deployment", app.name))["image"] for app in APPS}
              for overlay in OVERLAYS}
    assert images["local"] == {"smartpick:local"}  # what the README builds and loads
    assert len(images["production"]) == 1


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("app", APPS, ids=lambda app: app.name)
def test_every_variable_an_app_gets_is_a_setting_it_reads(overlay: str, app: App) -> None:
    fields = {field.upper() for field in SETTINGS[app.name].model_fields} | UVICORN_VARIABLES
    variables = environment(overlay, find(overlay, "Deployment", app.name))
    assert variables <= fields, variables - fields


def _must_be_set_in_a_cluster(settings: type[BaseSettings]) -> set[str]:
    """The token secret, settings without a default, and those whose default is this machine."""
    names = {"JWT_SECRET"}
    for field, info in settings.model_fields.items():
        if info.is_required() or (isinstance(info.default, str) and "127.0.0.1" in info.default):
            names.add(field.upper())
    return names


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("app", APPS, ids=lambda app: app.name)
def test_every_setting_pointing_at_this_machine_is_given(overlay: str, app: App) -> None:
    required = _must_be_set_in_a_cluster(SETTINGS[app.name])
    assert required <= environment(overlay, find(overlay, "Deployment", app.name))


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("app", APPS, ids=lambda app: app.name)
def test_an_app_accepts_the_values_its_config_maps_give(
        overlay: str, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    for source in container(find(overlay, "Deployment", app.name)).get("envFrom", []):
        if "configMapRef" in source:
            data = find(overlay, "ConfigMap", source["configMapRef"]["name"])["data"]
            for name, value in data.items():
                monkeypatch.setenv(name, value)
    settings = SETTINGS[app.name](jwt_secret=TEST_SECRET)  # validates every value it reads
    assert settings.model_dump()["environment"] == ("local" if overlay == "local" else "production")


def test_the_gateway_reaches_each_service_at_its_kubernetes_service() -> None:
    urls = find("production", "ConfigMap", "gateway-settings")["data"]
    for app in APPS:
        if app.name != "gateway":
            assert urls[f"{app.name.upper()}_URL"] == f"http://{app.name}:{_port(app)}"


def _answers_get(app: App, path: str) -> bool:
    """Whether the app, built by its factory, has a GET route at ``path``."""
    module, factory = app.factory.split(":")
    created: FastAPI = getattr(importlib.import_module(module), factory)(
        SETTINGS[app.name](jwt_secret=TEST_SECRET))
    scope = {"type": "http", "method": "GET", "path": path, "root_path": ""}
    return any(route.matches(scope)[0] == Match.FULL for route in created.routes)


@pytest.mark.parametrize("app", APPS, ids=lambda app: app.name)
def test_probes_ask_routes_the_app_has(app: App) -> None:
    """/healthz is alive; readiness is /readyz where the app has it (the services), and the
    gateway, which has only /healthz, is ready when alive (as make up waits for it)."""
    spec = container(find("production", "Deployment", app.name))
    liveness = spec["livenessProbe"]["httpGet"]["path"]
    readiness = spec["readinessProbe"]["httpGet"]["path"]
    assert (liveness, readiness) == ("/healthz", app.probe)
    assert spec["startupProbe"]["httpGet"]["path"] == "/healthz"
    assert _answers_get(app, liveness) and _answers_get(app, readiness)
    assert not _answers_get(app, "/no-such-probe")


def _hardened(pod: dict[str, Any]) -> None:
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["automountServiceAccountToken"] is False
    for spec in pod["containers"]:
        assert spec["securityContext"] == {"allowPrivilegeEscalation": False,
                                           "readOnlyRootFilesystem": True,
                                           "capabilities": {"drop": ["ALL"]}}
        assert set(spec["resources"]["requests"]) == set(spec["resources"]["limits"]) == {
            "cpu", "memory"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_apps_and_the_topics_job_run_unprivileged_within_limits(overlay: str) -> None:
    pods = [find(overlay, "Deployment", app.name)["spec"]["template"]["spec"] for app in APPS]
    pods.append(find(overlay, "Job", "kafka-topics")["spec"]["template"]["spec"])
    for pod in pods:
        _hardened(pod)


@pytest.mark.parametrize("app", APPS, ids=lambda app: app.name)
def test_replicas_of_an_app_spread_over_nodes_and_zones(app: App) -> None:
    pod = find("production", "Deployment", app.name)["spec"]["template"]["spec"]
    spread = pod["topologySpreadConstraints"]
    assert {c["topologyKey"] for c in spread} == {"kubernetes.io/hostname",
                                                 "topology.kubernetes.io/zone"}
    assert all(c["labelSelector"]["matchLabels"] == {"app.kubernetes.io/name": app.name}
               for c in spread)


def test_no_secret_is_in_git() -> None:
    """Production ships no Secret; local ships only the in-cluster addresses, never the token
    secret, which each installation makes (deploy/k8s/README.md)."""
    assert of_kind("production", "Secret") == []
    [local] = of_kind("local", "Secret")
    assert set(local["stringData"]) == {"KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URL"}
    assert all(value.startswith(("kafka:", "mongodb://mongodb:"))
               for value in local["stringData"].values())


def test_the_readme_names_every_secret_the_operator_creates_and_its_keys() -> None:
    readme = (K8S / "README.md").read_text()
    for name, keys in OPERATOR_SECRETS.items():
        assert f"`{name}`" in readme
        assert all(f"`{key}`" in readme for key in keys)
