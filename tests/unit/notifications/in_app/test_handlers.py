"""In-app handlers called directly, as the consumer calls them, over a store in memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from services.notifications.handlers import HANDLERS
from services.notifications.in_app.handlers import (
    RECOMMENDATIONS_READY,
    recommendations_ready,
    simulation_completed,
)
from services.notifications.in_app.store import NotificationsStore
from smartpick.events import (
    CloudEvent,
    Event,
    MatchSimulationCompleted,
    MentorshipChanged,
    MentorshipMessagePosted,
    MentorshipProblemReported,
    MentorshipReminderIssued,
    MentorSuggestionsReady,
    RecommendationsReady,
)
from smartpick.publisher import envelope_for


@dataclass
class FakeStore:
    notifications: dict[str, dict[str, Any]] = field(default_factory=dict)
    latest: dict[str, tuple[str, datetime]] = field(default_factory=dict)

    async def add(self, notification_id: str, recipient: str, kind: str, title: str, body: str,
                  subject_id: str | None = None) -> bool:
        if notification_id in self.notifications:
            return False
        self.notifications[notification_id] = {"recipient": recipient, "kind": kind,
                                               "title": title, "body": body, "read": False,
                                               "subject_id": subject_id}
        return True

    async def add_current(self, notification_id: str, recipient: str, kind: str, title: str,
                          body: str, at: datetime) -> bool:
        previous = self.latest.get(f"{recipient}|{kind}")
        if previous is not None and previous[1] > at:
            return False
        added = await self.add(notification_id, recipient, kind, title, body)
        self.latest[f"{recipient}|{kind}"] = (notification_id, at)
        if previous is not None and previous[0] != notification_id \
                and not self.notifications[previous[0]]["read"]:
            del self.notifications[previous[0]]
        return added


def envelope(event: Event, event_id: str | None = None) -> CloudEvent:
    return envelope_for(event, "/matching", event_id)


def ready(applicant_id: str = "a-1") -> RecommendationsReady:
    return RecommendationsReady(applicant_id=applicant_id, eligible_count=2, excluded_count=1,
                                computed_for="e", reason="catalog")


async def test_the_newest_list_notice_replaces_unread_older_ones() -> None:
    fake = FakeStore()
    store = cast(NotificationsStore, fake)
    await recommendations_ready(ready(), envelope(ready()), store)
    await recommendations_ready(ready("a-2"), envelope(ready("a-2")), store)
    fake.notifications[next(iter(fake.notifications))]["read"] = True  # a-1 read the first one
    await recommendations_ready(ready(), envelope(ready()), store)
    await recommendations_ready(ready(), envelope(ready()), store)
    mine = [n for n in fake.notifications.values() if n["recipient"] == "a-1"]
    assert [n["read"] for n in mine] == [True, False]  # the read one stays, one unread newest
    assert all(n["kind"] == RECOMMENDATIONS_READY for n in mine)
    assert [n["recipient"] for n in fake.notifications.values()].count("a-2") == 1


async def test_an_event_handled_twice_makes_one_notification_and_drops_nothing() -> None:
    fake = FakeStore()
    first = envelope(ready(), "event-1")
    await recommendations_ready(ready(), first, cast(NotificationsStore, fake))
    await recommendations_ready(ready(), first, cast(NotificationsStore, fake))
    assert len(fake.notifications) == 1


async def test_an_old_event_published_again_late_adds_and_replaces_nothing() -> None:
    fake = FakeStore()
    store = cast(NotificationsStore, fake)
    old, new = envelope(ready(), "event-1"), envelope(ready(), "event-2")
    await recommendations_ready(ready(), old, store)
    await recommendations_ready(ready(), new, store)
    await recommendations_ready(ready(), old, store)  # the relay sent event-1 again, late
    (current,) = fake.notifications
    assert fake.latest["a-1|" + RECOMMENDATIONS_READY] == (current, new.time)


async def test_a_finished_simulation_notifies_its_requester_about_it() -> None:
    fake = FakeStore()
    event = MatchSimulationCompleted(simulation_id="s-1", requested_by="o-1", name="ours",
                                     status="failed", applicants=0, matched=0, positions=0,
                                     unfilled=0, error="timed out")
    await simulation_completed(event, envelope(event), cast(NotificationsStore, fake))
    (notification,) = fake.notifications.values()
    assert notification["recipient"] == "o-1" and notification["subject_id"] == "s-1"
    assert notification["body"] == "timed out"


async def test_the_registry_sends_each_event_type_to_its_handler_with_the_store() -> None:
    fake = FakeStore()
    handlers = HANDLERS.bind(cast(NotificationsStore, fake))
    assert set(handlers) == {RecommendationsReady, MatchSimulationCompleted, MentorshipChanged,
                             MentorshipMessagePosted, MentorshipProblemReported,
                             MentorSuggestionsReady, MentorshipReminderIssued}
    for handle in handlers[RecommendationsReady]:
        await handle(ready(), envelope(ready()))
    assert [n["recipient"] for n in fake.notifications.values()] == ["a-1"]
