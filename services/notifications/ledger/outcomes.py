"""What became of a ledger entry since it was filed: an email's delivery and its attempts, read
from the delivery's own record when the ledger is read."""

from __future__ import annotations

from typing import Any

from services.notifications.email.store import DeliveriesStore


class Outcomes:
    def __init__(self, deliveries: DeliveriesStore) -> None:
        self._deliveries = deliveries

    async def of(self, entry: dict[str, Any]) -> dict[str, Any]:
        """``outcome`` and ``attempts`` of the email an entry names; nothing for the others."""
        if entry["channel"] != "EMAIL" or not entry.get("ref"):
            return {}
        delivery = await self._deliveries.delivery(entry["ref"])
        if delivery is None:
            return {}
        return {"outcome": delivery["status"], "attempts": int(delivery["attempts"])}
