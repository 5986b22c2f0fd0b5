"""Organization membership on the real MongoDB-protocol server: a code limited to three uses
admits exactly three of many racing joins, a member joining twice at once is one member with
one event, and leaving then joining again stages the events in order on one document."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.profiles.organizations.invitations import InvitationsStore
from services.profiles.organizations.store import AlreadyMember, MembershipsStore
from smartpick.auth import Role
from smartpick.outbox import FIELD, Outbox

pytestmark = pytest.mark.integration
ORGANIZATION = "org-1"


async def join_with(code: str, account_id: str, invitations: InvitationsStore,
                    memberships: MembershipsStore) -> bool:
    """What the join route does, without HTTP: True if the account joined."""
    found = await invitations.admitting_code(code)
    if found is None or await memberships.is_member(ORGANIZATION, account_id):
        return False
    use = await invitations.claim_use(found, account_id)
    if use is None:
        return False
    try:
        await memberships.join(ORGANIZATION, account_id, Role.APPLICANT)
    except AlreadyMember:
        await invitations.release_use(use)
        return False
    return True


async def test_a_code_for_three_admits_exactly_three_of_twenty_racing_joins(
        mongo: AsyncMongoClient[dict[str, Any]], unique: str) -> None:
    db = mongo[f"orgs{unique}"]
    invitations, memberships = InvitationsStore(db), MembershipsStore(db, Outbox("test", None))
    code = await invitations.create_code(ORGANIZATION, None, max_uses=3)
    joined = await asyncio.gather(*(join_with(code["_id"], f"applicant-{n}", invitations,
                                              memberships) for n in range(20)))
    assert sum(joined) == 3
    members, total = await memberships.members(ORGANIZATION, 0, 50)
    assert total == 3 and len(members) == 3
    [(_, uses)] = await invitations.codes_of(ORGANIZATION)
    assert uses == 3
    assert not await join_with(code["_id"], "late-comer", invitations, memberships)


async def test_one_account_racing_itself_is_one_member_and_keeps_the_other_use(
        mongo: AsyncMongoClient[dict[str, Any]], unique: str) -> None:
    db = mongo[f"orgs{unique}"]
    invitations, memberships = InvitationsStore(db), MembershipsStore(db, Outbox("test", None))
    code = await invitations.create_code(ORGANIZATION, None, max_uses=2)
    joined = await asyncio.gather(*(join_with(code["_id"], "same", invitations, memberships)
                                    for _ in range(5)))
    assert sum(joined) == 1
    assert await join_with(code["_id"], "another", invitations, memberships)
    document = await db.organization_memberships.find_one({"_id": f"{ORGANIZATION}|same"})
    assert document is not None and len(document[FIELD]) == 1


async def test_leaving_and_joining_again_stage_their_events_in_order(
        mongo: AsyncMongoClient[dict[str, Any]], unique: str) -> None:
    db = mongo[f"orgs{unique}"]
    memberships = MembershipsStore(db, Outbox("test", None))
    await memberships.join(ORGANIZATION, "mentor-1", Role.MENTOR)
    await memberships.leave(ORGANIZATION, "mentor-1")
    assert not await memberships.is_member(ORGANIZATION, "mentor-1")
    assert await memberships.memberships_of("mentor-1") == []
    await memberships.join(ORGANIZATION, "mentor-1", Role.MENTOR)
    with pytest.raises(AlreadyMember):
        await memberships.join(ORGANIZATION, "mentor-1", Role.MENTOR)
    document = await db.organization_memberships.find_one({"_id": f"{ORGANIZATION}|mentor-1"})
    assert document is not None
    assert [entry["envelope"]["type"].split(".")[-2] for entry in document[FIELD]] == [
        "member-joined", "member-left", "member-joined"]
    [membership] = await memberships.memberships_of("mentor-1")
    assert membership.role is Role.MENTOR


async def test_joining_again_twice_at_once_after_leaving_is_one_join_and_one_use(
        mongo: AsyncMongoClient[dict[str, Any]], unique: str) -> None:
    db = mongo[f"orgs{unique}"]
    invitations, memberships = InvitationsStore(db), MembershipsStore(db, Outbox("test", None))
    code = await invitations.create_code(ORGANIZATION, None, max_uses=5)
    assert await join_with(code["_id"], "back", invitations, memberships)
    await memberships.leave(ORGANIZATION, "back")
    joined = await asyncio.gather(*(join_with(code["_id"], "back", invitations, memberships)
                                    for _ in range(4)))
    assert sum(joined) == 1
    [(_, uses)] = await invitations.codes_of(ORGANIZATION)
    assert uses == 2
    stored = await db.organization_memberships.find_one({"_id": f"{ORGANIZATION}|back"})
    assert stored is not None and stored["member"]
    assert [e["envelope"]["type"].rsplit(".", 2)[-2] for e in stored[FIELD]] == [
        "member-joined", "member-left", "member-joined"]
