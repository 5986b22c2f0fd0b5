"""The landing page's journey, in a browser: a profile, a plan, a what-if, the model."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.web.conftest import Watched, Web

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

    page.get_by_label("USMLE Step 2 CK score").fill("235")
    page.get_by_role("button", name="Show my plan").click()
    expect(page.locator('[data-figure="P(match)"]')).to_have_text(re.compile(r"^\d+(\.\d)?%$"))
    expect(page.get_by_role("table", name="Programs to apply to")).to_be_visible()
    before = figure(page, "P(match)"), figure(page, "Expected interviews")
    check_page(page, "try-it-plan")

    page.get_by_role("button", name="Step 2 CK +10").click()
    expect(page.get_by_test_id("what-if-delta")).to_contain_text(f"was {before[0]}")
    assert (figure(page, "P(match)"), figure(page, "Expected interviews")) != before

    page.get_by_role("button", name="How is this computed?").click()
    dialog = page.get_by_role("dialog", name="How Smart Pick computes chances")
    expect(dialog.get_by_role("heading", name="Sources")).to_be_visible()
    expect(dialog).to_contain_text("held out in turn")
    check_page(page, "try-it-model")
