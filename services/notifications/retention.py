"""Retention: what the service records per notice, email or webhook attempt is kept for a
number of days (settings ``*_keep_days``, docs/notifications.md), then deleted by a daily job.

Each collection is pruned once a day across all instances: the day's run is claimed by a
unique insert into ``retention_runs`` (the one atomic decision on FerretDB), so with two or
more instances one deletes and the others skip. The delete filters on time, which FerretDB
answers by reading the whole collection: once a day per collection, not on any event's or
request's path. Nothing still in use is deleted: pending emails wait however old they are.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.email.store import PENDING
from services.notifications.settings import Settings
from smartpick.mongo import Document, insert_once

log = logging.getLogger(__name__)
RUNS = "retention_runs"
RUNS_KEPT = timedelta(days=7)


@dataclass(frozen=True)
class Rule:
    collection: str
    field: str
    """The time the age counts from."""
    days: float
    also: Document
    """What else a record must match to go (a pending email stays)."""

    def query(self, now: datetime) -> Document:
        return {self.field: {"$lt": now - timedelta(days=self.days)}, **self.also}


def rules(settings: Settings) -> list[Rule]:
    return [Rule("email_deliveries", "created_at", settings.email_keep_days,
                 {"status": {"$ne": PENDING}}),
            Rule("digest_items", "created_at", settings.digest_items_keep_days, {}),
            Rule("digest_slots", "at", settings.digest_items_keep_days, {}),
            Rule("ledger", "created_at", settings.ledger_keep_days, {}),
            Rule("webhook_attempts", "at", settings.webhook_attempts_keep_days, {})]


class Retention:
    def __init__(self, db: AsyncDatabase[Document], rules: list[Rule]) -> None:
        self._db = db
        self._rules = rules

    async def prune(self, now: datetime | None = None) -> dict[str, int]:
        """Today's pruning of each collection this instance claimed; how many went."""
        now = now or datetime.now(UTC)
        deleted: dict[str, int] = {}
        for rule in self._rules:
            if await self._claim(rule.collection, now.date()):
                result = await self._db[rule.collection].delete_many(rule.query(now))
                deleted[rule.collection] = result.deleted_count
                log.info("retention: deleted %d from %s older than %g days",
                         result.deleted_count, rule.collection, rule.days)
        return deleted

    async def _claim(self, collection: str, day: date) -> bool:
        if not await insert_once(self._db[RUNS], {"_id": f"{collection}|{day.isoformat()}",
                                                   "at": datetime.now(UTC)}):
            return False
        await self._db[RUNS].delete_one({"_id": f"{collection}|{(day - RUNS_KEPT).isoformat()}"})
        return True
