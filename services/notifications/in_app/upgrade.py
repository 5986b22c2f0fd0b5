"""Indexing the notices stored before inbox indexes (in_app/index.py): once, at start-up.

The first start of this version reads every notice's state fields (one scan), merges each
person's into their index, and records that it did, so later starts read nothing. Two
instances starting together both merge, which is harmless: a merge adds only notices not
indexed yet, and leaves those indexed as they are.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.in_app.inbox import STATE_FIELDS
from services.notifications.in_app.index import InboxIndex, entry_of
from services.notifications.in_app.versions import Entry
from smartpick.mongo import Document, insert_once

log = logging.getLogger(__name__)
DONE = "inbox_upgrades"
INDEXED = "indexed"


async def index_stored(db: AsyncDatabase[Document], index: InboxIndex) -> int:
    """Index the notices stored before indexes, unless done already; how many were read."""
    if await db[DONE].find_one({"_id": INDEXED}) is not None:
        return 0
    read = await merge_stored(db, index, {})
    await insert_once(db[DONE], {"_id": INDEXED, "at": datetime.now(UTC), "notices": read})
    log.info("indexed %d notices stored before inbox indexes", read)
    return read


async def merge_stored(db: AsyncDatabase[Document], index: InboxIndex,
                       query: Document) -> int:
    """Merge the stored notices ``query`` finds into their recipients' indexes."""
    by_recipient: dict[str, list[Entry]] = defaultdict(list)
    async for notice in db.notifications.find(query, {**STATE_FIELDS, "recipient": 1}):
        by_recipient[notice["recipient"]].append(entry_of(notice))
    for recipient, entries in by_recipient.items():
        await index.add(recipient, *entries)
    return sum(len(entries) for entries in by_recipient.values())
