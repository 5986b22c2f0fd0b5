"""The outbox gauges read the relay's own backlog: entries handed to it and unsent, plus those
its last sweep left pending, with the age of the oldest; no query at scrape time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import cast

from smartpick import pending
from smartpick.metrics import watch_outbox
from smartpick.outbox import Outbox
from smartpick.pending import PENDING
from smartpick.shared_writes import SharedWrites
from tests.integration.harness import profile_event
from tests.unit.metrics.samples import sample
from tests.unit.test_outbox import Collection, RecordingRelay, applicants


async def test_the_backlog_counts_handed_entries_until_the_relay_sends_them() -> None:
    collection = applicants()
    relay = RecordingRelay(collection)
    watch_outbox(relay.backlog)
    await Outbox("/tests", relay).stage(cast(Collection, collection), "a-1", {"$set": {"n": 1}},
                                        profile_event("a-1"), upsert=True)
    count, oldest = relay.backlog()
    assert count == 1 and oldest is not None and datetime.now(UTC) - oldest < timedelta(seconds=5)
    assert sample("smartpick_outbox_backlog") == 1
    relay.stop()
    await relay.run()  # one pass: the handed entry goes out; the sweep finds nothing left
    assert relay.backlog() == (0, None)
    assert sample("smartpick_outbox_backlog") == 0
    assert sample("smartpick_outbox_oldest_age_seconds") == 0


async def test_what_the_sweep_leaves_pending_stays_in_the_backlog_with_its_age() -> None:
    collection = applicants()
    relay = RecordingRelay(collection)
    watch_outbox(relay.backlog)
    noted = datetime.now(UTC) - timedelta(minutes=2)
    in_flight = Outbox("/tests", relay=None).entry(profile_event("a-2"))  # document not written
    await pending.note(cast(Collection, collection), [("a-2", in_flight)], noted,
                       SharedWrites(cast(Collection, collection.database[PENDING])))
    await relay.publish_pending()
    assert relay.backlog() == (1, noted)
    assert 120 <= sample("smartpick_outbox_oldest_age_seconds") < 180
