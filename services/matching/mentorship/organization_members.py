"""Matching's read model of organizations' members (``organization_members``), kept from the
profiles service's ``OrganizationMemberJoined`` and ``OrganizationMemberLeft`` events, so that a
cohort run names only the calling organization's own members.

One document per organization and account, ``<organization>|<account>``, holding whether the
account is a member and as of when. An organization's events come through one partition (keyed
by organization id): its consumer is the documents' one writer and may read, then write; the
event's time decides, so a redelivered older event never undoes a newer one.
"""

from __future__ import annotations

from collections.abc import Sequence

from pymongo.asynchronous.database import AsyncDatabase

from smartpick.events import OrganizationMemberJoined, OrganizationMemberLeft
from smartpick.mongo import Document, as_utc, find_by_ids, stored_time


def _key(organization_id: str, account_id: str) -> str:
    return f"{organization_id}|{account_id}"


class OrganizationMembers:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._members = db.organization_members

    async def keep(self, event: OrganizationMemberJoined | OrganizationMemberLeft) -> bool:
        """Record the join or departure; False, and nothing changed, if a later one is kept."""
        key, at = _key(event.organization_id, event.account_id), stored_time(event.at)
        kept = await self._members.find_one({"_id": key}, {"at": 1})
        if kept is not None and as_utc(kept["at"]) > at:
            return False
        await self._members.replace_one(
            {"_id": key},
            {"organization_id": event.organization_id, "account_id": event.account_id,
             "member": isinstance(event, OrganizationMemberJoined), "at": at}, upsert=True)
        return True

    async def outsiders(self, organization_id: str, account_ids: Sequence[str]) -> list[str]:
        """Those of ``account_ids`` that are not members of the organization, in their order."""
        found = await find_by_ids(self._members,
                                  [_key(organization_id, i) for i in account_ids],
                                  {"account_id": 1, "member": 1})
        members = {document["account_id"] for document in found if document["member"]}
        return [i for i in account_ids if i not in members]
