"""The landing page's journey, in a browser: a profile, a plan, a what-if, the model."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import Platform
from tests.e2e.web.conftest import Watched, Web, web_on_gateway

pytestmark = pytest.mark.e2e


def figure(page: Page, label: str) -> str:
    return page.locator(f'[data-figure="{label}"]').inner_text()


def test_try_it_plans_without_an_account_and_what_ifs_change_the_figures(
    web: Web, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    page = watched.page
    page.goto(web.url)
    expect(page.get_by_role("heading", name="Your chance of a residency match")).to_be_visible()
    check_page(page, "try-it")

    step2 = page.get_by_label("USMLE Step 2 CK score")
    step2.fill("235")
    step2.press("Enter")  # the keyboard alone submits the form
    expect(page.locator('[data-figure="P(match)"]')).to_have_text(re.compile(r"^\d+(\.\d)?%$"))
    expect(page.get_by_role("table", name="Programs to apply to")).to_be_visible()
    before = figure(page, "P(match)"), figure(page, "Expected interviews")
    check_page(page, "try-it-plan")

    page.get_by_role("button", name="Step 2 CK +10").click()
    expect(page.get_by_test_id("what-if-delta")).to_contain_text(f"was {before[0]}")
    assert (figure(page, "P(match)"), figure(page, "Expected interviews")) != before

    # one click from the plan's figures, and from each program's chance
    page.get_by_role("button", name="How is this computed?").first.click()
    dialog = page.get_by_role("dialog", name="How Smart Pick computes chances")
    expect(dialog.get_by_role("heading", name="Sources")).to_be_visible()
    expect(dialog).to_contain_text("held out in turn")
    check_page(page, "try-it-model")


def test_try_it_says_kindly_when_the_address_sent_too_many_plans(
    platform: Platform, watched: Watched, tmp_path: Path,
) -> None:
    with web_on_gateway(platform, tmp_path, TRY_PLAN_PER_MINUTE="1") as limited:
        # The limit counts in fixed minutes of the system's monotonic clock, the one every
        # process reads: two plans straddling a minute's end would both be allowed.
        if (left := 60 - time.monotonic() % 60) < 20:
            time.sleep(left + 0.5)
        page = watched.page
        page.goto(limited.url)
        page.get_by_role("button", name="Show my plan").click()
        expect(page.locator('[data-figure="P(match)"]')).to_be_visible()
        page.get_by_role("button", name="10 more applications").click()
        expect(page.get_by_role("alert")).to_contain_text("wait a minute")
