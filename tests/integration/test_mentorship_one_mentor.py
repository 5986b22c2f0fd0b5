"""One mentor at a time under concurrent accepts, through the matching service's HTTP API on the
real servers: a mentee asks 5 mentors, the 5 mentors accept at once, exactly one becomes ACTIVE
and the 4 others are refused with ALREADY_MENTORED, then withdrawn by the platform (matching's
handler of the winner's event); ten mentees, on one instance and spread over five."""

from __future__ import annotations

import asyncio
import secrets
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from smartpick.auth import Role
from smartpick.publisher import Publisher
from tests.integration.harness import wait_until
from tests.integration.test_mentorship_capacity import bearer, matching_instances
from tests.integration.test_mentorship_lifecycle import mentor_event
from tests.servers import Servers

pytestmark = pytest.mark.integration
ROUNDS = 10
MENTORS = 5


async def one_mentee(http: httpx.AsyncClient, urls: list[str], mentee: str, mentors: list[str],
                     secret: str) -> tuple[Counter[str], list[str]]:
    """``mentee`` asks every mentor, then every mentor accepts at once: the answers' codes and
    the requests' ids."""
    headers = bearer(mentee, Role.APPLICANT, secret)
    asked = [await http.post(urls[n % len(urls)] + "/mentorships", json={"mentor_id": mentor},
                             headers=headers) for n, mentor in enumerate(mentors)]
    assert [answer.status_code for answer in asked] == [201] * MENTORS, asked[0].text
    ids = [answer.json()["id"] for answer in asked]
    accepts = await asyncio.gather(*(
        http.post(urls[n % len(urls)] + f"/mentorships/{mentorship_id}/response",
                  json={"accept": True}, headers=bearer(mentors[n], Role.MENTOR, secret))
        for n, mentorship_id in enumerate(ids)))
    return Counter(str(a.status_code) if a.status_code == 200 else a.json().get("code")
                   for a in accepts), ids


async def claims_of(db: AsyncDatabase[dict[str, Any]], mentee: str, active_id: str) -> tuple[
        int, int, int, bool]:
    """The mentee's open requests, pairs and mentor slots held, and whether the mentee claim
    names the active mentorship."""
    requests = await db.open_requests.count_documents({"owner": mentee})
    pairs = await db.mentorship_pairs.count_documents({"_id": {"$regex": f"^{mentee}\\|"}})
    slots = await db.mentor_slots.count_documents({"mentorship_id": active_id})
    claim = await db.mentee_mentorships.find_one({"_id": mentee})
    return requests, pairs, slots, claim is not None and claim["mentorship_id"] == active_id


async def group_settled(bootstrap: str, group: str, members: int) -> bool:
    """Whether every instance has joined matching's consumer group and it is stable: the
    withdrawals follow the winner's event, which a rebalance under way would hold up."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        [response] = await admin.describe_consumer_groups([group])
    finally:
        await admin.close()
    [described] = response.groups
    return bool(described[2] == "Stable" and len(described[5]) == members)


@pytest.mark.parametrize("instances", [1, 5])
async def test_concurrent_accepts_of_one_mentee_make_one_mentorship(
    servers: Servers, mongo: AsyncMongoClient[dict[str, Any]], unique: str, instances: int,
    tmp_path: Path,
) -> None:
    prefix, database, secret = f"one{unique}.", f"one{unique}_matching", secrets.token_hex(32)
    env = {"KAFKA_BOOTSTRAP_SERVERS": servers.kafka_bootstrap,
           "MONGODB_URL": servers.mongodb_url, "TOPIC_PREFIX": prefix,
           "MONGODB_DATABASE": database, "JWT_SECRET": secret, "ENVIRONMENT": "test",
           "OUTBOX_SWEEP_SECONDS": "2"}
    db = mongo[database]
    mentors = [f"mentor-{unique}-{n}" for n in range(MENTORS)]
    mentees = [f"mentee-{unique}-{n}" for n in range(ROUNDS)]
    with matching_instances(instances, env, tmp_path) as urls:
        publisher = Publisher(servers.kafka_bootstrap, "/profiles", topic_prefix=prefix)
        await publisher.start()
        try:
            for mentor in mentors:  # room for every round's winner
                await publisher.publish(mentor_event(mentor, capacity=ROUNDS))
        finally:
            await publisher.stop()

        async def listed() -> bool:
            return await db.mentors.count_documents({}) == MENTORS

        await wait_until(listed, within=60)
        await wait_until(partial(group_settled, servers.kafka_bootstrap, f"{prefix}matching",
                                 instances), within=90)
        limits = httpx.Limits(max_connections=2 * MENTORS, max_keepalive_connections=0)
        async with httpx.AsyncClient(timeout=60, limits=limits) as http:
            rounds = [await one_mentee(http, urls, mentee, mentors, secret)
                      for mentee in mentees]
        for mentee, (outcome, _) in zip(mentees, rounds, strict=True):
            assert outcome == Counter({"200": 1, "ALREADY_MENTORED": MENTORS - 1}), mentee

        async def all_withdrawn() -> bool:
            return await db.mentorships.count_documents(
                {"status": "withdrawn"}) == ROUNDS * (MENTORS - 1)

        await wait_until(all_withdrawn, within=90)
        for mentee, (_, ids) in zip(mentees, rounds, strict=True):
            found = await db.mentorships.find({"_id": {"$in": ids}}).to_list()
            statuses = Counter(str(m["status"]) for m in found)
            assert statuses == Counter({"active": 1, "withdrawn": MENTORS - 1}), mentee
            [active] = [m["_id"] for m in found if m["status"] == "active"]
            assert await claims_of(db, mentee, active) == (0, 1, 1, True), mentee
        assert await db.mentor_slots.count_documents({}) == ROUNDS
        assert await db.mentee_mentorships.count_documents({}) == ROUNDS
