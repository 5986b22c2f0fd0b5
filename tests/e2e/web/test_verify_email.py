"""The verification email's link, opened in a browser: the signed-in account's address becomes
verified and the page says so; an expired link says why it failed; signed out, the page asks to
sign in first (the link is the one notifications emails: WEB_BASE_URL/verify-email?token=…)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Page, expect

from services.profiles.accounts.verification import issue_verification_token
from tests.e2e.accounts import new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.e2e.web.conftest import Watched, Web, sign_in

pytestmark = pytest.mark.e2e


def link(web: Web, token: str) -> str:
    return f"{web.url}/verify-email?{urlencode({'token': token})}"


def test_the_emailed_link_verifies_the_signed_in_account(
    platform: Platform, web: Web, watched: Watched, check_page: Callable[[Page, str], None],
) -> None:
    account = new_account(platform)
    token, _ = issue_verification_token(account.id, account.email, platform.jwt_secret, 3600)
    page = watched.page
    sign_in(page, account)
    page.goto(link(web, token))
    expect(page.get_by_text("Your email address is verified")).to_be_visible()
    expect(page.get_by_text(account.email)).to_be_visible()
    check_page(page, "verify-email")
    assert gql(platform, "{ me { emailVerified } }", account.token) == {
        "data": {"me": {"emailVerified": True}}}


def test_an_expired_link_says_so_and_signed_out_the_page_asks_to_sign_in(
    platform: Platform, web: Web, watched: Watched,
) -> None:
    account = new_account(platform)
    expired, _ = issue_verification_token(account.id, account.email, platform.jwt_secret, 60,
                                          datetime.now(UTC) - timedelta(hours=2))
    page = watched.page
    page.goto(link(web, expired))
    expect(page.get_by_role("alert")).to_contain_text("sign in")
    sign_in(page, account)
    page.goto(link(web, expired))
    expect(page.get_by_role("alert")).to_contain_text("expired")
    assert gql(platform, "{ me { emailVerified } }", account.token) == {
        "data": {"me": {"emailVerified": False}}}
