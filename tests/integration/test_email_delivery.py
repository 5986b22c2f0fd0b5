"""Email delivery of the notifications service on real Kafka, FerretDB and Mailpit: each
verification email arrives exactly once, whether its event comes twice, the mail server refuses
the first attempts, or a process died between recording the delivery and sending it."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.notifications.email.handlers import verification_requested
from services.notifications.email.message import Email, message_id
from services.notifications.email.store import SENT, DeliveriesStore
from services.notifications.runtime import NotificationsRuntime
from services.notifications.settings import Settings
from smartpick.events import CloudEvent, EmailVerificationRequested
from smartpick.inbox import effect_id
from smartpick.publisher import Publisher, envelope_for
from tests.integration.harness import wait_until
from tests.mailpit import message, messages_to, refuse_recipients, wait_for_messages
from tests.ports import free_port
from tests.servers import MailServer, Servers

pytestmark = pytest.mark.integration
QUIET = 2.0
"""How long a test waits for a second email that must not come: several sweeps."""


def settings_for(servers: Servers, mail: MailServer, prefix: str) -> Settings:
    return Settings(
        kafka_bootstrap_servers=servers.kafka_bootstrap, mongodb_url=servers.mongodb_url,
        topic_prefix=prefix, mongodb_database=f"{prefix.strip('.')}_notifications",
        jwt_secret="an-integration-test-secret-of-32-chars", smtp_host=mail.smtp_host,
        smtp_port=mail.smtp_port, email_retry_seconds=[0.3, 0.3, 0.3, 0.3, 30.0],
        email_sweep_seconds=0.2, email_claim_seconds=2.0,
        web_base_url="https://app.smartpick.example")


@pytest.fixture
async def settings(servers: Servers, mailpit: MailServer, unique: str,
                   mongo: AsyncMongoClient[dict[str, Any]]) -> AsyncIterator[Settings]:
    found = settings_for(servers, mailpit, f"mail{unique}.")
    yield found
    await mongo.drop_database(found.mongodb_database)


@pytest.fixture
async def runtime(settings: Settings) -> AsyncIterator[NotificationsRuntime]:
    started = NotificationsRuntime(settings)
    await started.start()
    yield started
    await started.stop()


def request_for(address: str) -> EmailVerificationRequested:
    return EmailVerificationRequested(
        account_id=str(uuid.uuid4()), email=address, token="signed.token",
        expires_at=datetime.now(UTC) + timedelta(days=1))


async def publish_twice(settings: Settings, envelope: CloudEvent) -> None:
    """The same CloudEvent (same id) sent twice, as a producer retry or an outbox relay that
    died before recording it published would."""
    publisher = Publisher(settings.kafka_bootstrap_servers, "/profiles",
                          topic_prefix=settings.topic_prefix)
    await publisher.start()
    try:
        await publisher.send(EmailVerificationRequested.topic, envelope)
        await publisher.send(EmailVerificationRequested.topic, envelope)
    finally:
        await publisher.stop()


async def test_a_redelivered_verification_request_sends_one_email(
        runtime: NotificationsRuntime, settings: Settings, mailpit: MailServer) -> None:
    address = f"twice-{uuid.uuid4().hex[:8]}@example.org"
    event = request_for(address)
    envelope = envelope_for(event, "/profiles")
    await publish_twice(settings, envelope)
    [summary] = await wait_for_messages(mailpit, address)
    # a redelivery that slips past the consumer's inbox (a crash before it recorded the event)
    # finds the delivery recorded: nothing more is sent
    await publish_twice(settings, envelope)
    await verification_requested(event, envelope, runtime.dispatcher)
    await asyncio.sleep(QUIET)
    assert len(await messages_to(mailpit, address)) == 1
    whole = await message(mailpit, summary["ID"])
    assert "https://app.smartpick.example/verify-email?token=signed.token" in whole["Text"]
    assert 'href="https://app.smartpick.example/verify-email?token=signed.token"' in whole["HTML"]
    assert whole["From"]["Address"] == "no-reply@smartpick.local"


async def test_an_email_the_server_refused_at_first_arrives_once(
        runtime: NotificationsRuntime, settings: Settings, mailpit: MailServer) -> None:
    """4xx twice, then a 5xx: both are retried (a 5xx may be a misconfigured or overloaded
    server as much as a bad address), and the email arrives once."""
    address = f"refused-{uuid.uuid4().hex[:8]}@example.org"
    await refuse_recipients(mailpit, 451)
    try:
        await publish_twice(settings, envelope_for(request_for(address), "/profiles"))

        async def refused(times: int) -> bool:
            found = await runtime.db.email_deliveries.find_one({"to": address})
            return found is not None and found["attempts"] >= times

        await wait_until(lambda: refused(2))  # 451: try again later
        await refuse_recipients(mailpit, 550)  # then one permanent-looking refusal
        attempts = (await runtime.db.email_deliveries.find_one({"to": address}) or {})["attempts"]
        await wait_until(lambda: refused(attempts + 1))
        assert await messages_to(mailpit, address) == []
    finally:
        await refuse_recipients(mailpit, None)
    await wait_for_messages(mailpit, address)
    await asyncio.sleep(QUIET)
    assert len(await messages_to(mailpit, address)) == 1
    delivery = await runtime.db.email_deliveries.find_one({"to": address})
    assert delivery is not None
    assert delivery["status"] == SENT and delivery["attempts"] >= 4
    assert "SMTPRecipientsRefused" in delivery["last_error"] and "550" in delivery["last_error"]


async def test_deliveries_a_crash_left_unsent_are_sent_once_after_restart(
        settings: Settings, mailpit: MailServer,
        mongo: AsyncMongoClient[dict[str, Any]]) -> None:
    """Two processes died: one after recording its delivery, one after claiming its first
    attempt (mid-send). A restarted process sends each once, with its fixed Message-ID."""
    store = DeliveriesStore(mongo[settings.mongodb_database])
    recorded, claimed = (f"{kind}-{uuid.uuid4().hex[:8]}@example.org"
                         for kind in ("recorded", "claimed"))
    ids = {address: uuid.uuid4().hex for address in (recorded, claimed)}
    for address, delivery_id in ids.items():
        await store.record(delivery_id, "VERIFY_EMAIL",
                           Email(address, "Verify", "text", "<p>html</p>"))
    delivery = await store.delivery(ids[claimed])
    assert delivery is not None
    assert await store.claim_attempt(delivery, settings.email_claim_seconds) == 1

    restarted = NotificationsRuntime(settings)
    await restarted.start()
    try:
        [first] = await wait_for_messages(mailpit, recorded)
        [second] = await wait_for_messages(mailpit, claimed)  # once the claim has gone stale
        await asyncio.sleep(QUIET)
        assert len(await messages_to(mailpit, recorded)) == 1
        assert len(await messages_to(mailpit, claimed)) == 1
    finally:
        await restarted.stop()
    for address, summary in ((recorded, first), (claimed, second)):
        expected = message_id(ids[address], settings.email_from)
        assert f"<{summary['MessageID']}>" == expected
    assert await store.pending() == []



async def test_a_process_killed_mid_send_leaves_an_email_sent_once_after_restart(
        settings: Settings, mailpit: MailServer) -> None:
    """A notifications process records the delivery, claims its first attempt and hangs on an
    SMTP server that never greets; kill -9. A new process sends it once, same Message-ID."""
    silent = socket.create_server(("127.0.0.1", 0))  # accepts connections, never answers
    environment = {**os.environ, **{name.upper(): str(value) for name, value in {
        "kafka_bootstrap_servers": settings.kafka_bootstrap_servers,
        "mongodb_url": settings.mongodb_url, "topic_prefix": settings.topic_prefix,
        "mongodb_database": settings.mongodb_database, "jwt_secret": settings.jwt_secret,
        "smtp_host": "127.0.0.1", "smtp_port": silent.getsockname()[1],
        "smtp_timeout_seconds": 600, "email_sweep_seconds": 0.2}.items()}}
    doomed = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "uvicorn", "--factory", "services.notifications.main:create_app",
        "--host", "127.0.0.1", "--port", str(free_port()), env=environment,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    try:
        address = f"killed-{uuid.uuid4().hex[:8]}@example.org"
        envelope = envelope_for(request_for(address), "/profiles")
        delivery_id = effect_id(envelope, "email")
        await publish_twice(settings, envelope)
        store = NotificationsRuntime(settings)  # its database only: not started

        async def mid_send() -> bool:
            return await store.db.email_attempts.find_one({"_id": f"{delivery_id}#1"}) is not None

        await wait_until(mid_send, within=120)
        doomed.send_signal(signal.SIGKILL)
        await asyncio.wait_for(doomed.wait(), 30)
        await store.mongo.close()
    finally:
        if doomed.returncode is None:
            doomed.kill()
            await doomed.wait()
        silent.close()
    assert await messages_to(mailpit, address) == []
    restarted = NotificationsRuntime(settings)
    await restarted.start()
    try:
        [summary] = await wait_for_messages(mailpit, address)  # once the claim has gone stale
        await asyncio.sleep(QUIET)
        assert len(await messages_to(mailpit, address)) == 1
    finally:
        await restarted.stop()
    assert f"<{summary['MessageID']}>" == message_id(delivery_id, settings.email_from)
