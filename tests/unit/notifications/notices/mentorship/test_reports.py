"""Problem reports reach the admins of the mentor's organization; without one, nobody in-app."""

from __future__ import annotations

from datetime import UTC, datetime

from services.notifications.notices.mentorship.reports import mentorship_problem_reported
from smartpick.events import MentorshipProblemReported
from smartpick.events.mentorships import ProblemReason
from tests.unit.notifications.notices.fakes import FakeDispatcher, envelope


def reported(organization: str | None, details: str = "asked me for $500"
             ) -> MentorshipProblemReported:
    return MentorshipProblemReported(
        mentorship_id="m-1", mentee_id="mentee-1", mentor_id="mentor-1", reporter_id="mentee-1",
        reason=ProblemReason.PAYMENT_REQUESTED, details=details,
        organization_id=organization, at=datetime(2026, 11, 29, 9, 0, tzinfo=UTC))


async def test_the_organization_is_told_what_was_reported_once() -> None:
    fake = FakeDispatcher()
    event = reported("org-1")
    for _ in range(2):
        await mentorship_problem_reported(event, envelope(event, "e-1"), fake.as_dispatcher())
    [notice] = fake.stored
    assert notice.told == ("org-1", "MENTORSHIP_PROBLEM_REPORTED", "m-1")
    assert notice.title == "A mentorship problem was reported"
    assert notice.body == ("The mentee of a mentorship with your mentor mentor-1 reported: "
                           "payment requested. Details: “asked me for $500” "
                           "The mentorship is paused.")


async def test_a_report_without_details_quotes_nothing() -> None:
    fake = FakeDispatcher()
    event = reported("org-1", details="")
    await mentorship_problem_reported(event, envelope(event), fake.as_dispatcher())
    assert fake.sent[0].body.endswith("reported: payment requested. The mentorship is paused.")


async def test_without_an_organization_nobody_is_told_in_app() -> None:
    fake = FakeDispatcher()
    event = reported(None)
    await mentorship_problem_reported(event, envelope(event), fake.as_dispatcher())
    assert fake.sent == []
