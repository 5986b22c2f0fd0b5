"""MongoDB access of applicants' profiles and the outcomes they report.

Every change that others must hear about stages its event in the changed document (one write)
through the outbox, which wakes the relay that publishes it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.profiles.applicants.outcomes import OutcomeInput, report_id
from smartpick.events import ApplicantProfileUpdated, OutcomeDeleted, OutcomeReported
from smartpick.events.models import ApplicantProfile
from smartpick.keyed_lock import KeyedLock
from smartpick.mongo import Document, stored_after
from smartpick.outbox import FIELD, STAGED_AT, Outbox
from smartpick.recent import Recent

OUTBOX_COLLECTIONS = ("applicants", "outcomes")
ERASED = ("profile", "applications", "matched", "matched_program_id", "reported_at")
"""What deleting a report removes: everything it said."""
REMEMBERED = 20_000
"""Applicants whose save time and outbox a store remembers as it wrote them (a few KB each)."""
FENCED_TRIES = 3
"""Saves of one applicant tried on a fresh read when another instance saved in between."""


class SavedProfile(ApplicantProfile):
    """A stored profile with the time it was saved."""

    updated_at: datetime | None = None
    """None for profiles saved before the time was kept."""

    def plain(self) -> ApplicantProfile:
        return ApplicantProfile.model_validate(self.model_dump(exclude={"updated_at"}))


class NoSuchReport(Exception):
    """The applicant has no report of this season (or deleted it)."""


class ReportChanged(Exception):
    """Another update of this season's report was stored between reading and writing it."""


def _save(applicant_id: str, profile: ApplicantProfile,
          updated_at: datetime) -> tuple[ApplicantProfileUpdated, Document]:
    """The event of a save and the update that stores it."""
    event = ApplicantProfileUpdated(applicant_id=applicant_id, profile=profile,
                                    updated_at=updated_at)
    return event, {"$set": {"profile": profile.model_dump(mode="json"),
                            "updated_at": updated_at}}


def _outcome_document(event: OutcomeReported) -> Document:
    document = {**event.model_dump(mode="json"), "reported_at": event.reported_at}
    document["_id"] = document.pop("report_id")
    return document


class ApplicantsStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox
        self._written: Recent[str, Document] = Recent(REMEMBERED)
        """Applicants' save time and outbox as this store last wrote them (``_save_known``)."""
        self._saving = KeyedLock()
        self._reporting = KeyedLock()
        """A season's report is revised one update at a time here: on FerretDB the revision
        condition (``_revise``) is a read then a write, which two updates at once both pass."""

    async def ensure_indexes(self) -> None:
        await self._db.outcomes.create_index("applicant_id")

    async def save_profile(self, applicant_id: str, profile: ApplicantProfile) -> datetime:
        """Store the profile and stage its event in the same single-document write; returns
        when it was saved, to the millisecond (what MongoDB keeps), which the event carries and
        the recommendations report back (``profile_updated_at``).

        That time comes after the time of the save it overwrites, a millisecond at least, so
        the order of the times is the order of the writes and of the events: matching keeps the
        newest time (refusing an older one as a late event), which is then the last profile
        written. Timed as they arrived, two saves of one applicant at once could be written in
        the other order, and matching then kept the profile that was overwritten (seen in the
        pipeline benchmark at 110 updates a second). Saves of one applicant go one at a time in
        this instance; one that finds another instance saved meanwhile reads again and is
        timed after that save.
        """
        async with self._saving.one_at_a_time(applicant_id):
            for _ in range(FENCED_TRIES):
                current = self._written.take(applicant_id)
                if current is None:
                    current = await self._db.applicants.find_one(
                        {"_id": applicant_id}, {"updated_at": 1, FIELD: 1}) or {}
                updated_at = stored_after(current.get("updated_at"))
                event, update = _save(applicant_id, profile, updated_at)
                if await self._save_known(applicant_id, update, event, current):
                    return updated_at
            # another instance kept saving in between: written as it comes, both events kept
            await self._outbox.stage(self._db.applicants, applicant_id, update, event,
                                     upsert=True)
            return updated_at

    async def _save_known(self, applicant_id: str, update: Document,
                          event: ApplicantProfileUpdated, current: Document) -> bool:
        """Write the profile over the document as this store last wrote it, or as read
        (``current``), its published entries dropped in the same write: one small update, where
        a ``stage`` answers with the whole document and drops them in a write of its own
        (benchmarks/RESULTS.md, issue 13). False, and nothing written, when the save time found
        is another: another instance saved meanwhile."""
        write = await self._outbox.current_op(self._db.applicants, applicant_id, update, event,
                                              None, current, unchanged="updated_at")
        if not await self._outbox.bulk_write(self._db.applicants, [write]):
            return False
        self._written.put(applicant_id, {"updated_at": update["$set"]["updated_at"],
                                         FIELD: write.outbox})
        return True

    async def profile(self, applicant_id: str) -> SavedProfile | None:
        found = await self._db.applicants.find_one({"_id": applicant_id},
                                                    {"profile": 1, "updated_at": 1})
        if found is None:
            return None
        return SavedProfile(**found["profile"], updated_at=found.get("updated_at"))

    async def save_outcome(self, applicant_id: str, report: OutcomeInput,
                           profile: ApplicantProfile) -> tuple[OutcomeReported, bool]:
        """Store a season's report with its event; True when the season is new (or deleted).

        A season reported again is updated as its next revision (the match result added on Match
        Day, a correction), keeping the profile of the first report, the one applied with.
        """
        async with self._reporting.one_at_a_time(report_id(applicant_id, report.season_year)):
            return await self._save_outcome(applicant_id, report, profile)

    async def _save_outcome(self, applicant_id: str, report: OutcomeInput,
                            profile: ApplicantProfile) -> tuple[OutcomeReported, bool]:
        event = OutcomeReported(
            report_id=report_id(applicant_id, report.season_year), applicant_id=applicant_id,
            profile=profile, reported_at=datetime.now(UTC), **report.model_dump())
        try:
            await self._outbox.insert(self._db.outcomes, _outcome_document(event), event)
            return event, True
        except DuplicateKeyError:
            pass
        stored = await self._db.outcomes.find_one(
            {"_id": event.report_id}, {"profile": 1, "revision": 1, "deleted": 1})
        if stored is None:
            raise ReportChanged(report.season_year)
        revision = stored.get("revision")  # None: stored before reports had revisions
        applied_with = stored.get("profile")  # None once deleted: reported anew
        event = event.model_copy(update={
            "profile": ApplicantProfile.model_validate(applied_with) if applied_with else profile,
            "revision": (revision or 1) + 1})
        changes = _outcome_document(event)
        del changes["_id"]
        update = {"$set": changes, "$unset": {"deleted": "", "deleted_at": ""}}
        await self._revise(event.report_id, revision, update, event, report.season_year)
        return event, stored.get("deleted", False)

    async def delete_outcome(self, applicant_id: str, season_year: int) -> OutcomeDeleted:
        """Erase a season's report, keeping its id and next revision so that no older revision
        still on its way can bring it back; its published events leave the document too."""
        async with self._reporting.one_at_a_time(report_id(applicant_id, season_year)):
            return await self._delete_outcome(applicant_id, season_year)

    async def _delete_outcome(self, applicant_id: str, season_year: int) -> OutcomeDeleted:
        report = report_id(applicant_id, season_year)
        stored = await self._db.outcomes.find_one({"_id": report}, {"revision": 1, "deleted": 1})
        if stored is None or stored.get("deleted"):
            raise NoSuchReport(season_year)
        revision = stored.get("revision")
        event = OutcomeDeleted(report_id=report, applicant_id=applicant_id,
                               season_year=season_year, revision=(revision or 1) + 1,
                               deleted_at=datetime.now(UTC))
        erased = {"$set": {"deleted": True, "deleted_at": event.deleted_at,
                           "revision": event.revision},
                  "$unset": {name: "" for name in ERASED}}
        await self._revise(report, revision, erased, event, season_year, drop_all_published=True)
        return event

    async def _revise(self, report: str, revision: int | None, update: Document,
                      event: OutcomeReported | OutcomeDeleted, season_year: int,
                      drop_all_published: bool = False) -> None:
        """Write a report's next revision with its event, if ``revision`` is still the one
        stored. On FerretDB that condition is a read then a write: two updates of one report in
        one instance go one at a time (``save_outcome``), across instances both may pass."""
        if not await self._outbox.stage(self._db.outcomes, report, update, event,
                                        where={"revision": revision},
                                        drop_all_published=drop_all_published):
            raise ReportChanged(season_year)

    async def outcomes(self, applicant_id: str) -> list[OutcomeReported]:
        """The applicant's reports, latest season first (a few per applicant: no paging)."""
        found = await self._db.outcomes.find(
            {"applicant_id": applicant_id, "deleted": {"$ne": True}},
            {FIELD: 0, STAGED_AT: 0, "deleted": 0, "deleted_at": 0}).to_list()
        reports = [OutcomeReported.model_validate({"report_id": d.pop("_id"), **d}) for d in found]
        return sorted(reports, key=lambda r: r.season_year, reverse=True)
