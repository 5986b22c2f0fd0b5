"""Problem reports on the real MongoDB-protocol server: a report pauses an ACTIVE mentorship at
once, the paused one keeps its mentor's place, the report is kept with its event for the
mentor's organization (or for the platform's admins, without one), only the two people may
report, and only that organization lists the reports and resumes or ends the mentorship."""

from __future__ import annotations

import pytest

from services.matching.mentorship.report_review import ReportReview
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


async def test_the_organization_lists_its_reports_and_resumes_or_ends_the_mentorship(
        mentoring: Mentoring) -> None:
    reports = Reports(mentoring.db, Outbox("/matching", relay=None), mentoring.lifecycle,
                      mentoring.mentors)
    review = ReportReview(mentoring.db, mentoring.lifecycle)
    await review.ensure_indexes()
    listed = mentor_event("m-1", capacity=2)
    await mentoring.mentors.keep(MentorProfileUpdated(
        mentor_id="m-1", profile=listed.profile.model_copy(update={"organization_id": "org-1"}),
        updated_at=NOW))
    paused = []
    for mentee in ("e-1", "e-2"):
        asked = await mentoring.request(mentee, "m-1")
        await mentoring.lifecycle.respond(asked["_id"], "m-1", accept=True, reason=None)
        reporter = "m-1" if mentee == "e-2" else mentee
        paused.append(await reports.report(asked["_id"], reporter, ProblemReason.OTHER, mentee))
    first, second = paused

    page, total = await review.page_for("org-1", 0, 10)
    assert total == 2
    assert [(r["mentorship_id"], r["reporter_side"], r["details"], r["resolved"])
            for r in page] == [(second["_id"], "mentor", "e-2", False),
                               (first["_id"], "mentee", "e-1", False)]  # newest first
    later, _ = await review.page_for("org-1", 1, 10)  # the page after the first report
    assert [r["mentorship_id"] for r in later] == [first["_id"]]
    assert await review.page_for("org-2", 0, 10) == ([], 0)
    for stranger in ("org-2", "e-1", "m-1"):  # another organization, the two people
        assert await refusal(review.resolve(first["_id"], stranger, True, None)) == \
            (404, "NOT_FOUND")

    resumed = await review.resolve(first["_id"], "org-1", True, "sorted out by phone")
    assert (resumed["mentorship_status"], resumed["resolved"]) == ("active", True)
    stored = await mentoring.store.get(first["_id"])
    assert stored is not None and stored["reason"] == "sorted out by phone"
    events = [e["envelope"]["data"] for e in stored[FIELD]]
    assert (events[-1]["change"], events[-1]["actor_id"]) == ("resumed", "org-1")
    assert await refusal(review.resolve(first["_id"], "org-1", False, None)) == \
        (409, "CONFLICT")  # resolved already: it is active
    assert (await mentoring.held())["slot"] == 2  # resumed: the pause's slot kept

    ended = await review.resolve(second["_id"], "org-1", False, "payment was asked")
    assert (ended["mentorship_status"], ended["resolved"]) == ("cancelled", True)
    assert await mentoring.held() == {"slot": 1, "request": 0, "pair": 1, "mentee": 1}
    assert await refusal(review.resolve(second["_id"], "org-1", True, None)) == \
        (409, "CONFLICT")
    page, _ = await review.page_for("org-1", 0, 10)
    assert [(r["mentorship_status"], r["resolved"]) for r in page] == [
        ("cancelled", True), ("active", True)]
    again = await mentoring.request("e-3", "m-1")  # the ended one's place is free again
    assert (await mentoring.lifecycle.respond(again["_id"], "m-1", True, None))["status"] == \
        "active"
