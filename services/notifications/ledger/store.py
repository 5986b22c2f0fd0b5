"""The delivery ledger: for each platform event, who was told what, on which channel, when, and
with what result, in one document per event (``_id`` the event's CloudEvents id).

Entries are written where the decisions are made: the dispatcher (in-app, live, email, digest,
or a channel the person switched off) and the webhook handler (one message per endpoint). Each
entry sits under a key derived from its channel, recipient and reference, so an event handled
twice rewrites the same entries instead of adding new ones; the event's handlers are its one
writer (its partition's consumer). The outcome of what goes on after (an email's attempts, a
webhook's attempts) is read from their own records when the ledger is read, so nothing is copied
that could disagree.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from smartpick.mongo import Document, as_utc
from smartpick.shared_writes import SharedWrites


@dataclass(frozen=True)
class Entry:
    channel: str
    """IN_APP, LIVE, EMAIL, WEBHOOK."""
    result: str
    """What was decided: e.g. ``stored``, ``off by preference``, ``queued``, ``deferred``."""
    recipient: str | None = None
    """The account told (for a webhook, the organization)."""
    kind: str | None = None
    ref: str | None = None
    """The notice, email delivery or webhook message it made."""
    endpoint_id: str | None = None
    detail: str | None = None

    @property
    def key(self) -> str:
        raw = "|".join((self.channel, self.recipient or "", self.ref or "", self.kind or ""))
        return hashlib.sha256(raw.encode()).hexdigest()[:20]


class LedgerStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._inserts = SharedWrites(db.ledger)
        """First records of events handled at the same time, inserted together."""

    async def record(self, event_id: str | None, entries: list[Entry]) -> None:
        """File ``entries`` under ``event_id`` (nothing without an event).

        An event's first record is an insert, FerretDB's cheapest write: most events are filed
        once (a list notice's), and an upsert there is a read and a rewrite of the document,
        about three times an insert's CPU (deploy/local/README.md). A later record of the event
        (its second recipient, its webhooks, the event handled again) finds the document there
        and merges its entries into it."""
        if event_id is None or not entries:
            return
        now = datetime.now(UTC)
        filed = {entry.key: {**_fields(entry), "at": now} for entry in entries}
        # created_at: what retention.py ages the record by
        if not await self._inserts.insert({"_id": event_id, "entries": filed,
                                           "created_at": now}):
            await self._db.ledger.update_one({"_id": event_id}, {"$set": {
                f"entries.{key}": entry for key, entry in filed.items()},
                "$setOnInsert": {"created_at": now}}, upsert=True)

    async def entries(self, event_id: str) -> list[dict[str, Any]]:
        """The event's entries, oldest first; none for an event never handled here."""
        found = await self._db.ledger.find_one({"_id": event_id})
        if found is None:
            return []
        listed = [{**entry, "at": as_utc(entry["at"])} for entry in found["entries"].values()]
        return sorted(listed, key=lambda entry: (entry["at"], entry["channel"]))


def _fields(entry: Entry) -> dict[str, Any]:
    return {name: value for name, value in vars(entry).items() if value is not None}
