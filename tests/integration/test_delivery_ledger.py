"""The delivery ledger on real FerretDB and Mailpit: one event's entries say who was told what,
on which channel and with what result; the email's outcome is read from its delivery; an event
handled twice rewrites its entries instead of adding any."""

from __future__ import annotations

import uuid
from ipaddress import ip_network
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.notifications.dispatch import Outgoing
from services.notifications.ledger.outcomes import Outcomes
from services.notifications.ledger.store import Entry
from services.notifications.notices.simulations import simulation_completed
from services.notifications.runtime import NotificationsRuntime
from services.notifications.webhooks.handlers import event_to_messages
from smartpick.events import MatchSimulationCompleted
from smartpick.publisher import envelope_for
from tests.integration.harness import wait_until
from tests.integration.test_email_delivery import settings_for
from tests.integration.test_notification_preferences import choose, person, runtime
from tests.mailpit import wait_for_messages
from tests.servers import MailServer, Servers
from tests.webhook_receiver import Received, webhook_endpoint

__all__ = ["runtime"]  # the fixture, shared with the preferences tests
pytestmark = pytest.mark.integration


async def test_one_events_ledger_names_each_channel_and_its_outcome_once(
        runtime: NotificationsRuntime, mailpit: MailServer) -> None:
    account_id, address = await person(runtime)
    await choose(runtime, account_id, channels=[{"category": "MENTORSHIP", "live": False}])
    event_id = str(uuid.uuid4())
    outgoing = Outgoing(uuid.uuid4().hex, account_id, "MENTORSHIP_EXPIRED", event_id=event_id)
    await runtime.dispatcher.send(outgoing)
    await wait_for_messages(mailpit, address)
    await runtime.dispatcher.send(outgoing)  # the event handled again
    entries = await runtime.dispatcher.ledger.entries(event_id)
    outcomes = Outcomes(runtime.deliveries, runtime.webhooks.messages)
    seen = {(e["channel"], e["result"]): {**e, **await outcomes.of(e)} for e in entries}
    assert set(seen) == {("LIVE", "off by preference"),
                         ("IN_APP", "stored already, or older than the current one"),
                         ("EMAIL", "queued")}
    assert len(entries) == 3
    assert seen[("IN_APP", "stored already, or older than the current one")]["ref"] == outgoing.id
    email = seen[("EMAIL", "queued")]
    assert (email["recipient"], email["outcome"], email["attempts"]) == (account_id, "sent", 1)
    [notice] = (await runtime.store.page(account_id, 5, None)).items
    assert notice["event_id"] == event_id  # the notice names its event, the ledger's key
    assert await runtime.dispatcher.ledger.entries(str(uuid.uuid4())) == []


async def test_a_later_record_of_an_event_merges_into_its_first(
        runtime: NotificationsRuntime) -> None:
    """The first record is an insert; a later one (a second recipient, the event handled again)
    adds and rewrites entries by key, and the record keeps the first one's age."""
    event_id, ledger = str(uuid.uuid4()), runtime.dispatcher.ledger
    await ledger.record(event_id, [Entry("IN_APP", "stored", "mentor", "K", "n-1")])
    first = await runtime.db.ledger.find_one({"_id": event_id})
    assert first is not None
    await ledger.record(event_id, [Entry("IN_APP", "stored", "mentee", "K", "n-2"),
                                   Entry("IN_APP", "stored already", "mentor", "K", "n-1")])
    entries = await ledger.entries(event_id)
    assert sorted((e["recipient"], e["result"]) for e in entries) == [
        ("mentee", "stored"), ("mentor", "stored already")]
    merged = await runtime.db.ledger.find_one({"_id": event_id})
    assert merged is not None and merged["created_at"] == first["created_at"]


async def test_an_organizations_event_lists_its_notice_and_each_webhook_attempt(
        servers: Servers, mailpit: MailServer, unique: str,
        mongo: AsyncMongoClient[dict[str, Any]]) -> None:
    settings = settings_for(servers, mailpit, f"ledger{unique}.").model_copy(update={
        "webhook_allow_insecure_http": True,
        "webhook_allowed_networks": [ip_network("127.0.0.0/8")]})
    started = NotificationsRuntime(settings)
    await started.start()
    try:
        with webhook_endpoint() as (url, received):
            organization = str(uuid.uuid4())
            endpoint, _ = await started.webhooks.endpoints.create(
                organization, url, [MatchSimulationCompleted.event_type], "the ledger's")
            event = MatchSimulationCompleted(
                simulation_id="sim-1", requested_by=organization, name="ledger", status="succeeded",
                applicants=10, positions=5, matched=5, unfilled=0)
            envelope = envelope_for(event, "/matching")
            await simulation_completed(event, envelope, started.dispatcher)
            await event_to_messages(event, envelope, started.webhooks)
            await wait_until(lambda: _arrived(received))
            outcomes = Outcomes(started.deliveries, started.webhooks.messages)

            async def delivered() -> bool:
                found = await started.dispatcher.ledger.entries(envelope.id)
                hook = [e for e in found if e["channel"] == "WEBHOOK"]
                return bool(hook) and (await outcomes.of(hook[0])).get("outcome") == "delivered"

            await wait_until(delivered)
            entries = await started.dispatcher.ledger.entries(envelope.id)
            assert {(e["channel"], e["recipient"]) for e in entries} >= {
                ("IN_APP", organization), ("WEBHOOK", organization)}
            [hook] = [e for e in entries if e["channel"] == "WEBHOOK"]
            assert hook["endpoint_id"] == endpoint["_id"]
            outcome = await outcomes.of(hook)
            assert outcome["attempts"] == 1
            [attempt] = outcome["attempt_log"]
            assert (attempt["attempt"], attempt["status"], attempt["error"]) == (1, 204, None)
    finally:
        await started.stop()
        await mongo.drop_database(settings.mongodb_database)


async def _arrived(received: list[Received]) -> bool:
    return len(received) == 1
