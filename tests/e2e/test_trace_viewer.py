"""`make up TRACES=1`'s trace viewer: Zipkin, started by the helper `make up` uses, receives
every app's spans through the standard variables (``OTEL_TRACES_EXPORTER=zipkin``) and shows a
profile update as one trace, from its API and on its web page."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from deploy.local import infra
from tests.e2e.conftest import Platform, started
from tests.e2e.test_journey import PROFILE, gql, sign_up, wait_for_me
from tests.ports import free_port
from tests.servers import MailServer, Servers

pytestmark = pytest.mark.e2e

OPERATION = "ViewedProfileUpdate"
APPS = {"gateway", "profiles", "matching", "notifications"}


@pytest.fixture(scope="module")
def zipkin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[infra.Infra]:
    """Zipkin on a port of its own, its jar fetched on first use."""
    viewer = infra.Infra(state=tmp_path_factory.mktemp("zipkin"), zipkin_port=free_port(),
                         traces=True)
    infra.fetch_zipkin()
    try:
        infra.start_zipkin(viewer)
        yield viewer
    finally:
        infra.stop_process("zipkin", viewer)


@pytest.fixture(scope="module")
def traced_platform(servers: Servers, mailpit: MailServer, zipkin: infra.Infra,
                    tmp_path_factory: pytest.TempPathFactory) -> Iterator[Platform]:
    """The apps, exporting to Zipkin as `make up TRACES=1` sets them up (batched every 0.2 s)."""
    exporting = {"OTEL_TRACES_EXPORTER": "zipkin", "OTEL_BSP_SCHEDULE_DELAY": "200",
                 "OTEL_EXPORTER_ZIPKIN_ENDPOINT": zipkin.zipkin_url + "/api/v2/spans"}
    with started(Platform(servers, f"e2ez{uuid.uuid4().hex[:8]}.", mail=mailpit,
                          logs=tmp_path_factory.mktemp("traced-platform-logs")),
                 **exporting) as running:
        yield running


def trace_of_operation(zipkin: infra.Infra, within: float = 30) -> list[dict[str, Any]]:
    """The one trace Zipkin finds for the gateway's ``OPERATION``, once every app's spans are in
    (Zipkin keeps span names in lower case)."""
    deadline = time.monotonic() + within
    while True:
        answer = httpx.get(f"{zipkin.zipkin_url}/api/v2/traces",
                           params={"serviceName": "gateway", "limit": 1000}, timeout=10)
        answer.raise_for_status()
        found = [spans for spans in answer.json()
                 if any(OPERATION.lower() in span.get("name", "") for span in spans)]
        services = [{span["localEndpoint"]["serviceName"] for span in spans} for spans in found]
        if len(found) == 1 and services[0] >= APPS:
            trace: list[dict[str, Any]] = found[0]
            return trace
        if time.monotonic() > deadline:
            raise AssertionError(f"{len(found)} traces of {OPERATION}, of {services}")
        time.sleep(0.5)


def test_zipkin_shows_a_profile_update_as_one_trace_of_every_app(
        traced_platform: Platform, zipkin: infra.Infra) -> None:
    token, _ = sign_up(traced_platform)
    result = gql(traced_platform, f"mutation {OPERATION} {{ updateMyProfile(input: {PROFILE}) "
                                  "{ step2Score } }", token)
    assert "errors" not in result, result
    wait_for_me(traced_platform, token, lambda me: me["notifications"]["unreadCount"] == 1)
    spans = trace_of_operation(zipkin)
    kinds = {(span["localEndpoint"]["serviceName"], span.get("kind")) for span in spans}
    assert {("gateway", "CLIENT"), ("profiles", "SERVER"), ("matching", "CONSUMER"),
            ("notifications", "CONSUMER")} <= kinds
    ids = {span["id"] for span in spans}
    orphans = [span for span in spans if span.get("parentId") not in (None, *ids)]
    assert not orphans, orphans
    page = httpx.get(f"{zipkin.zipkin_url}/zipkin/", timeout=10)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<title>Zipkin</title>" in page.text
