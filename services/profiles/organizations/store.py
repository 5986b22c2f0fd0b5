"""MongoDB access of organizations' memberships: one document per organization and account,
``_id`` = ``<organization>|<account>``, carrying its events through the outbox.

Joining is the unique insert of that document with ``OrganizationMemberJoined``: of two joins at
once, one wins and the other is told it is a member already. Leaving stages
``OrganizationMemberLeft`` on the same document and keeps it (``member`` false), so its events
stay in the one document that orders them; joining again after leaving stages the next
``OrganizationMemberJoined`` there. The member leaves and the admin removes: two writers, but
both only ever set ``member`` false, so whichever write lands, the member is out. On FerretDB
the condition of those later writes (``member`` false to join again, true to leave) is a read
then a write, which two at once may both pass: one membership's changes go one at a time in an
instance, so a double click on "join" after leaving stages one event and uses one code.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.profiles.organizations.models import Membership
from smartpick.auth import Role
from smartpick.events import OrganizationMemberJoined, OrganizationMemberLeft
from smartpick.keyed_lock import KeyedLock
from smartpick.mongo import Document, as_utc, stored_time
from smartpick.outbox import Outbox

COLLECTION = "organization_memberships"
OUTBOX_COLLECTIONS = (COLLECTION,)


class AlreadyMember(Exception):
    """The account is a member of this organization already."""


class NotAMember(Exception):
    """The account is not (or no longer) a member of this organization."""


def now_as_stored() -> datetime:
    return stored_time(datetime.now(UTC))


def membership_id(organization_id: str, account_id: str) -> str:
    return f"{organization_id}|{account_id}"


def membership_of(document: Document) -> Membership:
    return Membership(organization_id=document["organization_id"],
                      account_id=document["account_id"], role=Role(document["role"]),
                      joined_at=as_utc(document["joined_at"]))


class MembershipsStore:
    def __init__(self, db: AsyncDatabase[Document], outbox: Outbox) -> None:
        self._memberships = db[COLLECTION]
        self._outbox = outbox
        self._changing = KeyedLock()

    async def ensure_indexes(self) -> None:
        await self._memberships.create_index([("organization_id", ASCENDING),
                                              ("joined_at", ASCENDING)])
        await self._memberships.create_index("account_id")

    async def join(self, organization_id: str, account_id: str, role: Role) -> Membership:
        """Make the account a member with its event; ``AlreadyMember`` if it is one."""
        document_id = membership_id(organization_id, account_id)
        async with self._changing.one_at_a_time(document_id):
            return await self._join(organization_id, account_id, role, document_id)

    async def _join(self, organization_id: str, account_id: str, role: Role,
                    document_id: str) -> Membership:
        now = now_as_stored()
        state = {"organization_id": organization_id, "account_id": account_id,
                 "role": role.value, "joined_at": now, "member": True, "left_at": None}
        joined = OrganizationMemberJoined(organization_id=organization_id,
                                          account_id=account_id, role=role, at=now)
        try:
            await self._outbox.insert(self._memberships, {"_id": document_id, **state}, joined)
        except DuplicateKeyError:
            if not await self._outbox.stage(self._memberships, document_id, {"$set": state},
                                            joined, where={"member": False}):
                raise AlreadyMember(document_id) from None
        return membership_of(state)

    async def leave(self, organization_id: str, account_id: str) -> None:
        """End the membership with its event; ``NotAMember`` if there is none."""
        document_id = membership_id(organization_id, account_id)
        async with self._changing.one_at_a_time(document_id):
            await self._leave(organization_id, account_id, document_id)

    async def _leave(self, organization_id: str, account_id: str, document_id: str) -> None:
        stored = await self._memberships.find_one({"_id": document_id}, {"role": 1, "member": 1})
        if stored is None or not stored["member"]:
            raise NotAMember(document_id)
        now = now_as_stored()
        left = OrganizationMemberLeft(organization_id=organization_id, account_id=account_id,
                                      role=Role(stored["role"]), at=now)
        if not await self._outbox.stage(self._memberships, document_id,
                                        {"$set": {"member": False, "left_at": now}}, left,
                                        where={"member": True}):
            raise NotAMember(document_id)

    async def is_member(self, organization_id: str, account_id: str) -> bool:
        found = await self._memberships.find_one(
            {"_id": membership_id(organization_id, account_id)}, {"member": 1})
        return found is not None and bool(found["member"])

    async def members(self, organization_id: str, skip: int,
                      limit: int) -> tuple[list[Membership], int]:
        """The organization's members, longest-standing first."""
        mine = {"organization_id": organization_id, "member": True}
        total = await self._memberships.count_documents(mine)
        found = await self._memberships.find(mine).sort(
            [("joined_at", ASCENDING), ("_id", ASCENDING)]).skip(skip).limit(limit).to_list()
        return [membership_of(document) for document in found], total

    async def memberships_of(self, account_id: str) -> list[Membership]:
        found = await self._memberships.find({"account_id": account_id, "member": True}).sort(
            "joined_at", ASCENDING).to_list()
        return [membership_of(document) for document in found]
