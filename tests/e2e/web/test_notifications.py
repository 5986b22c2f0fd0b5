"""Notifications in a browser: a notice caused through GraphQL reaches the open page live (the
bell's count rises, the notice is listed, no reload); the inbox archives and snoozes; the
preferences page keeps a category's email off across a reload and shows a refusal by its field."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.accounts import PROFILE_INPUT, Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.e2e.web.conftest import Watched, Web, sign_in

pytestmark = pytest.mark.e2e
READY = "Your program list is ready"
LIVE_WITHIN_MS = 60_000  # the program list is computed first; the push itself takes < 1 s


def save_profile(platform: Platform, account: Account, step2: int) -> None:
    saved = gql(platform, "mutation($p: ProfileInput!) { updateMyProfile(input: $p) { visa } }",
                account.token, {"p": {**PROFILE_INPUT, "step2Score": step2}})
    assert "errors" not in saved, saved


def bell(page: Page, new: int | None = None) -> Locator:
    """The header's bell, with ``new`` unseen notices (any but none without)."""
    if new is None:
        return page.get_by_role("button", name=re.compile(r"^Notifications, [1-9]\d* new$"))
    return page.get_by_role("button", name=f"Notifications, {new} new")


def open_live_page(page: Page, web: Web) -> None:
    """The inbox, with its subscription registered (the protocol acknowledges nothing)."""
    with page.expect_websocket() as socket:
        page.goto(web.url + "/notifications")
    socket.value.wait_for_event("framereceived", lambda frame: "connection_ack" in str(frame))
    page.wait_for_timeout(1000)


def test_a_live_notice_then_the_inbox_and_the_preferences(
    web: Web, platform: Platform, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    page = watched.page
    applicant = new_account(platform)
    sign_in(page, applicant)
    open_live_page(page, web)
    expect(page.get_by_text("Your inbox is empty.")).to_be_visible()
    expect(bell(page, 0)).to_be_visible()
    page.evaluate("window.notReloaded = true")

    save_profile(platform, applicant, 240)
    expect(bell(page)).to_be_visible(timeout=LIVE_WITHIN_MS)
    bell(page).click()
    expect(page.get_by_role("dialog").get_by_text(READY)).to_be_visible()
    expect(bell(page, 0)).to_be_visible()  # opening it marked them seen
    assert page.evaluate("window.notReloaded") is True
    check_page(page, "notifications-bell")

    page.get_by_role("dialog").get_by_role("link", name="All notifications").click()
    ready = page.get_by_role("list", name="Notifications").get_by_role("listitem").filter(
        has_text=READY)
    expect(ready).to_have_count(1)
    # read, so the next list's notice comes beside it (a newer one replaces an unread one)
    ready.first.get_by_role("button", name=f"Mark read: {READY}").click()
    expect(ready.first.get_by_text("Read", exact=True)).to_be_visible()

    save_profile(platform, applicant, 245)
    expect(ready).to_have_count(2, timeout=LIVE_WITHIN_MS)  # the inbox, too, hears live
    expect(bell(page)).to_be_visible()
    assert page.evaluate("window.notReloaded") is True
    check_page(page, "notifications-inbox")

    ready.first.get_by_role("button", name=f"Archive: {READY}").click()
    expect(ready).to_have_count(1)
    ready.first.get_by_role("button", name=f"Snooze: {READY}").click()
    expect(page.get_by_label("Snooze until")).to_have_value(re.compile(r"T08:00$"))  # tomorrow
    page.get_by_role("dialog").get_by_role("button", name="Snooze").click()
    expect(ready).to_have_count(0)
    page.get_by_text("Snoozed", exact=True).click()  # the segment's label
    expect(ready.first.get_by_text(re.compile("^Snoozed until"))).to_be_visible()
    page.get_by_text("Archived", exact=True).click()
    ready.first.get_by_role("button", name=f"Unarchive: {READY}").click()
    expect(page.get_by_text("Nothing is archived.")).to_be_visible()

    page.goto(web.url + "/settings/notifications")
    mentorship = page.get_by_role("group", name="Mentorship")
    expect(mentorship.get_by_role("switch", name="Email")).to_be_checked()
    check_page(page, "notification-preferences")
    mentorship.get_by_role("switch", name="Email").click()
    expect(mentorship.get_by_role("switch", name="Email")).not_to_be_checked()
    page.get_by_role("switch", name="Quiet hours: hold email back").click()
    page.get_by_label("From").fill("22:00")
    page.get_by_label("Until").fill("22:00")
    page.get_by_role("button", name="Save preferences").click()
    expect(page.get_by_text("quiet hours must start and end at different times")).to_be_visible()
    page.get_by_label("Until").fill("07:00")
    page.get_by_role("button", name="Save preferences").click()
    expect(page.get_by_text("Preferences saved.")).to_be_visible()

    page.reload()
    expect(mentorship.get_by_role("switch", name="Email")).not_to_be_checked()
    expect(page.get_by_role("group", name="Calendar").get_by_role("switch", name="Email")
           ).to_be_checked()
    expect(page.get_by_label("Until")).to_have_value("07:00")
