"""An organization's mentoring program run: the optimal cohort assignment computed and kept as a
draft, published once as mentorship requests, and reported on as those requests move on.

A draft tells nobody anything: it is a document in ``cohort_runs`` only its organization reads.
Publishing is decided by inserting ``cohort_run_publications`` ``<run id>`` (a unique ``_id``,
the one write FerretDB and MongoDB both decide atomically), so of two racing publishes one
sends the requests and the other is refused; the winner is then the run document's one writer.
Each pair's request goes through the lifecycle like a mentee's own (the mentee is the
requester, the message names the program); one the lifecycle refuses is reported per pair.

A publisher that dies halfway leaves the run a draft with some requests sent. Once its lease
has passed, publishing again takes the next attempt (``<run id>#2``, …; again one insert
decides) and goes through the pairs again: each pair's request has an id derived from the run
and the mentee, so a pair sent before is found and kept, never asked twice.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.cohort import Cohort, CohortAssignment, optimal_assignment
from services.matching.mentorship.cohort_baselines import (
    first_come_assignment,
    greedy_assignment,
)
from services.matching.mentorship.cohort_report import Span, average, by_month
from services.matching.mentorship.compatibility import Mentee, Mentor
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.organization_members import OrganizationMembers
from services.matching.mentorship.progress import MentorshipProgress
from services.matching.mentorship.rules import Code, refused
from services.matching.recommendations.store import MatchingStore
from smartpick.events.mentoring import MentorTopic
from smartpick.events.mentorships import MentorshipStatus
from smartpick.events.models import ApplicantProfile
from smartpick.http_errors import Refused
from smartpick.mongo import Document, as_utc, insert_once

DRAFT, PUBLISHED = "draft", "published"
NO_PROFILE = "no applicant profile: they have not filled one in"
NOT_A_MENTOR = "not in the mentor directory: no published mentor profile"
ENDED = (MentorshipStatus.COMPLETED.value, MentorshipStatus.CANCELLED.value)
"""How an accepted pair ends: its span stops at that change."""
PUBLISHING_AT_ONCE = 8
"""Requests sent concurrently while publishing (a mentee is in one pair, so none race)."""


def suggested_by(program: str) -> str:
    """The message of a published pair's request: where it came from."""
    return f"Suggested by {program}"


def solved(mentees: Sequence[Mentee], mentors: Sequence[Mentor], active: dict[str, int],
           min_score: float) -> tuple[CohortAssignment, dict[str, float], float]:
    """The optimal assignment, the totals of all three ways of matching, and the seconds the
    scoring and solving took; CPU-bound, so the API runs it in a worker thread."""
    started = time.perf_counter()
    cohort = Cohort.of(mentees, mentors, active, min_score=min_score)
    optimal = optimal_assignment(cohort)
    totals = {"optimal": optimal.total, "greedy": greedy_assignment(cohort).total,
              "first_come_first_served": first_come_assignment(cohort).total}
    return optimal, totals, time.perf_counter() - started


class NotMembers(Exception):
    """A run named mentees who are not members of the organization running it."""

    def __init__(self, account_ids: list[str]) -> None:
        super().__init__(", ".join(account_ids))
        self.account_ids = account_ids


