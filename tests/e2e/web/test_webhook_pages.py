"""An endpoint's page in a browser, beyond the organization journey (test_organization.py): a
URL the SSRF rules refuse shows at the URL field of the create and edit forms (not as a page
alert), the messages come a page at a time ("Load more messages", by cursor through
``me.webhookEndpoint(id)``), and an address that is no endpoint of the organization says so."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.e2e.web.conftest import Watched, Web
from tests.e2e.web.test_organization import (
    SIMULATION_EVENT,
    signed_in_as_organization,
    wait_received,
)
from tests.webhook_receiver import partner_endpoint

pytestmark = pytest.mark.e2e
PAGE_SIZE = 20  # the endpoint page's messages(first: 20)
METADATA_URL = "https://169.254.169.254/latest/meta-data"
SEND_TEST = "mutation($id: ID!) { sendTestWebhook(id: $id) { messageIds } }"


def expect_refused_at_url_field(form: Locator) -> None:
    url = form.get_by_label("URL")
    expect(url).to_have_attribute("aria-invalid", "true")
    expect(url).to_have_accessible_description(re.compile("refused by the SSRF rule 'metadata'"))
    expect(form.get_by_role("alert")).to_have_count(0)


def test_refused_urls_show_at_their_field_and_messages_load_a_page_at_a_time(
    platform: Platform, web: Web, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    page = watched.page
    organization = signed_in_as_organization(platform, page)
    page.goto(f"{web.url}/organization/webhooks")
    create = page.get_by_role("form", name="Register an endpoint")
    create.get_by_label("URL").fill(METADATA_URL)
    create.get_by_role("checkbox", name=SIMULATION_EVENT).check()
    create.get_by_role("button", name="Register the endpoint").click()
    expect_refused_at_url_field(create)
    check_page(page, "organization-webhook-url-refused")

    with partner_endpoint() as (url, partner):
        create.get_by_label("URL").fill(url)
        create.get_by_role("button", name="Register the endpoint").click()
        expect(page.get_by_test_id("webhook-secret")).to_have_text(re.compile(r"^whsec_"))
        [endpoint] = gql(platform, "{ me { webhookEndpoints { id } } }",
                         organization.token)["data"]["me"]["webhookEndpoints"]
        for _ in range(PAGE_SIZE + 1):
            sent = gql(platform, SEND_TEST, organization.token, {"id": endpoint["id"]})
            assert "errors" not in sent, sent
        wait_received(partner, PAGE_SIZE + 1)

        page.get_by_role("table", name="Endpoints").get_by_role("link", name=url).click()
        messages = page.get_by_role("article")
        expect(messages).to_have_count(PAGE_SIZE)
        expect(page.get_by_text(f"Messages: {PAGE_SIZE + 1}; the latest {PAGE_SIZE} shown."))\
            .to_be_visible()
        page.get_by_role("button", name="Load more messages").click()
        expect(messages).to_have_count(PAGE_SIZE + 1)
        expect(page.get_by_text(f"the latest {PAGE_SIZE + 1} shown.")).to_be_visible()
        expect(page.get_by_role("button", name="Load more messages")).to_have_count(0)
        check_page(page, "organization-webhook-messages-paged")

        page.get_by_role("button", name="Edit the endpoint").click()
        edit = page.get_by_role("form", name="Edit the endpoint")
        edit.get_by_label("URL").fill(METADATA_URL)
        edit.get_by_role("button", name="Save the endpoint").click()
        expect_refused_at_url_field(edit)

    page.goto(f"{web.url}/organization/webhooks/ep_000000000000000000000000")
    expect(page.get_by_text("No endpoint of yours has this address.")).to_be_visible()
