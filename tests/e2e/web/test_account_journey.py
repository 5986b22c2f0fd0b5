"""An applicant's journey in a browser: sign up, a profile (with a field the gateway refuses),
recommendations with a filter, the plan and a season's report."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.accounts import PASSWORD, new_account
from tests.e2e.conftest import Platform
from tests.e2e.web.conftest import Watched, Web, fill_sign_up

pytestmark = pytest.mark.e2e


def change_the_plan(page: Page, check_page: Callable[[Page, str], None]) -> None:
    """The plan's options (a budget the gateway refuses, then fewer applications) and its
    what-ifs: ten more applications, and the gateway's changes to the profile."""
    budget = page.get_by_label("Budget (USD)")
    budget.fill("5")
    page.get_by_role("button", name="Update my plan").click()
    expect(page.get_by_role("alert").filter(has_text="No plan for these options")).to_be_visible()
    expect(budget).to_have_attribute("aria-invalid", "true")
    expect(budget).to_have_accessible_description(re.compile("greater than or equal to 11"))
    check_page(page, "plan-options-refused")
    budget.fill("")
    page.get_by_label("Applications", exact=True).fill("20")
    page.get_by_role("button", name="Update my plan").click()
    applications = page.locator('[data-figure="Applications"]')
    expect(applications).to_have_text("20")
    page.get_by_role("button", name="10 more applications").click()
    expect(applications).to_have_text("30")
    expect(page.get_by_test_id("what-if-delta")).to_contain_text("P(match) was")
    expect(page.get_by_label("Applications", exact=True)).to_have_value("30")
    page.get_by_role("button", name="Compare changes to my profile").click()
    what_ifs = page.get_by_role("table", name="What-ifs")
    expect(what_ifs.get_by_role("rowheader", name="Step 2 CK +10")).to_be_visible(timeout=30_000)
    expect(what_ifs).to_contain_text("+6 months USCE")
    check_page(page, "plan-what-ifs")


def test_an_applicant_signs_up_fills_a_profile_and_reads_recommendations_and_plan(
    web: Web, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    page = watched.page
    page.goto(web.url + "/sign-up")
    expect(page.get_by_role("heading", name="Create your account")).to_be_visible()
    check_page(page, "sign-up")
    email = fill_sign_up(page, "Applicant: I am applying to residency")
    expect(page.get_by_role("heading", name="Your profile")).to_be_visible()
    expect(page.get_by_text(email)).to_be_visible()
    expect(page.get_by_text("Email not verified")).to_be_visible()

    step2 = page.get_by_label("USMLE Step 2 CK score")
    step2.fill("400")  # the gateway refuses it: the message shows at the field
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("alert").filter(has_text="Not saved")).to_be_visible()
    expect(step2).to_have_attribute("aria-invalid", "true")
    expect(step2).to_have_accessible_description(re.compile("less than or equal to 300"))
    check_page(page, "profile-field-error")

    step2.fill("245")
    page.get_by_label("ECFMG certified").check()
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("status").filter(has_text="Saved")).to_be_visible()
    page.get_by_role("link", name="See them").click()

    expect(page.get_by_role("heading", name="Your recommendations")).to_be_visible()
    programs = page.get_by_role("region", name="Programs")
    expect(programs.get_by_role("article").first).to_be_visible(timeout=30_000)
    check_page(page, "recommendations")
    # filters: excluded programs, with why, in one state (typed into the combobox)
    page.get_by_text("Excluded", exact=True).click()
    expect(programs.get_by_role("list", name="Why excluded").first).to_be_visible()
    page.get_by_role("textbox", name="State").fill("CA")
    page.get_by_role("option", name="CA", exact=True).click()
    excluded = programs.get_by_role("article", name="High Cutoff Program")
    expect(excluded.get_by_role("list", name="Why excluded")).to_contain_text("260")
    check_page(page, "recommendations-excluded")

    page.get_by_role("link", name="Plan", exact=True).click()
    expect(page.locator('[data-figure="P(match)"]')).to_have_text(re.compile(r"^\d+(\.\d)?%$"))
    expect(page.locator("[data-per-rank]").first).to_contain_text(
        re.compile(r"matches you with a chance of \d+(\.\d)?% \(likely \d"))
    check_page(page, "plan")
    change_the_plan(page, check_page)
    report = page.get_by_role("form", name="Report your season")
    report.get_by_role("checkbox").first.check()
    report.get_by_role("button", name="Save report").click()
    expect(report.get_by_role("status")).to_contain_text("revision 1")


def test_an_account_signs_in_again_and_the_other_pages_pass_their_checks(
    platform: Platform, web: Web, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    account = new_account(platform)
    page = watched.page
    page.goto(web.url + "/recommendations")  # a deep link: the server answers the app
    expect(page.get_by_role("alert").filter(has_text="Sign in first")).to_be_visible()
    page.get_by_role("link", name="Sign in", exact=True).first.click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("Email").fill(account.email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match an account")
    check_page(page, "sign-in-refused")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Fill in your profile first", exact=False)).to_be_visible()

    page.get_by_role("link", name="How the model works").click()
    expect(page.get_by_role("heading", name="Sources")).to_be_visible()
    check_page(page, "model")
    page.goto(web.url + "/no/such/page")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    check_page(page, "not-found")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign up")).to_be_visible()


def test_an_organization_signs_up_and_sees_no_applicant_pages(
    web: Web, watched: Watched,
) -> None:
    page = watched.page
    page.goto(web.url + "/sign-up")
    fill_sign_up(page, "Organization: I advise a group of applicants")
    expect(page.get_by_text("This is an organization account", exact=False)).to_be_visible()
    navigation = page.get_by_role("navigation", name="Main")
    expect(navigation.get_by_role("link", name="Profile")).to_be_visible()
    expect(navigation.get_by_role("link", name="Recommendations")).to_have_count(0)
