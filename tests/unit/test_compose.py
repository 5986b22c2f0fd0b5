"""docker-compose.yml runs the same apps as `make up`, configured through the settings they read."""

from pathlib import Path
from typing import Any

import yaml
from pydantic_settings import BaseSettings

from deploy.local.stack import APPS, WEB
from gateway.settings import Settings as GatewaySettings
from services.matching.settings import Settings as MatchingSettings
from services.notifications.settings import Settings as NotificationsSettings
from services.profiles.settings import Settings as ProfilesSettings

COMPOSE: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parents[2] / "docker-compose.yml").read_text())
SETTINGS: dict[str, type[BaseSettings]] = {
    "profiles": ProfilesSettings, "matching": MatchingSettings,
    "notifications": NotificationsSettings, "gateway": GatewaySettings,
}


def test_compose_runs_every_app_of_make_up_on_official_images() -> None:
    services = COMPOSE["services"]
    assert ({app.name for app in (*APPS, WEB)} | {"kafka", "mongodb", "mailpit", "zipkin"}
            == set(services))
    assert services["web"]["build"]["dockerfile"] == "deploy/docker/web/Dockerfile"  # nginx
    assert services["mailpit"]["image"] == "axllent/mailpit:v1.33.1"  # what make up builds
    assert services["kafka"]["image"].startswith("apache/kafka:4.")
    assert services["mongodb"]["image"].startswith("mongo:7")
    for app in APPS:
        assert app.factory in " ".join(services[app.name]["command"])


UVICORN_VARIABLES = {"FORWARDED_ALLOW_IPS"}
"""Read by uvicorn itself, which runs every app."""
TRACING_VARIABLES = {"OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT",
                     "OTEL_EXPORTER_ZIPKIN_ENDPOINT"}
"""Read by OpenTelemetry's SDK (smartpick/tracing.py), the same in every app."""


def test_every_compose_variable_is_a_setting_of_its_app() -> None:
    for name, settings in SETTINGS.items():
        environment = COMPOSE["services"][name]["environment"]
        fields = ({field.upper() for field in settings.model_fields} | UVICORN_VARIABLES
                  | TRACING_VARIABLES)
        assert set(environment) <= fields, set(environment) - fields


def test_with_the_traces_profile_every_app_can_export_to_zipkin() -> None:
    services = COMPOSE["services"]
    assert services["zipkin"]["profiles"] == ["traces"]  # not run unless asked for
    assert services["zipkin"]["image"] == "openzipkin/zipkin:3.6.1"  # what make up fetches
    for app in APPS:
        environment = services[app.name]["environment"]
        assert environment["OTEL_TRACES_EXPORTER"] == "${OTEL_TRACES_EXPORTER:-otlp}"
        assert environment["OTEL_EXPORTER_ZIPKIN_ENDPOINT"] == "http://zipkin:9411/api/v2/spans"


def test_compose_has_no_default_secret_and_is_not_a_local_run() -> None:
    for app in APPS:
        environment = COMPOSE["services"][app.name]["environment"]
        assert environment["JWT_SECRET"].startswith("${JWT_SECRET:?")  # refuses to start unset
        assert environment["ENVIRONMENT"] == "${ENVIRONMENT:-production}"
