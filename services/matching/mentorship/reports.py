"""Problem reports: either side of an ACTIVE mentorship reports a problem (a request for
payment, say); the mentorship is PAUSED at once, through the lifecycle's own transition (so its
capacity slot stays held and the other side is told), and the report goes to the admins of the
mentor's organization.

The report is a document (``mentorship_reports``) keyed by the pause's transition, inserted once
with its ``MentorshipProblemReported`` event staged inside (smartpick/outbox.py); notifications
tells the organization's admin account. A mentor without an organization: the report is logged
and kept here for the platform's admins.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from smartpick.events.mentorships import (
    MentorshipChange,
    MentorshipProblemReported,
    ProblemReason,
)
from smartpick.mongo import Document
from smartpick.outbox import Outbox

log = logging.getLogger(__name__)
COLLECTION = "mentorship_reports"


class Reports:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox, lifecycle: Lifecycle,
                 mentors: MentorDirectory) -> None:
        self._reports = db[COLLECTION]
        self._outbox = outbox
        self._lifecycle = lifecycle
        self._mentors = mentors

    async def report(self, mentorship_id: str, account_id: str, reason: ProblemReason,
                     details: str) -> Document:
        """Pause the mentorship and file the report; the paused mentorship."""
        mentorship, side = await self._lifecycle.visible(mentorship_id, account_id)
        paused = await self._lifecycle.change(mentorship, MentorshipChange.REPORTED, side,
                                              account_id)
        listed = await self._mentors.mentor(mentorship["mentor_id"])
        organization = None if listed is None else listed.profile.organization_id
        report = {"_id": paused["transition"], "mentorship_id": mentorship_id,
                  "reporter_id": account_id, "reason": reason.value, "details": details,
                  "organization_id": organization, "at": datetime.now(UTC)}
        event = MentorshipProblemReported(
            mentorship_id=mentorship_id, mentee_id=mentorship["mentee_id"],
            mentor_id=mentorship["mentor_id"], reporter_id=account_id, reason=reason,
            details=details, organization_id=organization, at=report["at"])
        await self._outbox.insert(self._reports, report, event)
        if organization is None:
            log.warning("problem report %s on mentorship %s (%s): the mentor has no "
                        "organization; kept for the platform's admins", report["_id"],
                        mentorship_id, reason.value)
        return paused
