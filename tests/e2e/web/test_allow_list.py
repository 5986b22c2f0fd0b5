"""Production mode: a gateway that runs only the web build's operations (its allow-list,
web/dist/persisted-queries.json) still serves the whole try-it journey, by hash alone, and
refuses any other operation with a code."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

import httpx
import pytest
from playwright.sync_api import Page, Request, expect

from tests.e2e.conftest import Platform
from tests.e2e.web.conftest import DIST, Watched, Web, web_on_gateway

pytestmark = pytest.mark.e2e
MANIFEST = DIST / "persisted-queries.json"


@pytest.fixture(scope="module")
def production_web(platform: Platform, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    with web_on_gateway(platform, tmp_path_factory.mktemp("allow-list-logs"),
                        ENVIRONMENT="production", GRAPHQL_ALLOW_LIST=str(MANIFEST),
                        TRY_PLAN_PER_MINUTE="100000") as served:
        yield served


def test_the_build_lists_every_operation_it_sends_and_nothing_else() -> None:
    manifest: dict[str, str] = json.loads(MANIFEST.read_text())
    names = {re.match(r"(query|mutation|subscription) (\w+)", text).group(2)  # type: ignore[union-attr]
             for text in manifest.values()}
    assert {"TryPlan", "ChanceModel", "SignUp", "NotificationAdded"} <= names, names


def test_the_try_it_journey_runs_on_hashes_alone_under_the_allow_list(
    production_web: Web, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    page = watched.page
    sent: list[dict[str, object]] = []

    def on_request(request: Request) -> None:
        if request.url == production_web.graphql and request.method == "POST":
            sent.append(json.loads(request.post_data or "{}"))

    page.on("request", on_request)
    page.goto(production_web.url)
    page.get_by_label("USMLE Step 2 CK score").fill("240")
    page.get_by_role("button", name="Show my plan").click()
    expect(page.locator('[data-figure="P(match)"]')).to_have_text(re.compile(r"^\d+(\.\d)?%$"))
    page.get_by_role("button", name="How is this computed?").first.click()
    expect(page.get_by_role("dialog", name="How Smart Pick computes chances")).to_be_visible()
    check_page(page, "try-it-production")
    assert sent and all("query" not in body and "persistedQuery" in body["extensions"]  # type: ignore[operator]
                        for body in sent), sent


@pytest.mark.parametrize("body", [
    {"query": "{ health }"},
    {"query": "query ChanceModel { model { version } }"},  # a listed name, another text
    {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}},
])
def test_an_operation_not_in_the_build_is_refused_with_a_code(
        production_web: Web, body: dict[str, object]) -> None:
    answer = httpx.post(production_web.graphql, json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    assert [e["extensions"]["code"] for e in answer.json()["errors"]] == [
        "PERSISTED_QUERY_NOT_ALLOWED"]
    assert "data" not in answer.json()

