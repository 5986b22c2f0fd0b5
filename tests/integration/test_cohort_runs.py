"""Cohort runs on the real MongoDB-protocol server: a draft with its pairs, unmatched and skipped
ids and the three totals, nobody asked before publication, two racing publishes of which one
wins, a pair the lifecycle refuses reported on its own, the report as mentors answer, and no run
at all naming mentees who are not (or no longer) members of the organization."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.claims import Claims
from services.matching.mentorship.cohort_runs import (
    NO_PROFILE,
    NOT_A_MENTOR,
    CohortRuns,
    NotMembers,
)
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.organization_members import OrganizationMembers
from services.matching.mentorship.progress import MentorshipProgress
from services.matching.mentorship.store import MentorshipStore
from services.matching.recommendations.store import MatchingStore
from smartpick.auth import Role
from smartpick.events import (
    MentorProfileUpdated,
    OrganizationMemberJoined,
    OrganizationMemberLeft,
)
from smartpick.events.mentoring import MenteePreferences, MentorPosition, MentorTopic
from smartpick.events.mentors import MentorProfile
from smartpick.events.mentorships import GoalStatus, MentorshipChange
from smartpick.events.models import ApplicantProfile, ApplicantType, Visa
from smartpick.http_errors import Refused
from smartpick.outbox import Outbox

pytestmark = pytest.mark.integration
ORGANIZATION = "org-1"
LEASE = timedelta(hours=1)


@dataclass
class Program:
    db: AsyncDatabase[dict[str, Any]]
    runs: CohortRuns
    lifecycle: Lifecycle
    progress: MentorshipProgress
    members: OrganizationMembers

    async def join(self, applicant_id: str, organization_id: str = ORGANIZATION) -> None:
        """A membership as matching keeps it (the consumer of organization events writes it)."""
        await self.members.keep(OrganizationMemberJoined(
            organization_id=organization_id, account_id=applicant_id, role=Role.APPLICANT,
            at=datetime.now(UTC)))

    async def mentee(self, applicant_id: str, language: str, goals: list[str]) -> None:
        """A member of the organization with an applicant profile as matching keeps it."""
        await self.join(applicant_id)
        profile = ApplicantProfile(
            applicant_type=ApplicantType.NON_US_IMG, graduation_year=2021, visa=Visa.J1,
            specialties=["Internal Medicine"],
            mentee=MenteePreferences.model_validate({"languages": [language], "goals": goals}))
        await self.db.applicants.insert_one({"_id": applicant_id,
                                             "profile": profile.model_dump(mode="json"),
                                             "profile_at": datetime.now(UTC)})

    async def mentor(self, mentor_id: str, capacity: int, languages: list[str]) -> None:
        profile = MentorProfile(position=MentorPosition.ATTENDING, specialty="Internal Medicine",
                                institution="Mercy", languages=languages,
                                topics=[MentorTopic.VISA], capacity=capacity)
        directory = MentorDirectory(self.db)
        await directory.keep(MentorProfileUpdated(mentor_id=mentor_id, profile=profile,
                                                  updated_at=datetime.now(UTC)))


@pytest.fixture
def program(mongo: AsyncMongoClient[dict[str, Any]], unique: str) -> Program:
    db = mongo[f"cohorts_{unique}"]
    outbox = Outbox("/matching", relay=None)
    store, mentors = MentorshipStore(db, outbox), MentorDirectory(db)
    slots, requests, pairs, mentees = (Claims(db, kind)
                                       for kind in ("slot", "request", "pair", "mentee"))
    lifecycle = Lifecycle(store, mentors, slots, requests, pairs, mentees)
    progress = MentorshipProgress.of(db, lifecycle)
    members = OrganizationMembers(db)
    runs = CohortRuns(db, MatchingStore(db, outbox), mentors, members, lifecycle, progress,
                      LEASE)
    return Program(db, runs, lifecycle, progress, members)


async def test_a_draft_is_published_once_and_reported_on(program: Program) -> None:
    for n, language in enumerate(["ur", "ur", "hi", "hi", "es"]):
        await program.mentee(f"a-{n}", language, ["visa"])
    await program.mentor("t-ur", 2, ["en", "ur"])
    await program.mentor("t-hi", 2, ["en", "hi"])
    await program.join("ghost")
    run = await program.runs.run(ORGANIZATION, "Spring cohort", ["a-0", "a-1", "a-2", "a-3",
                                 "a-4", "ghost", "a-0"], ["t-ur", "t-hi", "nobody"], 0.0)

    assert {(p["mentee_id"], p["mentor_id"]) for p in run["pairs"]} == {
        ("a-0", "t-ur"), ("a-1", "t-ur"), ("a-2", "t-hi"), ("a-3", "t-hi")}
    assert all("speaks Urdu" in p["reasons"] for p in run["pairs"] if p["mentor_id"] == "t-ur")
    assert run["unmatched"] == [{"mentee_id": "a-4", "reason": "no mentor has free capacity"}]
    assert run["skipped"] == [{"id": "ghost", "side": "mentee", "reason": NO_PROFILE},
                              {"id": "nobody", "side": "mentor", "reason": NOT_A_MENTOR}]
    totals = run["totals"]
    assert totals["optimal"] >= totals["greedy"] >= 0 and totals["optimal"] >= totals[
        "first_come_first_served"]
    assert await program.db.mentorships.count_documents({}) == 0  # nobody asked yet
    with pytest.raises(Refused) as elsewhere:
        await program.runs.own(run["_id"], "org-2")
    assert elsewhere.value.code == "NOT_FOUND"
    with pytest.raises(Refused) as draft:
        await program.runs.report(run)
    assert draft.value.code == "CONFLICT"

    # a3 asked t-hi already: its pair is refused at publication, the others go out
    await program.lifecycle.request("a-3", "t-hi", "mine", [])
    raced = await asyncio.gather(program.runs.publish(run), program.runs.publish(run),
                                 return_exceptions=True)
    [published] = [r for r in raced if isinstance(r, dict)]
    [lost] = [r for r in raced if isinstance(r, Refused)]
    assert lost.code == "CONFLICT" and published["status"] == "published"
    outcomes = {p["mentee_id"]: p["publication"] for p in published["pairs"]}
    assert outcomes["a-3"]["refusal_code"] == "CONFLICT" and outcomes["a-3"]["mentorship_id"] \
        is None
    sent = [outcomes[a]["mentorship_id"] for a in ("a-0", "a-1", "a-2")]
    made = [await program.lifecycle.store.get(i) for i in sent]
    assert [(m["status"], m["message"]) for m in made if m] == [
        ("requested", "Suggested by Spring cohort")] * 3
    assert (await program.runs.own(run["_id"], ORGANIZATION))["status"] == "published"

    await program.lifecycle.respond(sent[0], "t-ur", True, None)
    await program.lifecycle.respond(sent[1], "t-ur", False, "full")
    report = await program.runs.report(published)
    month = {"month": f"{datetime.now(UTC):%Y-%m}", "active_pairs": 1}
    assert report == {"pairs": 4, "not_sent": 1, "active": 1, "declined": 1, "requested": 1,
                      "accepted": 1, "check_ins": 0,
                      "check_ins_by_month": [{**month, "check_ins": 0, "per_pair": 0.0}],
                      "goals": 0, "goals_completed": 0, "ratings": 0, "average_rating": None}

    # the accepted pair works: two goals (one done), a check-in today, completion, feedback
    today = datetime.now(UTC).date()
    goals = [await program.progress.goals.add(sent[0], "a-0", title, MentorTopic.VISA, today)
             for title in ("Waiver options", "J-1 paperwork")]
    await program.progress.goals.set_status(sent[0], goals[0]["_id"], "t-ur", GoalStatus.DONE)
    await program.progress.checkins.record(sent[0], "t-ur", today, "Went through it", None)
    active = await program.lifecycle.store.get(sent[0])
    assert active is not None
    await program.lifecycle.change(active, MentorshipChange.COMPLETED, "mentee", "a-0")
    await program.progress.feedback.give(sent[0], "a-0", 5, "")
    await program.progress.feedback.give(sent[0], "t-ur", 4, "")
    report = await program.runs.report(published)
    assert report == {"pairs": 4, "not_sent": 1, "completed": 1, "declined": 1, "requested": 1,
                      "accepted": 1, "check_ins": 1,
                      "check_ins_by_month": [{**month, "check_ins": 1, "per_pair": 1.0}],
                      "goals": 2, "goals_completed": 1, "ratings": 2, "average_rating": 4.5}


async def test_a_publication_cut_short_is_resumed_after_its_lease_and_asks_nobody_twice(
        program: Program) -> None:
    for n in range(3):
        await program.mentee(f"b-{n}", "ur", ["visa"])
    await program.mentor("t-b", 3, ["en", "ur"])
    run = await program.runs.run(ORGANIZATION, "Winter cohort", ["b-0", "b-1", "b-2"],
                                 ["t-b"], 0.0)
    # a publisher took the run and sent one pair's request, then died
    started = datetime.now(UTC) - LEASE / 2
    await program.db.cohort_run_publications.insert_one(
        {"_id": run["_id"], "run_id": run["_id"], "attempt": 1, "at": started})
    first = run["pairs"][0]
    sent_before = await program.lifecycle.request(
        first["mentee_id"], first["mentor_id"], "Suggested by Winter cohort", [],
        mentorship_id=str(uuid.uuid5(uuid.NAMESPACE_URL,
                                     f"cohort-run:{run['_id']}:{first['mentee_id']}")))

    with pytest.raises(Refused) as within_lease:  # it may still be at work
        await program.runs.publish(run)
    assert within_lease.value.code == "CONFLICT" and "being published" in \
        within_lease.value.message

    await program.db.cohort_run_publications.update_one(
        {"_id": run["_id"]}, {"$set": {"at": datetime.now(UTC) - LEASE * 2}})
    raced = await asyncio.gather(program.runs.publish(run), program.runs.publish(run),
                                 return_exceptions=True)
    [published] = [r for r in raced if isinstance(r, dict)]
    assert [r.code for r in raced if isinstance(r, Refused)] == ["CONFLICT"]
    sent = {p["mentee_id"]: p["publication"]["mentorship_id"] for p in published["pairs"]}
    assert sent[first["mentee_id"]] == sent_before["_id"] and all(sent.values())
    assert await program.db.mentorships.count_documents({"mentor_id": "t-b"}) == 3
    assert await program.db.cohort_run_publications.count_documents(
        {"run_id": run["_id"]}) == 2
    assert (await program.runs.own(run["_id"], ORGANIZATION))["status"] == "published"


async def test_a_run_naming_anyone_but_the_organizations_members_is_refused(
        program: Program) -> None:
    for applicant_id in ("m-0", "m-1"):
        await program.mentee(applicant_id, "ur", ["visa"])
    await program.join("elsewhere", organization_id="org-2")
    await program.mentor("t-ur", 2, ["en", "ur"])
    with pytest.raises(NotMembers) as refused:
        await program.runs.run(ORGANIZATION, "Poached", ["m-0", "elsewhere", "stranger"],
                               ["t-ur"], 0.0)
    assert refused.value.account_ids == ["elsewhere", "stranger"]

    left = OrganizationMemberLeft(organization_id=ORGANIZATION, account_id="m-1",
                                  role=Role.APPLICANT, at=datetime.now(UTC))
    assert await program.members.keep(left)
    late_join = OrganizationMemberJoined(organization_id=ORGANIZATION, account_id="m-1",
                                         role=Role.APPLICANT, at=left.at - timedelta(seconds=1))
    assert not await program.members.keep(late_join)  # an older event redelivered
    with pytest.raises(NotMembers) as after_leaving:
        await program.runs.run(ORGANIZATION, "Spring", ["m-0", "m-1"], ["t-ur"], 0.0)
    assert after_leaving.value.account_ids == ["m-1"]
    assert await program.db.cohort_runs.count_documents({}) == 0
