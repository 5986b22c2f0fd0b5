"""What became of a ledger entry since it was filed: an email's delivery, a webhook message,
and their attempts, read from their own records when the ledger is read."""

from __future__ import annotations

from typing import Any

from services.notifications.email.store import DeliveriesStore
from services.notifications.webhooks.models import attempt_of
from services.notifications.webhooks.store import MessagesStore
from smartpick.mongo import Document


class Outcomes:
    def __init__(self, deliveries: DeliveriesStore, messages: MessagesStore) -> None:
        self._deliveries = deliveries
        self._messages = messages

    async def of(self, entry: dict[str, Any]) -> dict[str, Any]:
        """``outcome`` and ``attempts`` of the email or webhook message an entry names; nothing
        for the others."""
        found: Document | None = None
        if entry.get("ref") and entry["channel"] == "EMAIL":
            found = await self._deliveries.delivery(entry["ref"])
        elif entry.get("ref") and entry["channel"] == "WEBHOOK":
            found = await self._messages.message(entry["ref"])
        if found is None:
            return {}
        outcome = {"outcome": found["status"], "attempts": int(found.get("attempts", 0))}
        if entry["channel"] == "WEBHOOK":
            outcome["attempt_log"] = [attempt_of(attempt).model_dump()
                                      for attempt in await self._messages.attempts(found)]
        return outcome
