"""The daily email digest: low-priority notices wait here until the person's digest moment,
then go out together in one email.

``digest_items`` holds each waiting notice (its ``_id`` the notice's, so one handled twice waits
once); ``digest_due`` names each (person, moment) that has items, so the worker reads that small
collection, not every item; ``digest_slots`` lists the items of each (person, moment) (slots.py),
so a digest's items are read by ``_id``, never by a filter on ``recipient`` (a scan on FerretDB).
The digest's delivery id derives from the person, the moment and the
items it lists: a worker that dies after recording it records the same delivery again (one email);
a notice that arrives while its digest is being sent keeps waiting, for a later digest: never
lost. Quiet hours defer a digest like any email.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications import rendering
from services.notifications.email.message import Email
from services.notifications.email.sender import EmailSender
from services.notifications.email.store import DeliveriesStore
from services.notifications.people.store import PeopleStore
from services.notifications.preferences.store import PreferencesStore
from services.notifications.slots import Slots
from smartpick.mongo import Document, as_utc, find_by_ids, insert_once, stored_time

log = logging.getLogger(__name__)
DIGEST = "DIGEST"
LISTED = "digest slots"


class DigestStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._slots = Slots(db.digest_slots)

    async def add(self, item_id: str, recipient: str, due_at: datetime,
                  notice: rendering.Notice) -> None:
        """The item first, then its digest's due entry: a crash between leaves the event
        unhandled, and handling it again writes both (each insert is once-only)."""
        await insert_once(self._db.digest_items, {
            "_id": item_id, "recipient": recipient, "due_at": due_at, "title": notice.title,
            "body": notice.body, "created_at": datetime.now(UTC)})
        await self._slots.add(_due_id(recipient, due_at), item_id)
        await self._due(recipient, due_at)

    async def list_existing(self) -> None:
        """List the items waiting since before slots, unless done already (one scan, once)."""
        if await self._db.digest_upgrades.find_one({"_id": LISTED}) is not None:
            return
        async for item in self._db.digest_items.find({}, {"recipient": 1, "due_at": 1}):
            await self._slots.add(_due_id(item["recipient"], as_utc(item["due_at"])),
                                  item["_id"])
        await insert_once(self._db.digest_upgrades, {"_id": LISTED, "at": datetime.now(UTC)})

    async def due(self, now: datetime) -> list[Document]:
        return [entry async for entry in self._db.digest_due.find({})
                if as_utc(entry["due_at"]) <= now]

    async def items(self, entry: Document) -> list[Document]:
        """The waiting items of a due entry's digest, oldest first."""
        key = _due_id(entry["recipient"], as_utc(entry["due_at"]))
        found = await find_by_ids(self._db.digest_items, await self._slots.listed(key))
        return sorted(found, key=lambda item: (as_utc(item["created_at"]), item["_id"]))

    async def sent(self, entry: Document, items: list[Document]) -> None:
        """Forget ``entry`` and the ``items`` its digest listed; an item that came meanwhile
        (its due entry's insert found this one) gets its due entry back. The slots stay, for
        retention.py: a late item's slot comes after those read here."""
        await self._db.digest_due.delete_one({"_id": entry["_id"]})
        for item in items:
            await self._db.digest_items.delete_one({"_id": item["_id"]})
        if await self.items(entry):
            await self._due(entry["recipient"], as_utc(entry["due_at"]))

    async def _due(self, recipient: str, due_at: datetime) -> None:
        await insert_once(self._db.digest_due, {"_id": _due_id(recipient, due_at),
                                                "recipient": recipient, "due_at": due_at})


def _due_id(recipient: str, due_at: datetime) -> str:
    """The digest's key, in UTC to the millisecond, so the moment read back names it alike."""
    return f"{recipient}|{stored_time(due_at.astimezone(UTC)).isoformat()}"


def delivery_id(recipient: str, due_at: datetime, item_ids: list[str]) -> str:
    raw = "|".join(("digest", recipient, due_at.isoformat(), *sorted(item_ids)))
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


class DigestSender:
    """Turns due digests into email deliveries, which the ``EmailSender`` sends."""

    def __init__(self, digests: DigestStore, deliveries: DeliveriesStore, sender: EmailSender,
                 people: PeopleStore, preferences: PreferencesStore,
                 footer: rendering.EmailFooter) -> None:
        self._digests = digests
        self._deliveries = deliveries
        self._sender = sender
        self._people = people
        self._preferences = preferences
        self._footer = footer

    async def send_due(self, now: datetime | None = None) -> int:
        """Record every digest whose moment has come; how many were recorded."""
        now = now or datetime.now(UTC)
        recorded = 0
        for entry in await self._digests.due(now):
            recipient, due_at = entry["recipient"], as_utc(entry["due_at"])
            items = await self._digests.items(entry)
            address = await self._people.verified_email(recipient)
            if items and address is not None:
                preferences = await self._preferences.get(recipient)
                day = due_at.astimezone(preferences.zone()).date().isoformat()
                notices = [rendering.Notice(item["title"], item["body"]) for item in items]
                parts = rendering.digest(notices, day, self._footer)
                await self._deliveries.record(
                    delivery_id(recipient, due_at, [item["_id"] for item in items]), DIGEST,
                    Email(address, parts.subject, parts.text, parts.html),
                    preferences.quiet_until(now))
                recorded += 1
            elif items:
                log.info("digest of %s dropped: no verified email address", recipient)
            await self._digests.sent(entry, items)
        if recorded:
            self._sender.wake()
        return recorded
