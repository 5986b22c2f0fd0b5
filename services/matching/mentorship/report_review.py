"""Problem reports as the mentor's organization sees them: its admins list the reports about their
mentors and settle each, resuming the paused mentorship or ending it.

A report is its organization's alone (anyone else: NOT_FOUND, as for an unknown id). Settling is
a lifecycle transition from the pause the report made: RESUMED (ACTIVE again; the pause kept the
mentor's capacity slot, so nothing is claimed) or ENDED_BY_ADMIN (CANCELLED; its claims are
freed), published as ``MentorshipChanged`` so both people are told. The transition's marker
decides between racing admins, and nothing else is written: a report is resolved once its
mentorship has left the pause it made, whoever ended that pause. The admins see the report and
its mentorship's status, never the mentorship's inside (messages, goals): that stays the two
people's.
"""

from __future__ import annotations

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.reports import COLLECTION
from services.matching.mentorship.rules import Code, refused, side_of
from services.matching.mentorship.store import HIDDEN
from smartpick.events.mentorships import MentorshipChange
from smartpick.mongo import Document


class ReportReview:
    def __init__(self, db: AsyncDatabase[Document], lifecycle: Lifecycle) -> None:
        self._reports = db[COLLECTION]
        self._lifecycle = lifecycle

    async def ensure_indexes(self) -> None:
        await self._reports.create_index([("organization_id", ASCENDING), ("at", DESCENDING)])
        await self._reports.create_index("mentorship_id")

    async def page_for(self, organization_id: str, skip: int, limit: int
                       ) -> tuple[list[Document], int]:
        """The organization's reports, newest first, each with ``reporter_side``,
        ``mentorship_status`` and ``resolved`` read from its mentorship now."""
        query = {"organization_id": organization_id}
        total = await self._reports.count_documents(query)
        found = await self._reports.find(query, HIDDEN).sort(
            [("at", DESCENDING), ("_id", DESCENDING)]).skip(skip).limit(limit).to_list()
        mentorships = await self._lifecycle.store.many([r["mentorship_id"] for r in found])
        return [_seen(report, mentorships.get(report["mentorship_id"])) for report in found], total

    async def resolve(self, mentorship_id: str, organization_id: str, resume: bool,
                      note: str | None) -> Document:
        """Resume or end the mentorship paused by a report to ``organization_id``; CONFLICT
        unless it is still in that pause (resolved already, or ended by one of the two). The
        report, as ``page_for`` shows it, resolved."""
        reported = await self._reports.find_one({"mentorship_id": mentorship_id,
                                                 "organization_id": organization_id}, HIDDEN)
        mentorship = await self._lifecycle.store.get(mentorship_id)
        if reported is None or mentorship is None:
            raise refused(404, Code.NOT_FOUND, f"no mentorship {mentorship_id[:64]!r} was "
                                               "reported to your organization")
        change = MentorshipChange.RESUMED if resume else MentorshipChange.ENDED_BY_ADMIN
        pause = await self._reports.find_one({"_id": mentorship.get("transition")}, HIDDEN)
        if pause is not None and pause["organization_id"] != organization_id:
            raise refused(409, Code.CONFLICT, "this mentorship's latest problem was reported "
                                              "to another organization")
        changed = await self._lifecycle.change(mentorship, change, "organization",
                                               organization_id, note)
        return _seen(pause or reported, changed)


def _seen(report: Document, mentorship: Document | None) -> Document:
    side = None if mentorship is None else side_of(mentorship, report["reporter_id"])
    resolved = mentorship is None or mentorship.get("transition") != report["_id"]
    status = None if mentorship is None else mentorship["status"]
    return {**report, "reporter_side": side, "mentorship_status": status, "resolved": resolved}
