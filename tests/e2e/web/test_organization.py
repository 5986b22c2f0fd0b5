"""The organization pages, in a browser: an ORG_ADMIN runs a small generated simulation and
reads its result, makes an invitation code, registers a webhook endpoint on a loopback partner,
edits it (a refused description shows at its field), sends it a test event and reads the attempt
in the message's log, then its delivery ledger, replays a message, recovers the messages since a
time and rotates the secret; uploads an instance file (a GraphQL multipart request), then
deletes the run; and runs a mentor cohort over its members, publishes it, and pages through
its cohorts."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from matchsim.generator import generate, scaled
from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.organizations import join
from tests.e2e.test_cohorts import mentee, mentor
from tests.e2e.test_journey import gql
from tests.e2e.web.conftest import Watched, Web, sign_in
from tests.webhook_receiver import PartnerServer, partner_endpoint

pytestmark = pytest.mark.e2e
SIMULATION_EVENT = "org.smartpick.matching.simulation.completed.v1"
RUN_EMPTY = ('mutation($n: String!) { runMentorCohort(input: {name: $n, menteeIds: [], '
             'mentorIds: []}) { id } }')
PROBLEM_EVENT = "org.smartpick.matching.mentorship.problem-reported.v1"


def signed_in_as_organization(platform: Platform, page: Page) -> Account:
    organization = new_account(platform, "ORG_ADMIN")
    sign_in(page, organization, "ORG_ADMIN")
    return organization


def run_a_small_simulation(page: Page, check_page: Callable[[Page, str], None]) -> None:
    page.get_by_role("link", name="Simulations").click()
    expect(page.get_by_role("heading", name="Match simulations")).to_be_visible()
    expect(page.get_by_text("No simulations yet")).to_be_visible()
    check_page(page, "organization-simulations")

    page.get_by_label("Name", exact=True).fill("Small cohort")
    page.get_by_label("Applicants").fill("120")
    page.get_by_label("Couples").fill("4")
    page.get_by_role("button", name="Start the simulation").click()
    expect(page).to_have_url(re.compile(r"/organization/simulations/[^/]+$"))
    expect(page.get_by_test_id("simulation-status")).to_have_text("Finished", timeout=90_000)
    expect(page.locator('[data-figure="Applicants"]')).to_have_text("120")
    expect(page.get_by_role("table", name="Matches")).to_be_visible()
    check_page(page, "organization-simulation")


def make_an_invitation_code(page: Page, check_page: Callable[[Page, str], None]) -> None:
    page.get_by_role("link", name="Members").click()
    expect(page.get_by_text("No codes yet.")).to_be_visible()
    page.get_by_label("Uses (empty: any)").fill("5")
    page.get_by_role("button", name="Create a code").click()
    code = page.get_by_test_id("new-code").inner_text()
    codes = page.get_by_role("table", name="Invitation codes")
    expect(codes).to_contain_text(code)
    expect(codes).to_contain_text("0 of 5")
    expect(page.get_by_role("button", name=f"Revoke {code}")).to_be_visible()
    check_page(page, "organization-members")


def register_an_endpoint_and_test_it(page: Page, url: str,
                                     check_page: Callable[[Page, str], None]) -> None:
    page.get_by_role("link", name="Webhooks").click()
    expect(page.get_by_text("No endpoints yet.")).to_be_visible()
    page.get_by_label("URL").fill(url)
    page.get_by_label("Description").fill("our advising system")
    page.get_by_role("checkbox", name=SIMULATION_EVENT).check()
    page.get_by_text(f"Payload schema of {SIMULATION_EVENT}").click()
    expect(page.get_by_text('"requested_by"')).to_be_visible()
    page.get_by_role("button", name="Register the endpoint").click()
    expect(page.get_by_test_id("webhook-secret")).to_have_text(re.compile(r"^whsec_"))
    check_page(page, "organization-webhooks")

    page.get_by_role("table", name="Endpoints").get_by_role("link", name=url).click()
    expect(page.get_by_text("No messages yet")).to_be_visible()
    edit_the_endpoint(page, check_page)
    page.get_by_role("button", name="Send a test event").click()
    message = page.get_by_role("article").filter(has_text="org.smartpick.webhook.test.v1")
    expect(message.get_by_text("delivered", exact=True)).to_be_visible(timeout=30_000)
    expect(message.get_by_test_id("attempt-status")).to_have_text("204")
    check_page(page, "organization-webhook-endpoint")


def edit_the_endpoint(page: Page, check_page: Callable[[Page, str], None]) -> None:
    """A description longer than the service keeps is refused at its field; a shorter one and
    a second event type are saved."""
    page.get_by_role("button", name="Edit the endpoint").click()
    form = page.get_by_role("form", name="Edit the endpoint")
    description = form.get_by_label("Description")
    description.fill("x" * 501)
    form.get_by_role("button", name="Save the endpoint").click()
    expect(description).to_have_attribute("aria-invalid", "true")
    expect(description).to_have_accessible_description(re.compile("at most 500 characters"))
    check_page(page, "organization-webhook-edit-refused")
    description.fill("our advising system, v2")
    form.get_by_role("checkbox", name=PROBLEM_EVENT).check()
    form.get_by_role("button", name="Save the endpoint").click()
    expect(page.get_by_test_id("endpoint-description")).to_have_text("our advising system, v2")
    expect(page.get_by_test_id("endpoint-events")).to_contain_text(PROBLEM_EVENT)


def replay_recover_and_rotate(page: Page, partner: PartnerServer) -> None:
    """On the endpoint's page: a message sent again, the failed messages since a time sent
    again, and a new signing secret."""
    received = len(partner.received)
    completed = page.get_by_role("article").filter(has_text=SIMULATION_EVENT)
    completed.get_by_role("button", name="Replay").click()
    wait_received(partner, received + 1)
    recover = page.get_by_role("form", name="Recover messages")
    recover.get_by_label("Send again every message since").fill("2020-01-01T00:00")
    recover.get_by_role("button", name="Recover").click()
    # only failed messages go again, and every message here was delivered
    expect(recover.get_by_role("status")).to_have_text("0 messages queued again.")
    page.get_by_role("button", name="Rotate the secret").click()
    expect(page.get_by_test_id("webhook-secret")).to_have_text(re.compile(r"^whsec_"))


def wait_received(partner: PartnerServer, count: int, within: float = 60) -> None:
    deadline = time.monotonic() + within
    while len(partner.received) < count:
        assert time.monotonic() < deadline, f"{len(partner.received)} of {count} received"
        time.sleep(0.2)


def test_an_organization_simulates_invites_and_reads_its_webhook_attempts(
    platform: Platform, web: Web, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    page = watched.page
    signed_in_as_organization(platform, page)
    page.goto(web.url)
    with partner_endpoint() as (url, partner):
        register_an_endpoint_and_test_it(page, url, check_page)
        run_a_small_simulation(page, check_page)
        make_an_invitation_code(page, check_page)
        page.get_by_role("link", name="Cohorts").click()
        expect(page.get_by_text("No cohorts yet.")).to_be_visible()
        check_page(page, "organization-cohorts")

        wait_received(partner, 2)  # the test event, then the simulation's
        page.get_by_role("link", name="Webhooks").click()
        page.get_by_role("table", name="Endpoints").get_by_role("link", name=url).click()
        completed = page.get_by_role("article").filter(has_text=SIMULATION_EVENT)
        expect(completed.get_by_test_id("attempt-status")).to_have_text("204")
        completed.get_by_role("link", name="Delivery ledger of its event").click()
        ledger = page.get_by_role("table", name="Delivery ledger")
        expect(ledger).to_contain_text("WEBHOOK")
        expect(ledger.get_by_role("listitem").first).to_contain_text("204 ok")  # its attempt log
        check_page(page, "organization-ledger")
        page.go_back()
        replay_recover_and_rotate(page, partner)


def test_an_uploaded_instance_runs_and_the_run_can_be_deleted(
    platform: Platform, web: Web, watched: Watched, tmp_path: Path,
) -> None:
    page = watched.page
    instance = tmp_path / "instance.json"
    instance.write_text(json.dumps(generate(scaled(60, couples=2), seed=3)))
    signed_in_as_organization(platform, page)
    page.goto(web.url + "/organization/simulations")
    page.get_by_label("Name", exact=True).fill("Uploaded cohort")
    page.get_by_text("Upload a file").click()
    page.locator("input[type=file]").set_input_files(instance)
    page.get_by_role("button", name="Start the simulation").click()
    expect(page.get_by_test_id("simulation-status")).to_have_text("Finished", timeout=90_000)
    expect(page.get_by_text("Uploaded instance.")).to_be_visible()
    expect(page.locator('[data-figure="Applicants"]')).to_have_text("60")

    page.get_by_role("button", name="Delete this simulation").click()
    page.get_by_role("button", name="Delete for good").click()
    expect(page.get_by_text("No simulations yet")).to_be_visible()


def test_a_cohort_of_the_members_is_run_and_published(
    platform: Platform, web: Web, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    page = watched.page
    organization = signed_in_as_organization(platform, page)
    guide = mentor(platform, 1, "yo")
    join(platform, organization, guide)
    pupil = mentee(platform, organization, "yo")
    page.goto(web.url + "/organization/cohorts")
    form = page.get_by_role("form", name="Run a cohort")
    expect(form.get_by_role("checkbox", name=pupil.id)).to_be_checked()
    form.get_by_role("textbox", name="Name").fill("Spring cohort")
    form.get_by_role("button", name="Run the cohort").click()
    expect(page).to_have_url(re.compile(r"/organization/cohorts/[^/]+$"))
    expect(page.get_by_role("heading", name="Pairs (1)")).to_be_visible()
    check_page(page, "organization-cohort")
    page.get_by_role("button", name="Publish the cohort").click()
    expect(page.get_by_text("Published", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Publish the cohort")).to_have_count(0)
    for number in range(20):  # a second page of cohorts: empty runs are made fast
        made = gql(platform, RUN_EMPTY, organization.token, {"n": f"Empty run {number}"})
        assert "errors" not in made, made
    page.get_by_role("link", name="Cohorts", exact=True).click()
    cohorts = page.get_by_role("table", name="Cohorts")
    expect(cohorts.get_by_role("row")).to_have_count(21)  # the header and the newest 20
    expect(cohorts).not_to_contain_text("Spring cohort")
    page.get_by_role("button", name="Load more cohorts").click()
    expect(cohorts.get_by_role("row")).to_have_count(22)
    expect(cohorts).to_contain_text("Spring cohort")
    expect(page.get_by_role("button", name="Load more cohorts")).to_have_count(0)
