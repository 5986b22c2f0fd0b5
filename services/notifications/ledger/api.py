"""HTTP route of the delivery ledger: what became of one platform event, as far as the caller
may see it (what they were told; an organization, what its endpoints were sent). Someone else's
entries are left out; an event with nothing for the caller answers 404 like an unknown one."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from services.notifications.deps import Ledger, Outcomes
from services.notifications.webhooks.models import Attempt
from smartpick.auth import CurrentPrincipal
from smartpick.events.models import ResourceId
from smartpick.http_errors import errors

router = APIRouter(tags=["ledger"], responses=errors(401))


class LedgerEntry(BaseModel):
    channel: str = Field(description="IN_APP, LIVE, EMAIL or WEBHOOK")
    result: str = Field(description="what was decided when the event was handled")
    at: datetime
    recipient: str | None = Field(default=None, description="the account (or organization)")
    kind: str | None = None
    ref: str | None = Field(default=None, description="the notice, email or webhook message")
    endpoint_id: str | None = None
    detail: str | None = None
    outcome: str | None = Field(default=None, description="what became of an email or webhook "
                                                          "message since: pending, sent, ...")
    attempts: int | None = None
    attempt_log: list[Attempt] | None = Field(
        default=None, description="each attempt of a webhook message, in order")


class DeliveryLedger(BaseModel):
    event_id: str
    entries: list[LedgerEntry]


@router.get("/delivery-ledger/{event_id}", response_model=DeliveryLedger,
            responses=errors(404, 422))
async def delivery_ledger(event_id: ResourceId, principal: CurrentPrincipal, ledger: Ledger,
                          outcomes: Outcomes) -> DeliveryLedger:
    mine = [entry for entry in await ledger.entries(event_id)
            if entry.get("recipient") == principal.account_id]
    if not mine:
        raise HTTPException(404, "no such event, or nothing of it concerns you")
    return DeliveryLedger(event_id=event_id,
                          entries=[LedgerEntry(**entry, **await outcomes.of(entry))
                                   for entry in mine])
