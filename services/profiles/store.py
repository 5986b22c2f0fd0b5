"""MongoDB access of the profiles service: accounts, applicants' profiles and reported outcomes,
and the program catalog.

Every change that others must hear about stages its event in the changed document (one write);
the outbox relay publishes it. The catalog is listed from memory (CatalogView), since FerretDB 1.24
answers every catalog query with a scan.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from pymongo import InsertOne, UpdateOne
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.profiles.outcomes import OutcomeInput, report_id
from smartpick.auth import Role
from smartpick.events import (
    ApplicantProfileUpdated,
    OutcomeDeleted,
    OutcomeReported,
    ProgramUpserted,
)
from smartpick.models import ApplicantProfile, Program
from smartpick.mongo import Document, find_by_ids
from smartpick.outbox import FIELD, STAGED_AT, Outbox, drop_published

OUTBOX_COLLECTIONS = ("applicants", "outcomes", "programs")


class EmailTaken(Exception):
    """An account with this email exists already."""


class NoSuchReport(Exception):
    """The applicant has no report of this season (or deleted it)."""


ERASED = ("profile", "applications", "matched", "matched_program_id", "reported_at")
"""What deleting a report removes: everything it said."""


class ReportChanged(Exception):
    """Another update of this season's report was stored between reading and writing it."""


def _outcome_document(event: OutcomeReported) -> Document:
    document = {**event.model_dump(mode="json"), "reported_at": event.reported_at}
    document["_id"] = document.pop("report_id")
    return document


@dataclass
class CatalogChange:
    created: int = 0
    changed: int = 0
    unchanged: int = 0


class ProfilesStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox

    async def ensure_indexes(self) -> None:
        await self._db.accounts.create_index("email", unique=True)
        await self._db.outcomes.create_index("applicant_id")

    async def create_account(self, email: str, password_hash: str, role: Role) -> Document:
        account = {"_id": str(uuid.uuid4()), "email": email.lower(),
                   "password_hash": password_hash, "role": role.value,
                   "created_at": datetime.now(UTC)}
        try:
            await self._db.accounts.insert_one(account)
        except DuplicateKeyError as error:
            raise EmailTaken(email) from error
        return account

    async def account(self, account_id: str) -> Document | None:
        return await self._db.accounts.find_one({"_id": account_id})

    async def account_by_email(self, email: str) -> Document | None:
        return await self._db.accounts.find_one({"email": email.lower()})

    async def save_profile(self, applicant_id: str, profile: ApplicantProfile) -> None:
        """Store the profile and stage its event in the same single-document write."""
        event = ApplicantProfileUpdated(applicant_id=applicant_id, profile=profile)
        update = {"$set": {"profile": profile.model_dump(mode="json"),
                           "updated_at": datetime.now(UTC)}}
        await self._outbox.stage(self._db.applicants, applicant_id, update, event, upsert=True)

    async def profile(self, applicant_id: str) -> ApplicantProfile | None:
        found = await self._db.applicants.find_one({"_id": applicant_id}, {"profile": 1})
        return ApplicantProfile.model_validate(found["profile"]) if found else None

    async def save_outcome(self, applicant_id: str, report: OutcomeInput,
                           profile: ApplicantProfile) -> tuple[OutcomeReported, bool]:
        """Store a season's report with its event; True when the season is new (or deleted).

        A season reported again is updated as its next revision (the match result added on Match
        Day, a correction), keeping the profile of the first report, the one applied with.
        """
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
        stored: two updates at once cannot both become the next one."""
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

    async def catalog_marker(self) -> int:
        """How many imports changed the catalog: it moves with every change (a tiny collection,
        one document per import, so counting it is cheap on any store)."""
        return await self._db.catalog_changes.count_documents({})

    async def all_programs(self) -> list[Document]:
        """The whole catalog without staged events, for the in-memory CatalogView."""
        return await self._db.programs.find({}, {FIELD: 0, STAGED_AT: 0}).to_list()

    async def programs_by_id(self, ids: Sequence[str], *, outbox: bool = False) -> list[Document]:
        """The programs with these ids; with ``outbox`` also their staged events (for writers)."""
        projection = {STAGED_AT: 0} if outbox else {FIELD: 0, STAGED_AT: 0}
        if len(ids) <= 500:
            return await find_by_ids(self._db.programs, ids, projection)
        # For a whole import one read of everything beats thousands of lookups.
        wanted = set(ids)
        return [doc async for doc in self._db.programs.find({}, projection) if doc["_id"] in wanted]

    async def upsert_programs(self, programs: Sequence[Program],
                              fields: frozenset[str] | None = None) -> CatalogChange:
        """Insert new programs and change those that differ, each with its event; skip the rest.

        ``fields`` limits an update to the fields a source provides: a file without a visa column
        leaves known visa policies as they are (a new program gets unknown for what is missing).
        """
        # One read of the existing programs for the whole import: FerretDB answers any filter
        # but an ``_id`` equality with a full scan, so per-batch lookups would grow quadratically.
        existing = {doc["_id"]: doc for doc in
                    await self.programs_by_id([p.id for p in programs], outbox=True)}
        change, writes = CatalogChange(), list[InsertOne[Document] | UpdateOne]()
        for program in programs:
            incoming = program.model_dump(mode="json", exclude={"id"})
            old = existing.get(program.id)
            if old is not None and fields is not None:
                incoming = {name: value for name, value in incoming.items() if name in fields}
            if old is not None and all(old.get(name) == value for name, value in incoming.items()):
                change.unchanged += 1
                continue
            if old is None:
                # A new program and its event in one insert (cheap in bulk, also on FerretDB).
                event = ProgramUpserted(program=program)
                writes.append(InsertOne(self._outbox.staged_document(
                    {"_id": program.id, **incoming}, event)))
                change.created += 1
                continue
            known = {name: value for name, value in old.items() if name in Program.model_fields}
            merged = Program.model_validate({**known, **incoming, "id": program.id})
            writes.append(UpdateOne(
                {"_id": program.id},
                self._outbox.staged({"$set": incoming}, ProgramUpserted(program=merged))))
            change.changed += 1
        for start in range(0, len(writes), 500):
            await self._db.programs.bulk_write(writes[start:start + 500], ordered=True)
        if writes:  # tells every instance's CatalogView to reload (one insert: no lost update)
            await self._db.catalog_changes.insert_one({"at": datetime.now(UTC),
                                                       "created": change.created,
                                                       "changed": change.changed})
        # Entries read before this import's writes: those published can go (exact, so an entry
        # staged meanwhile stays).
        await drop_published(self._db.programs, [existing[p.id] for p in programs
                                                 if p.id in existing])
        return change
