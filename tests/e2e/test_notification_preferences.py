"""Notification preferences through GraphQL and the one-click unsubscribe of a real email: the
mentor's mail of a new request carries List-Unsubscribe (RFC 8058); a POST to it turns that
category's email off, so the next request is told in-app only."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.mentors import list_mentor
from tests.e2e.test_email_verification import VERIFY, emailed_token
from tests.e2e.test_journey import gql
from tests.e2e.test_mentorships import notice, requested
from tests.mailpit import messages_to, wait_for_messages
from tests.servers import MailServer

pytestmark = pytest.mark.e2e
PREFERENCES = ("notificationPreferences { channels { category inApp email live } emailDigest "
               "digestHour quietHours { start end } timeZone }")
UPDATE = ("mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences("
          f"input: $input) {PREFERENCES.partition(' ')[2]} }}")


def preferences(platform: Platform, account: Account) -> dict[str, Any]:
    found: dict[str, Any] = gql(platform, f"{{ me {{ {PREFERENCES} }} }}",
                                account.token)["data"]["me"]["notificationPreferences"]
    return found


def update(platform: Platform, account: Account, **changes: Any) -> dict[str, Any]:
    return gql(platform, UPDATE, account.token, {"input": changes})


def test_preferences_start_at_the_defaults_change_in_part_and_refuse_what_cannot_hold(
        platform: Platform) -> None:
    applicant = new_account(platform)
    assert preferences(platform, applicant) == {
        "channels": [], "emailDigest": True, "digestHour": 8, "quietHours": None,
        "timeZone": "UTC"}
    changed = update(platform, applicant, channels=[{"category": "CALENDAR", "email": False}],
                     quietHours={"start": "22:00:00", "end": "07:00:00"},
                     timeZone="America/Chicago")
    assert changed["data"]["updateNotificationPreferences"] == {
        "channels": [{"category": "CALENDAR", "inApp": None, "email": False, "live": None}],
        "emailDigest": True, "digestHour": 8,
        "quietHours": {"start": "22:00:00", "end": "07:00:00"}, "timeZone": "America/Chicago"}
    again = update(platform, applicant, channels=[{"category": "CALENDAR", "live": False}],
                   emailDigest=False)["data"]["updateNotificationPreferences"]
    assert again["channels"] == [{"category": "CALENDAR", "inApp": None, "email": False,
                                  "live": False}]
    assert (again["emailDigest"], again["timeZone"]) == (False, "America/Chicago")
    assert update(platform, applicant, quietHours=None)["data"][
        "updateNotificationPreferences"]["quietHours"] is None
    for bad in ({"channels": [{"category": "ACCOUNT", "email": False}]},
                {"timeZone": "Mars/Olympus"}, {"digestHour": 24},
                {"quietHours": {"start": "22:00:00", "end": "22:00:00"}}):
        refused = update(platform, applicant, **bad)
        assert refused["data"] is None, refused
        [error] = refused["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", (bad, error)
    assert preferences(platform, applicant)["quietHours"] is None  # nothing half-applied


def _headers(mailpit: MailServer, message_id: str) -> dict[str, list[str]]:
    answer = httpx.get(f"{mailpit.api_url}/api/v1/message/{message_id}/headers", timeout=10)
    answer.raise_for_status()
    found: dict[str, list[str]] = answer.json()
    return found


def test_one_click_unsubscribe_turns_that_categorys_email_off(
        platform: Platform, mailpit: MailServer) -> None:
    mentor = new_account(platform, "MENTOR")
    gql(platform, VERIFY, mentor.token, {"t": emailed_token(mailpit, mentor.email)})
    list_mentor(platform, mentor.id)
    first = requested(platform, new_account(platform), mentor.id)
    mails = asyncio.run(wait_for_messages(mailpit, mentor.email, 3))
    [asked] = [m for m in mails if m["Subject"] == "New mentorship request"]
    headers = _headers(mailpit, asked["ID"])
    assert headers["List-Unsubscribe-Post"] == ["List-Unsubscribe=One-Click"]
    [link] = headers["List-Unsubscribe"]
    url = link.strip("<>")
    assert url.startswith(platform.urls["gateway"] + "/email/unsubscribe?token=")
    page = httpx.get(url, timeout=10)  # opening the link (or a scanner fetching it) asks first
    assert page.status_code == 200 and "<form method='post'>" in page.text
    assert preferences(platform, mentor)["channels"] == []
    clicked = httpx.post(url, content="List-Unsubscribe=One-Click", timeout=10,
                         headers={"content-type": "application/x-www-form-urlencoded"})
    assert clicked.status_code == 200, clicked.text
    assert preferences(platform, mentor)["channels"] == [
        {"category": "MENTORSHIP", "inApp": None, "email": False, "live": None}]
    second = requested(platform, new_account(platform), mentor.id)
    notice(platform, mentor, second["id"], "MENTORSHIP_REQUESTED")  # in-app still
    time.sleep(3)
    assert len(asyncio.run(messages_to(mailpit, mentor.email))) == 3
    assert first["id"] != second["id"]
    forged = httpx.post(url[:-3] + "abc", timeout=10)
    assert forged.status_code == 400 and "not valid" in forged.json()["detail"]
