"""Problem reports reach the admins of the mentor's organization; without one, nobody in-app."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from services.notifications.in_app.handlers import mentorship_problem_reported
from services.notifications.in_app.store import NotificationsStore
from smartpick.events import MentorshipProblemReported
from smartpick.events.mentorships import ProblemReason
from tests.unit.notifications.in_app.test_handlers import FakeStore, envelope


def reported(organization: str | None) -> MentorshipProblemReported:
    return MentorshipProblemReported(
        mentorship_id="m-1", mentee_id="mentee-1", mentor_id="mentor-1", reporter_id="mentee-1",
        reason=ProblemReason.PAYMENT_REQUESTED, details="asked me for $500",
        organization_id=organization, at=datetime(2026, 11, 29, 9, 0, tzinfo=UTC))


async def test_the_organization_is_told_what_was_reported_once() -> None:
    fake = FakeStore()
    event = reported("org-1")
    for _ in range(2):
        await mentorship_problem_reported(event, envelope(event, "e-1"),
                                          cast(NotificationsStore, fake))
    [notice] = fake.notifications.values()
    assert (notice["recipient"], notice["kind"], notice["subject_id"]) == (
        "org-1", "MENTORSHIP_PROBLEM_REPORTED", "m-1")
    assert "The mentee" in notice["body"] and "payment requested" in notice["body"]
    assert "“asked me for $500”" in notice["body"]


async def test_without_an_organization_nobody_is_told_in_app() -> None:
    fake = FakeStore()
    event = reported(None)
    await mentorship_problem_reported(event, envelope(event), cast(NotificationsStore, fake))
    assert fake.notifications == {}
