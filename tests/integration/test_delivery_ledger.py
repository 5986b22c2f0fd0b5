"""The delivery ledger on real FerretDB and Mailpit: one event's entries say who was told what,
on which channel and with what result; the email's outcome is read from its delivery; an event
handled twice rewrites its entries instead of adding any."""

from __future__ import annotations

import uuid

import pytest

from services.notifications.dispatch import Outgoing
from services.notifications.ledger.outcomes import Outcomes
from services.notifications.runtime import NotificationsRuntime
from tests.integration.test_notification_preferences import choose, person, runtime
from tests.mailpit import wait_for_messages
from tests.servers import MailServer

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
    outcomes = Outcomes(runtime.deliveries)
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
