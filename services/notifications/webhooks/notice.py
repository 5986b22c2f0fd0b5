"""The notice telling an organization that the worker disabled one of its webhook endpoints."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.mongo import Document

KIND = "WEBHOOK_ENDPOINT_DISABLED"


@dataclass(frozen=True)
class DisabledNotice:
    """``WebhookWorker``'s ``tell``: one notice per disabling (the worker's unique insert decides
    that it disabled the endpoint, so it is called once per disabling)."""

    dispatcher: Dispatcher

    async def __call__(self, endpoint: Document, reason: str) -> None:
        moment = datetime.now(UTC).isoformat()
        await self.dispatcher.send(Outgoing(
            id=hashlib.sha256(f"webhook-disabled|{endpoint['_id']}|{moment}".encode()).hexdigest()[:32],
            recipient=endpoint["organization_id"], kind=KIND,
            params={"url": endpoint["url"], "reason": reason}, subject_id=endpoint["_id"]))
