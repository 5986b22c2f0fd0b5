"""MongoDB access of webhook endpoints: each organization's own, looked up by owner and id.

``webhook_endpoints`` has one writer, its organization admin's requests, taken one at a time
in an instance. What the delivery
worker learns about an endpoint lives beside it, each decided by a unique insert (FerretDB makes
nothing else atomic): ``webhook_endpoint_failing`` (since when every attempt failed) and
``webhook_endpoint_disabled`` (the worker switched it off, and why: inserted once, so the
organization is told once). Another organization's endpoint is looked up as unknown.

An organization's endpoints are listed in ``webhook_endpoint_slots`` (slots.py: endpoints are
never deleted, so the list only grows). Every event an organization hears of looks its endpoints up
there, by ``_id``, rather than filtering ``webhook_endpoints`` on ``organization_id`` (a scan on
FerretDB). Endpoints created before the slots are listed once, at start-up (``list_existing``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from secrets import token_hex
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from services.notifications.slots import Slots
from services.notifications.webhooks.signing import SigningSecret, new_secret, rotate
from smartpick.keyed_lock import KeyedLock
from smartpick.mongo import Document, as_utc, find_by_ids, insert_once

LISTED = "endpoint slots"


def secrets_of(endpoint: Document) -> list[SigningSecret]:
    return [SigningSecret(s["value"], as_utc(s["expires_at"]) if s.get("expires_at") else None)
            for s in endpoint["secrets"]]


def _stored(secrets: Iterable[SigningSecret]) -> list[dict[str, Any]]:
    return [{"value": s.value, "expires_at": s.expires_at} for s in secrets]


class EndpointsStore:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._slots = Slots(db.webhook_endpoint_slots)
        self._writing = KeyedLock()
        """An endpoint's writes go one at a time in an instance (its admin's requests)."""

    async def create(self, organization_id: str, url: str, event_types: Sequence[str],
                     description: str) -> tuple[Document, str]:
        """The new endpoint and its secret, which is shown this once."""
        secret, now = new_secret(), datetime.now(UTC)
        endpoint_id = "ep_" + token_hex(12)
        endpoint = {"_id": endpoint_id, "organization_id": organization_id,
                    "url": url, "event_types": list(event_types), "description": description,
                    "enabled": True, "secrets": _stored([SigningSecret(secret)]),
                    "created_at": now, "updated_at": now}
        await self._db.webhook_endpoints.insert_one(endpoint)
        await self._slots.add(organization_id, endpoint_id)
        return endpoint, secret

    async def list_existing(self) -> int:
        """List the endpoints created before slots, unless done already (one scan, once; two
        instances starting together may both list an endpoint: readers take it once)."""
        if await self._db.webhook_upgrades.find_one({"_id": LISTED}) is not None:
            return 0
        listed = 0
        async for endpoint in self._db.webhook_endpoints.find({}).sort("created_at"):
            organization = endpoint["organization_id"]
            await self._slots.add(organization, endpoint["_id"])
            listed += 1
        await insert_once(self._db.webhook_upgrades, {"_id": LISTED, "at": datetime.now(UTC)})
        return listed

    async def get(self, endpoint_id: str) -> Document | None:
        return await self._db.webhook_endpoints.find_one({"_id": endpoint_id})

    async def for_owner(self, organization_id: str, endpoint_id: str) -> Document | None:
        """The endpoint if it is ``organization_id``'s; None for another's, as for none."""
        endpoint = await self.get(endpoint_id)
        if endpoint is None or endpoint["organization_id"] != organization_id:
            return None
        return endpoint

    async def of_organizations(self, organization_ids: Iterable[str]) -> list[Document]:
        """Every endpoint of these organizations, oldest first: their slots, then the
        endpoints, all by ``_id``."""
        ids = [i for organization in dict.fromkeys(organization_ids)
               for i in await self._slots.listed(organization)]
        found = await find_by_ids(self._db.webhook_endpoints, ids)
        return sorted(found, key=lambda endpoint: (as_utc(endpoint["created_at"]),
                                                   endpoint["_id"]))

    async def update(self, endpoint_id: str, changes: dict[str, Any]) -> None:
        async with self._writing.one_at_a_time(endpoint_id):
            await self._write(endpoint_id, changes)

    async def _write(self, endpoint_id: str, changes: dict[str, Any]) -> None:
        await self._db.webhook_endpoints.update_one(
            {"_id": endpoint_id}, {"$set": {**changes, "updated_at": datetime.now(UTC)}})

    async def set_enabled(self, endpoint_id: str, enabled: bool) -> None:
        """Switch on or off; switching on also clears what the worker decided, so the
        endpoint starts afresh."""
        await self.update(endpoint_id, {"enabled": enabled})
        if enabled:
            await self._db.webhook_endpoint_disabled.delete_one({"_id": endpoint_id})
            await self._db.webhook_endpoint_failing.delete_one({"_id": endpoint_id})

    async def rotate_secret(self, endpoint: Document) -> str:
        """A new secret; the old ones sign on for a day (signing.rotate). Rotations go one at
        a time, each from the secrets the last one stored: of two at once (a double click),
        each answered a secret, and the one built from a stale read was never stored."""
        async with self._writing.one_at_a_time(endpoint["_id"]):
            current = await self.get(endpoint["_id"]) or endpoint
            secret = new_secret()
            secrets = rotate(secrets_of(current), secret, datetime.now(UTC))
            await self._write(endpoint["_id"], {"secrets": _stored(secrets)})
            return secret

    async def disabled_reason(self, endpoint_id: str) -> str | None:
        """Why the worker switched the endpoint off, or None while it did not."""
        found = await self._db.webhook_endpoint_disabled.find_one({"_id": endpoint_id})
        return None if found is None else str(found["reason"])

    async def disable(self, endpoint_id: str, reason: str) -> bool:
        """Switch the endpoint off for the worker; True for the one caller that did it."""
        return await insert_once(self._db.webhook_endpoint_disabled,
                                 {"_id": endpoint_id, "reason": reason,
                                  "at": datetime.now(UTC)})

    async def failing_since(self, endpoint_id: str) -> datetime:
        """Since when the endpoint's attempts have all failed, counting this failure."""
        now = datetime.now(UTC)
        await insert_once(self._db.webhook_endpoint_failing, {"_id": endpoint_id, "since": now})
        found = await self._db.webhook_endpoint_failing.find_one({"_id": endpoint_id})
        return as_utc(found["since"]) if found is not None else now

    async def succeeded(self, endpoint_id: str) -> None:
        await self._db.webhook_endpoint_failing.delete_one({"_id": endpoint_id})
