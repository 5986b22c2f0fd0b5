"""Problem reports on the real MongoDB-protocol server: a report pauses an ACTIVE mentorship at
once, the paused one keeps its mentor's place, the report is kept with its event for the
mentor's organization (or for the platform's admins, without one), and only the two people may
report."""

from __future__ import annotations

import pytest

from services.matching.mentorship.reports import COLLECTION, Reports
from smartpick.events import MentorProfileUpdated
from smartpick.events.mentorships import ProblemReason
from smartpick.outbox import FIELD, Outbox
from tests.integration.test_mentorship_lifecycle import (
    NOW,
    Mentoring,
    mentor_event,
    mentoring,
    refusal,
)

pytestmark = pytest.mark.integration
__all__ = ["mentoring"]


async def test_a_report_pauses_the_mentorship_and_is_kept_for_the_organization(
        mentoring: Mentoring) -> None:
    reports = Reports(mentoring.db, Outbox("/matching", relay=None), mentoring.lifecycle,
                      mentoring.mentors)
    listed = mentor_event("m-1", capacity=1)
    await mentoring.mentors.keep(MentorProfileUpdated(
        mentor_id="m-1", profile=listed.profile.model_copy(update={"organization_id": "org-1"}),
        updated_at=NOW))
    await mentoring.mentor("m-2")
    asked = await mentoring.request("e-1", "m-1")
    early = reports.report(asked["_id"], "e-1", ProblemReason.OTHER, "")
    assert await refusal(early) == (409, "CONFLICT")  # only an ACTIVE one
    await mentoring.lifecycle.respond(asked["_id"], "m-1", accept=True, reason=None)
    stranger = reports.report(asked["_id"], "x-1", ProblemReason.OTHER, "")
    assert await refusal(stranger) == (404, "NOT_FOUND")

    paused = await reports.report(asked["_id"], "e-1", ProblemReason.PAYMENT_REQUESTED, "$300")
    assert paused["status"] == "paused" and await mentoring.status(asked["_id"]) == "paused"
    [kept] = await mentoring.db[COLLECTION].find().to_list()
    assert (kept["organization_id"], kept["reason"], kept["details"]) == (
        "org-1", "payment_requested", "$300")
    assert kept[FIELD][0]["envelope"]["type"].endswith("problem-reported.v1")
    assert (await mentoring.held())["slot"] == 1  # the paused mentorship keeps its place
    assert await refusal(mentoring.request("e-2", "m-1")) == (409, "CAPACITY_REACHED")
    again = reports.report(asked["_id"], "m-1", ProblemReason.OTHER, "")
    assert await refusal(again) == (409, "CONFLICT")

    other = await mentoring.request("e-3", "m-2")
    await mentoring.lifecycle.respond(other["_id"], "m-2", accept=True, reason=None)
    await reports.report(other["_id"], "m-2", ProblemReason.UNRESPONSIVE, "")
    unowned = await mentoring.db[COLLECTION].find_one({"mentorship_id": other["_id"]})
    assert unowned is not None and unowned["organization_id"] is None