class CohortRuns:
    def __init__(self, db: AsyncDatabase[Document], applicants: MatchingStore,
                 mentors: MentorDirectory, members: OrganizationMembers, lifecycle: Lifecycle,
                 progress: MentorshipProgress, lease: timedelta) -> None:
        self._runs = db.cohort_runs
        self._publications = db.cohort_run_publications
        self._applicants = applicants
        self._mentors = mentors
        self._members = members
        self._lifecycle = lifecycle
        self._progress = progress
        self._lease = lease

    async def ensure_indexes(self) -> None:
        await self._runs.create_index([("organization_id", ASCENDING),
                                       ("created_at", DESCENDING)])
        await self._publications.create_index([("run_id", ASCENDING), ("attempt", DESCENDING)])

    async def run(self, organization_id: str, name: str, mentee_ids: Sequence[str],
                  mentor_ids: Sequence[str], min_score: float) -> Document:
        """Compute and store a draft; ids that name nobody are listed as skipped. Every mentee
        must be a member of the organization (``NotMembers`` otherwise): an organization pairs
        only the people who joined it."""
        asked_mentees = list(dict.fromkeys(mentee_ids))
        if outsiders := await self._members.outsiders(organization_id, asked_mentees):
            raise NotMembers(outsiders)
        mentees, skipped = await self._mentees(asked_mentees)
        wanted = list(dict.fromkeys(mentor_ids))
        asked = set(wanted)
        listed = {m.id: m for m in await self._mentors.everyone() if m.id in asked}
        mentors = [Mentor(i, listed[i].profile, listed[i].verified) for i in wanted if i in listed]
        skipped += [{"id": i, "side": "mentor", "reason": NOT_A_MENTOR}
                    for i in wanted if i not in listed]
        standings = await self._lifecycle.store.standings()
        active = {mentor: standing.active for mentor, standing in standings.items()}
        optimal, totals, seconds = await asyncio.to_thread(solved, mentees, mentors, active,
                                                           min_score)
        goals = {mentee.id: [g.value for g in mentee.preferences.goals] for mentee in mentees}
        run = {
            "_id": str(uuid.uuid4()), "organization_id": organization_id, "name": name,
            "status": DRAFT, "min_score": min_score, "created_at": datetime.now(UTC),
            "published_at": None, "solve_seconds": seconds, "totals": totals,
            "pairs": [{"mentee_id": p.mentee_id, "mentor_id": p.mentor_id, "score": p.score,
                       "reasons": list(p.reasons), "goals": goals[p.mentee_id],
                       "publication": None} for p in optimal.pairs],
            "unmatched": [{"mentee_id": u.mentee_id, "reason": u.reason}
                          for u in optimal.unmatched],
            "skipped": skipped}
        await self._runs.insert_one(run)
        return run

    async def _mentees(self, ids: list[str]) -> tuple[list[Mentee], list[Document]]:
        """The applicants with a stored profile as mentees, and the others as skipped."""
        records = await asyncio.gather(*(self._applicants.applicant_record(i) for i in ids))
        mentees, skipped = [], []
        for applicant_id, record in zip(ids, records, strict=True):
            if record is None:
                skipped.append({"id": applicant_id, "side": "mentee", "reason": NO_PROFILE})
            else:
                profile = ApplicantProfile.model_validate(record["profile"])
                mentees.append(Mentee.from_profile(applicant_id, profile))
        return mentees, skipped

    async def own(self, run_id: str, organization_id: str) -> Document:
        """The run, if this organization made it; anyone else gets what an unknown id gets."""
        run = await self._runs.find_one({"_id": run_id})
        if run is None or run["organization_id"] != organization_id:
            raise refused(404, Code.NOT_FOUND, f"no cohort run {run_id[:64]!r}")
        return run

    async def page_of(self, organization_id: str, skip: int,
                      limit: int) -> tuple[list[Document], int]:
        """The organization's runs, newest first."""
        mine = {"organization_id": organization_id}
        total = await self._runs.count_documents(mine)
        found = await self._runs.find(mine).sort(
            [("created_at", DESCENDING), ("_id", DESCENDING)]).skip(skip).limit(limit).to_list()
        return found, total

    async def publish(self, run: Document) -> Document:
        """Send each pair its request, once per run; CONFLICT for a run published already or
        being published."""
        if run["status"] != DRAFT:
            raise refused(409, Code.CONFLICT, f"cohort run {run['_id']!r} is published already")
        if not await self._take_publication(run["_id"]):
            minutes = round(self._lease.total_seconds() / 60)
            raise refused(409, Code.CONFLICT, f"cohort run {run['_id']!r} is being published; "
                          f"if that was interrupted, publishing again {minutes} minutes after it "
                          "began resumes it")
        gate = asyncio.Semaphore(PUBLISHING_AT_ONCE)
        outcomes = await asyncio.gather(*(self._request(run["_id"], pair, run["name"], gate)
                                          for pair in run["pairs"]))
        pairs = [{**pair, "publication": outcome}
                 for pair, outcome in zip(run["pairs"], outcomes, strict=True)]
        changes = {"status": PUBLISHED, "published_at": datetime.now(UTC), "pairs": pairs}
        await self._runs.update_one({"_id": run["_id"]}, {"$set": changes})
        return {**run, **changes}

    async def _take_publication(self, run_id: str) -> bool:
        """Whether this call publishes: the first attempt, or the next one once the latest
        attempt's lease has passed (its publisher died or hung)."""
        now = datetime.now(UTC)
        if await insert_once(self._publications, {"_id": run_id, "run_id": run_id,
                                                  "attempt": 1, "at": now}):
            return True
        latest = await self._publications.find_one({"run_id": run_id},
                                                   sort=[("attempt", DESCENDING)])
        if latest is None or as_utc(latest["at"]) > now - self._lease:
            return False
        attempt = latest["attempt"] + 1
        return await insert_once(self._publications, {
            "_id": f"{run_id}#{attempt}", "run_id": run_id, "attempt": attempt, "at": now})

    async def _request(self, run_id: str, pair: Document, program: str,
                       gate: asyncio.Semaphore) -> dict[str, Any]:
        """The pair's request: made now, or found when an interrupted attempt made it."""
        mentorship_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"cohort-run:{run_id}:"
                                                           f"{pair['mentee_id']}"))
        async with gate:
            if await self._lifecycle.store.get(mentorship_id) is not None:
                return {"mentorship_id": mentorship_id, "refusal_code": None, "refusal": None}
            try:
                made = await self._lifecycle.request(
                    pair["mentee_id"], pair["mentor_id"], suggested_by(program),
                    [MentorTopic(goal) for goal in pair["goals"]], mentorship_id=mentorship_id)
            except Refused as error:
                return {"mentorship_id": None, "refusal_code": error.code,
                        "refusal": error.message}
        return {"mentorship_id": made["_id"], "refusal_code": None, "refusal": None}

    async def report(self, run: Document) -> dict[str, Any]:
        """How the published pairs' mentorships stand now, by status (``not_sent``: pairs the
        lifecycle refused at publication), and how the accepted ones work together
        (cohort_report.py says how each figure is counted)."""
        if run["status"] != PUBLISHED:
            raise refused(409, Code.CONFLICT, "a draft has no report: publish it first")
        ids = [p["publication"]["mentorship_id"] for p in run["pairs"]
               if p["publication"]["mentorship_id"] is not None]
        found = [m for m in await asyncio.gather(*(self._lifecycle.store.get(i) for i in ids))
                 if m is not None]
        spans = [_span(m) for m in found if m.get("slot") is not None]
        accepted = [m["_id"] for m in found if m.get("slot") is not None]
        check_ins = await self._progress.checkins.dates_of(accepted)
        goals, goals_done = await self._progress.goals.counts_of(accepted)
        ratings = await self._progress.feedback.ratings_of(accepted)
        months = by_month(spans, check_ins, datetime.now(UTC).date())
        return {"pairs": len(run["pairs"]), "not_sent": len(run["pairs"]) - len(ids),
                **Counter(m["status"] for m in found), "accepted": len(accepted),
                "check_ins": len(check_ins), "check_ins_by_month": [asdict(m) for m in months],
                "goals": goals, "goals_completed": goals_done, "ratings": len(ratings),
                "average_rating": average(ratings)}


def _span(mentorship: Document) -> Span:
    """From the accept to the end, for a mentorship its mentor accepted."""
    ended = mentorship["status"] in ENDED
    return Span(as_utc(mentorship["answered_at"]).date(),
                as_utc(mentorship["updated_at"]).date() if ended else None)
