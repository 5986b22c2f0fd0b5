"""After the first journey, every app's /metrics shows it: requests timed per route, the profile
event handled in matching and its recommendations in notifications, GraphQL operations by type
and name, a lag gauge per consumed partition and each service's outbox backlog."""

from __future__ import annotations

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from smartpick.events import ApplicantProfileUpdated, RecommendationsReady
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql, sign_up, update_profile, wait_for_me

pytestmark = pytest.mark.e2e
SERVICES = ("profiles", "matching", "notifications")


def scrape(platform: Platform, app: str) -> list[Sample]:
    response = httpx.get(platform.urls[app] + "/metrics", timeout=10)
    assert response.status_code == 200, response.text
    return [found for family in text_string_to_metric_families(response.text)
            for found in family.samples]


def total(samples: list[Sample], name: str, **labels: str) -> float:
    return sum(found.value for found in samples
               if found.name == name and labels.items() <= found.labels.items())


def test_each_app_exposes_the_series_of_a_journey(platform: Platform) -> None:
    token, _ = sign_up(platform)
    update_profile(platform, token)
    wait_for_me(platform, token, lambda m: m["recommendations"]["totalCount"] > 0
                and m["notifications"]["unreadCount"] == 1)
    assert gql(platform, "query MetricsProbe { health }")["data"] == {"health": True}
    scraped = {app: scrape(platform, app) for app in (*SERVICES, "gateway")}

    for app, samples in scraped.items():
        assert total(samples, "smartpick_http_request_duration_seconds_count") > 0, app
    gateway = scraped["gateway"]
    assert total(gateway, "smartpick_http_request_duration_seconds_count",
                 route="/graphql", method="POST", status="2xx") > 0
    assert total(scraped["profiles"], "smartpick_http_request_duration_seconds_count",
                 route="/applicants/{applicant_id}/profile") > 0

    handled = {"matching": ApplicantProfileUpdated.event_type,
               "notifications": RecommendationsReady.event_type}
    for app, event_type in handled.items():
        samples = scraped[app]
        assert total(samples, "smartpick_events_handled_total", event_type=event_type,
                     outcome="ok") > 0, app
        assert total(samples, "smartpick_event_handler_duration_seconds_count",
                     event_type=event_type) > 0, app
        lags = [found for found in samples if found.name == "smartpick_consumer_lag"]
        assert lags and all(found.labels["topic"].startswith(platform.prefix) for found in lags)

    for operation_type, name in [("mutation", "anonymous"), ("query", "anonymous"),
                                 ("query", "MetricsProbe")]:
        assert total(gateway, "smartpick_graphql_operation_duration_seconds_count",
                     operation_type=operation_type, operation_name=name) > 0, name

    for app in SERVICES:
        names = {found.name for found in scraped[app]}
        assert {"smartpick_outbox_backlog", "smartpick_outbox_oldest_age_seconds"} <= names, app
