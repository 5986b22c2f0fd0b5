"""The service's registry: each event type goes to its notice handler, with the dispatcher."""

from __future__ import annotations

from services.notifications.handlers import HANDLERS
from smartpick.events import (
    AccountEmailVerified,
    AccountRegistered,
    EmailVerificationRequested,
    MatchSimulationCompleted,
    MentorshipChanged,
    MentorshipMessagePosted,
    MentorshipProblemReported,
    MentorshipReminderIssued,
    MentorSuggestionsReady,
    RecommendationsReady,
)
from tests.unit.notifications.notices.fakes import FakeDispatcher, envelope


async def test_the_registry_sends_each_event_type_to_its_handler_with_the_dispatcher() -> None:
    fake = FakeDispatcher()
    handlers = HANDLERS.bind(fake.as_dispatcher())
    assert set(handlers) == {RecommendationsReady, MatchSimulationCompleted, MentorshipChanged,
                             MentorshipMessagePosted, MentorshipProblemReported,
                             MentorSuggestionsReady, MentorshipReminderIssued,
                             AccountRegistered, AccountEmailVerified, EmailVerificationRequested}
    ready = RecommendationsReady(applicant_id="a-1", eligible_count=2, excluded_count=1,
                                 computed_for="e", reason="catalog")
    for handle in handlers[RecommendationsReady]:
        await handle(ready, envelope(ready))
    assert [s.outgoing.recipient for s in fake.sent] == ["a-1"]
