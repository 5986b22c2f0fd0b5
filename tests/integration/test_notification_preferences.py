"""Preferences decide what reaches a person, on real FerretDB, Kafka and Mailpit: email off
sends no mail, the digest sends one mail with the day's low-priority notices, quiet hours defer
mail to their end (never drop it), and an account notice arrives despite everything off."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pymongo import AsyncMongoClient

from services.notifications.dispatch import Outgoing
from services.notifications.preferences.model import PreferencesUpdate
from services.notifications.runtime import NotificationsRuntime
from services.notifications.settings import Settings
from tests.integration.test_email_delivery import settings_for
from tests.mailpit import message, messages_to, wait_for_messages
from tests.servers import MailServer, Servers

pytestmark = pytest.mark.integration
QUIET = 2.0
"""How long a test waits for mail that must not come: many sweeps of the sender."""


@pytest.fixture
async def runtime(servers: Servers, mailpit: MailServer, unique: str,
                  mongo: AsyncMongoClient[dict[str, Any]]) -> AsyncIterator[NotificationsRuntime]:
    settings: Settings = settings_for(servers, mailpit, f"prefs{unique}.")
    started = NotificationsRuntime(settings)
    await started.start()
    yield started
    await started.stop()
    await mongo.drop_database(settings.mongodb_database)


async def person(runtime: NotificationsRuntime, verified: bool = True) -> tuple[str, str]:
    account_id, address = str(uuid.uuid4()), f"prefs-{uuid.uuid4().hex[:8]}@example.org"
    await runtime.people.registered(account_id, address, "APPLICANT")
    if verified:
        await runtime.people.verified(account_id, address)
    return account_id, address


def outgoing(recipient: str, kind: str, **params: Any) -> Outgoing:
    return Outgoing(uuid.uuid4().hex, recipient, kind, params)


async def kinds_in_app(runtime: NotificationsRuntime, recipient: str) -> list[str]:
    page = await runtime.store.page(recipient, 50, None)
    return sorted(item["kind"] for item in page.items)


async def choose(runtime: NotificationsRuntime, account_id: str, **update: Any) -> None:
    await runtime.preferences.update(account_id, PreferencesUpdate.model_validate(update))


async def test_email_off_sends_no_mail_but_keeps_the_in_app_notice(
        runtime: NotificationsRuntime, mailpit: MailServer) -> None:
    account_id, address = await person(runtime)
    await choose(runtime, account_id, channels=[{"category": "MENTORSHIP", "email": False}])
    await runtime.dispatcher.send(outgoing(account_id, "MENTORSHIP_EXPIRED"))
    await asyncio.sleep(QUIET)
    assert await messages_to(mailpit, address) == []
    assert await kinds_in_app(runtime, account_id) == ["MENTORSHIP_EXPIRED"]
    # turned on again, the next notice is mailed: a change takes effect for the next event
    await choose(runtime, account_id, channels=[{"category": "MENTORSHIP", "email": True}])
    await runtime.dispatcher.send(outgoing(account_id, "MENTORSHIP_EXPIRED"))
    [mail] = await wait_for_messages(mailpit, address)
    assert mail["Subject"] == "Your mentorship request expired"


async def test_an_unverified_address_gets_no_notice_mail(
        runtime: NotificationsRuntime, mailpit: MailServer) -> None:
    account_id, address = await person(runtime, verified=False)
    await runtime.dispatcher.send(outgoing(account_id, "MENTORSHIP_EXPIRED"))
    await asyncio.sleep(QUIET)
    assert await messages_to(mailpit, address) == []
    assert await kinds_in_app(runtime, account_id) == ["MENTORSHIP_EXPIRED"]


async def test_the_digest_sends_one_mail_with_every_low_priority_notice_of_the_day(
        runtime: NotificationsRuntime, mailpit: MailServer) -> None:
    account_id, address = await person(runtime)
    await choose(runtime, account_id, time_zone="Asia/Kolkata", digest_hour=8)
    for _ in range(3):
        await runtime.dispatcher.send(outgoing(account_id, "MENTORSHIP_FEEDBACK_REQUESTED"))
    await runtime.dispatcher.send(outgoing(account_id, "MENTORSHIP_EXPIRED"))  # not low: at once
    [expired] = await wait_for_messages(mailpit, address)
    assert expired["Subject"] == "Your mentorship request expired"
    assert await runtime.digests.send_due() == 0  # before the digest hour: nothing yet
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert await runtime.digests.send_due(tomorrow) == 1
    assert await runtime.digests.send_due(tomorrow) == 0  # sent once
    mails = await wait_for_messages(mailpit, address, 2)
    [digest] = [m for m in mails if m["ID"] != expired["ID"]]
    assert digest["Subject"].startswith("Your Smart Pick digest for ")
    assert digest["Subject"].endswith(": 3 updates")
    whole = await message(mailpit, digest["ID"])
    assert whole["Text"].count("How was your mentorship?") == 3
    assert whole["HTML"].count("How was your mentorship?") == 3
    await asyncio.sleep(QUIET)
    assert len(await messages_to(mailpit, address)) == 2
    assert (await kinds_in_app(runtime, account_id)).count("MENTORSHIP_FEEDBACK_REQUESTED") == 3


async def test_quiet_hours_defer_mail_to_their_end_and_drop_nothing(
        runtime: NotificationsRuntime, mailpit: MailServer) -> None:
    account_id, address = await person(runtime)
    zone = "America/Chicago"
    now = datetime.now(ZoneInfo(zone))
    start, end = now - timedelta(minutes=1), now + timedelta(seconds=6)
    await choose(runtime, account_id, time_zone=zone,
                 quiet_hours={"start": start.time().isoformat(), "end": end.time().isoformat()})
    await runtime.dispatcher.send(outgoing(account_id, "MENTORSHIP_EXPIRED"))
    assert await kinds_in_app(runtime, account_id) == ["MENTORSHIP_EXPIRED"]  # in-app at once
    await asyncio.sleep(3)
    assert await messages_to(mailpit, address) == []  # still quiet
    [mail] = await wait_for_messages(mailpit, address, within=30)
    arrived = datetime.fromisoformat(mail["Created"].replace("Z", "+00:00"))
    assert arrived >= end.astimezone(UTC) - timedelta(seconds=1)


async def test_an_account_notice_arrives_despite_everything_off(
        runtime: NotificationsRuntime, mailpit: MailServer) -> None:
    account_id, address = await person(runtime)
    everything_off = [{"category": c, "in_app": False, "email": False, "live": False}
                      for c in ("RECOMMENDATIONS", "MENTORSHIP", "CALENDAR", "ORGANIZATION")]
    await choose(runtime, account_id, channels=everything_off,
                 quiet_hours={"start": time(0).isoformat(), "end": time(23, 59, 59).isoformat()})
    await runtime.dispatcher.send(outgoing(account_id, "MENTORSHIP_EXPIRED"))
    await runtime.dispatcher.send(outgoing(account_id, "ACCOUNT_EMAIL_VERIFIED", email=address))
    [mail] = await wait_for_messages(mailpit, address)
    assert mail["Subject"] == "Your email address is verified"
    assert await kinds_in_app(runtime, account_id) == ["ACCOUNT_EMAIL_VERIFIED"]
    whole = await message(mailpit, mail["ID"])
    assert "Stop these emails" not in whole["Text"]  # no unsubscribing from account notices
