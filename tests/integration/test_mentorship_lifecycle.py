"""The mentorship lifecycle on the real MongoDB-protocol server: the mentor directory keeps the
newest profile, a request is refused with a code where the rules say so, a mentor's capacity
holds also when lowered, a mentee's other requests are withdrawn on an accept, unanswered ones
expire, and the repair sweep finishes or undoes what a dying process left behind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from services.matching.mentorship.claims import Claims
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.repair import Repair
from services.matching.mentorship.rules import TRANSITIONS
from services.matching.mentorship.store import MentorshipStore
from smartpick.events import MentorProfileUpdated
from smartpick.events.mentoring import MentorPosition, MentorTopic
from smartpick.events.mentors import MentorProfile
from smartpick.events.mentorships import MentorshipChange, MentorshipStatus
from smartpick.http_errors import Refused
from smartpick.outbox import FIELD, Outbox

pytestmark = pytest.mark.integration
NOW = datetime.now(UTC)


def mentor_event(mentor_id: str, capacity: int = 3, accepting: bool = True,
                 at: datetime = NOW) -> MentorProfileUpdated:
    profile = MentorProfile(position=MentorPosition.ATTENDING, specialty="Internal Medicine",
                            institution="General Hospital", languages=["en", "ur"],
                            topics=[MentorTopic.INTERVIEW_PREPARATION], capacity=capacity,
                            accepting_mentees=accepting)
    return MentorProfileUpdated(mentor_id=mentor_id, profile=profile, updated_at=at)


@dataclass
class Mentoring:
    db: AsyncDatabase[dict[str, Any]]
    mentors: MentorDirectory
    store: MentorshipStore
    claims: tuple[Claims, Claims, Claims, Claims]
    lifecycle: Lifecycle

    async def mentor(self, mentor_id: str, capacity: int = 3, accepting: bool = True,
                     at: datetime = NOW) -> None:
        await self.mentors.keep(mentor_event(mentor_id, capacity, accepting, at))

    async def request(self, mentee: str, mentor: str) -> dict[str, Any]:
        return await self.lifecycle.request(mentee, mentor, "Hello", [MentorTopic.CV])

    async def status(self, mentorship_id: str) -> str:
        found = await self.store.get(mentorship_id)
        assert found is not None
        return str(found["status"])

    async def held(self) -> dict[str, int]:
        return {claims.kind: await self.db[name].count_documents({})
                for claims, name in zip(self.claims, ("mentor_slots", "open_requests",
                                                      "mentorship_pairs", "mentee_mentorships"),
                                        strict=True)}


@pytest.fixture
def mentoring(mongo: AsyncMongoClient[dict[str, Any]], unique: str) -> Mentoring:
    db = mongo[f"mentoring_{unique}"]
    store = MentorshipStore(db, Outbox("/matching", relay=None))
    mentors = MentorDirectory(db)
    slots, requests, pairs, mentees = (Claims(db, kind)
                                       for kind in ("slot", "request", "pair", "mentee"))
    return Mentoring(db, mentors, store, (slots, requests, pairs, mentees),
                     Lifecycle(store, mentors, slots, requests, pairs, mentees))


async def refusal(call: Any) -> tuple[int, str]:
    with pytest.raises(Refused) as raised:
        await call
    return raised.value.status, raised.value.code


async def test_the_directory_keeps_the_newest_profile(mentoring: Mentoring) -> None:
    directory = mentoring.mentors
    assert await directory.keep(mentor_event("t-1", capacity=2, at=NOW))
    assert not await directory.keep(mentor_event("t-1", capacity=2, at=NOW))  # redelivered
    assert not await directory.keep(mentor_event("t-1", capacity=9, at=NOW - timedelta(days=1)))
    listed = await directory.mentor("t-1")
    assert listed is not None and listed.profile.capacity == 2
    assert await directory.keep(mentor_event("t-1", capacity=4, at=NOW + timedelta(seconds=1)))
    listed = await directory.mentor("t-1")
    assert listed is not None and listed.profile.capacity == 4
    assert await directory.mentor("t-2") is None


async def test_requests_are_refused_with_codes_where_the_rules_say(mentoring: Mentoring) -> None:
    for n in range(7):
        await mentoring.mentor(f"t-{n}")
    await mentoring.mentor("closed", accepting=False)
    assert await refusal(mentoring.request("a-1", "nobody")) == (404, "NOT_FOUND")
    assert await refusal(mentoring.request("a-1", "closed")) == (409, "NOT_ACCEPTING")
    first = await mentoring.request("a-1", "t-0")
    assert await refusal(mentoring.request("a-1", "t-0")) == (409, "CONFLICT")  # one per mentor
    for n in range(1, 5):
        await mentoring.request("a-1", f"t-{n}")
    assert await refusal(mentoring.request("a-1", "t-5")) == (409, "TOO_MANY_REQUESTS")
    assert await mentoring.held() == {"slot": 0, "request": 5, "pair": 5, "mentee": 0}
    # an answered request frees its place: another mentor may be asked, the same one again
    await mentoring.lifecycle.respond(first["_id"], "t-0", accept=False, reason="full")
    again = await mentoring.request("a-1", "t-0")
    assert await mentoring.status(again["_id"]) == "requested"
    assert await refusal(mentoring.request("a-1", "t-6")) == (409, "TOO_MANY_REQUESTS")
    withdrawn, _ = await mentoring.lifecycle.visible(again["_id"], "a-1")
    await mentoring.lifecycle.change(withdrawn, MentorshipChange.WITHDRAWN, "mentee", "a-1")
    await mentoring.request("a-1", "t-6")


async def test_only_the_two_people_see_or_change_a_mentorship(mentoring: Mentoring) -> None:
    await mentoring.mentor("t-1")
    asked = await mentoring.request("a-1", "t-1")
    assert await refusal(mentoring.lifecycle.visible(asked["_id"], "a-2")) == (404, "NOT_FOUND")
    assert await refusal(mentoring.lifecycle.respond(asked["_id"], "a-2", True, None)) == \
        (404, "NOT_FOUND")
    assert await refusal(mentoring.lifecycle.respond(asked["_id"], "a-1", True, None)) == \
        (403, "FORBIDDEN")  # the mentee cannot accept their own request
    mine, total = await mentoring.store.page_for("t-1", None, 0, 10)
    assert total == 1 and mine[0]["_id"] == asked["_id"]
    assert await mentoring.store.page_for("a-2", None, 0, 10) == ([], 0)


async def test_capacity_holds_and_a_lowered_one_blocks_accepts_but_drops_nobody(
    mentoring: Mentoring,
) -> None:
    await mentoring.mentor("t-1", capacity=3)
    asked = [await mentoring.request(f"a-{n}", "t-1") for n in range(5)]
    active = [await mentoring.lifecycle.respond(m["_id"], "t-1", True, None) for m in asked[:3]]
    assert [m["status"] for m in active] == ["active"] * 3
    assert await refusal(mentoring.lifecycle.respond(asked[3]["_id"], "t-1", True, None)) == \
        (409, "CAPACITY_REACHED")
    assert await refusal(mentoring.request("a-9", "t-1")) == (409, "CAPACITY_REACHED")
    assert await refusal(mentoring.lifecycle.respond(asked[0]["_id"], "t-1", True, None)) == \
        (409, "CONFLICT")  # accepted already

    await mentoring.mentor("t-1", capacity=1, at=NOW + timedelta(seconds=1))
    assert [await mentoring.status(m["_id"]) for m in asked[:3]] == ["active"] * 3
    for ended in active[:2]:  # slots 0 and 1 freed: 1 active, at the capacity of 1
        await mentoring.lifecycle.change(ended, MentorshipChange.CANCELLED, "mentor", "t-1")
        assert await refusal(mentoring.lifecycle.respond(asked[3]["_id"], "t-1", True, None)) \
            == (409, "CAPACITY_REACHED")
    await mentoring.lifecycle.change(active[2], MentorshipChange.COMPLETED, "mentee", "a-2")
    accepted = await mentoring.lifecycle.respond(asked[3]["_id"], "t-1", True, None)
    assert accepted["status"] == "active" and accepted["slot"] == "t-1:0"
    assert await mentoring.held() == {"slot": 1, "request": 1, "pair": 2, "mentee": 1}


async def test_an_accept_withdraws_the_mentee_s_earlier_requests_by_the_platform(
    mentoring: Mentoring,
) -> None:
    for mentor in ("t-1", "t-2", "t-3"):
        await mentoring.mentor(mentor)
    asked = [await mentoring.request("a-1", mentor) for mentor in ("t-1", "t-2", "t-3")]
    accepted = await mentoring.lifecycle.respond(asked[0]["_id"], "t-1", True, "glad to")
    assert await mentoring.lifecycle.withdraw_others("a-1", accepted["_id"],
                                                     accepted["updated_at"]) == 2
    assert await mentoring.lifecycle.withdraw_others("a-1", accepted["_id"],
                                                     accepted["updated_at"]) == 0  # again
    assert [await mentoring.status(m["_id"]) for m in asked] == ["active", "withdrawn",
                                                                "withdrawn"]
    other = await mentoring.store.get(asked[1]["_id"])
    assert other is not None
    events = [entry["envelope"]["data"] for entry in other[FIELD]]
    assert [(e["change"], e["actor_id"], e["revision"]) for e in events] == [
        ("requested", "a-1", 1), ("withdrawn", None, 2)]
    assert events[1]["reason"] == "the mentee's request to another mentor was accepted"
    # a mentor accepting after that withdrawal learns why
    assert await refusal(mentoring.lifecycle.respond(asked[1]["_id"], "t-2", True, None)) == \
        (409, "ALREADY_MENTORED")
    assert await mentoring.held() == {"slot": 1, "request": 0, "pair": 1, "mentee": 1}


async def test_a_mentee_has_one_mentor_at_a_time(mentoring: Mentoring) -> None:
    """A second accept of the same mentee is refused, and so is a new request, until the
    mentorship under way ends; its end frees the mentee's claim."""
    for mentor in ("t-1", "t-2", "t-3"):
        await mentoring.mentor(mentor)
    asked = [await mentoring.request("a-1", mentor) for mentor in ("t-1", "t-2")]
    accepted = await mentoring.lifecycle.respond(asked[0]["_id"], "t-1", True, None)
    assert await refusal(mentoring.lifecycle.respond(asked[1]["_id"], "t-2", True, None)) == \
        (409, "ALREADY_MENTORED")
    assert await mentoring.status(asked[1]["_id"]) == "requested"  # the handler withdraws it
    assert await refusal(mentoring.request("a-1", "t-3")) == (409, "ALREADY_MENTORED")
    assert await mentoring.held() == {"slot": 1, "request": 1, "pair": 2, "mentee": 1}
    await mentoring.lifecycle.change(accepted, MentorshipChange.COMPLETED, "mentee", "a-1")
    assert (await mentoring.held())["mentee"] == 0
    again = await mentoring.lifecycle.respond(asked[1]["_id"], "t-2", True, None)
    assert again["status"] == "active"
    assert await mentoring.held() == {"slot": 1, "request": 0, "pair": 1, "mentee": 1}


async def test_requests_unanswered_past_the_ttl_expire_and_free_their_claims(
    mentoring: Mentoring,
) -> None:
    await mentoring.mentor("t-1")
    asked = await mentoring.request("a-1", "t-1")
    assert await mentoring.lifecycle.expire_unanswered(timedelta(hours=1)) == 0
    assert await mentoring.lifecycle.expire_unanswered(timedelta(0)) == 1
    assert await mentoring.status(asked["_id"]) == "expired"
    assert await mentoring.held() == {"slot": 0, "request": 0, "pair": 0, "mentee": 0}
    assert await refusal(mentoring.lifecycle.respond(asked["_id"], "t-1", True, None)) == \
        (409, "CONFLICT")


async def test_the_repair_sweep_finishes_a_change_and_frees_what_a_dead_writer_left(
    mentoring: Mentoring,
) -> None:
    await mentoring.mentor("t-1", capacity=2)
    asked = [await mentoring.request(f"a-{n}", "t-1") for n in range(2)]
    slots, requests, _, mentees = mentoring.claims
    # a process died after its marker, before the write: the accept is finished by the sweep
    first = asked[0]
    await mentees.claim_first(["a-0"], first["_id"], "a-0")
    await slots.claim_first(["t-1:0"], first["_id"], "t-1")
    marker = {"_id": f"{first['_id']}#1", "mentorship_id": first["_id"], "from_revision": 1,
              "change": "accepted", "status": "active", "actor_id": "t-1", "reason": None,
              "slot": "t-1:0", "at": NOW - timedelta(minutes=10)}
    await mentoring.db.mentorship_transitions.insert_one(marker)
    # another died after claiming its mentee and a slot, before its marker: both are freed
    await mentees.claim_first(["a-1"], asked[1]["_id"], "a-1")
    await slots.claim_first(["t-1:1"], asked[1]["_id"], "t-1")
    # a request died after its claims, before its document
    await requests.claim_first(["a-7:0"], "never-written", "a-7")
    long_ago = NOW - timedelta(minutes=10)
    for name in ("mentor_slots", "open_requests", "mentorship_pairs", "mentee_mentorships"):
        await mentoring.db[name].update_many({}, {"$set": {"at": long_ago}})
    await mentoring.db.mentorships.update_many(
        {}, {"$set": {"created_at": long_ago, "updated_at": long_ago}})

    repair = Repair(mentoring.store, mentoring.claims, timedelta(minutes=5))
    assert await repair.run_once() == (1, 4)  # slot 1, a-1's claim, a-0's open request, a-7's
    repaired = await mentoring.store.get(first["_id"])
    assert repaired is not None and repaired["status"] == "active"
    assert repaired["slot"] == "t-1:0" and repaired["revision"] == 2
    assert [entry["envelope"]["id"] for entry in repaired[FIELD]][1] == \
        f"mentorship-{first['_id']}#1"
    assert await mentoring.held() == {"slot": 1, "request": 1, "pair": 2, "mentee": 1}
    assert await repair.run_once() == (0, 0)  # this turn was taken: another instance waits
    # the live writer, slower than the sweep, finds its change written and not a lost race
    late = await mentoring.store.apply(first, marker)
    assert late is not None and late["status"] == "active"


async def test_two_answers_to_one_request_make_one_change(mentoring: Mentoring) -> None:
    await mentoring.mentor("t-1")
    asked = await mentoring.request("a-1", "t-1")
    found = await mentoring.store.get(asked["_id"])
    assert found is not None
    accepted = await mentoring.store.transition(found, TRANSITIONS[MentorshipChange.ACCEPTED],
                                                "t-1", None, "t-1:0")
    declined = await mentoring.store.transition(found, TRANSITIONS[MentorshipChange.DECLINED],
                                                "t-1", None)
    assert accepted is not None and declined is None
    assert await mentoring.status(asked["_id"]) == MentorshipStatus.ACTIVE.value


async def test_the_repair_sweep_leaves_a_claim_to_the_writer_of_a_recent_change(
    mentoring: Mentoring,
) -> None:
    """A slot claimed long ago whose mentorship was cancelled just now is its cancelling
    writer's to free; a second deleter could remove the next claim of that slot."""
    await mentoring.mentor("t-1", capacity=1)
    asked = await mentoring.request("a-1", "t-1")
    active = await mentoring.lifecycle.respond(asked["_id"], "t-1", True, None)
    long_ago = NOW - timedelta(minutes=10)
    for name in ("mentor_slots", "mentorship_pairs", "mentee_mentorships"):
        await mentoring.db[name].update_many({}, {"$set": {"at": long_ago}})
    found = await mentoring.store.get(active["_id"])
    assert found is not None
    # cancelled, its writer not yet past the release of the slot
    await mentoring.store.transition(found, TRANSITIONS[MentorshipChange.CANCELLED], "a-1", None)
    repair = Repair(mentoring.store, mentoring.claims, timedelta(minutes=5))
    assert await repair.run_once() == (0, 0)
    assert (await mentoring.held())["slot"] == 1
    await mentoring.db.mentorships.update_many({}, {"$set": {"updated_at": long_ago}})
    await mentoring.db.mentorship_repair_turns.delete_many({})  # the next turn
    assert await repair.run_once() == (0, 3)  # the writer died: the slot, pair, mentee claim
    assert await mentoring.held() == {"slot": 0, "request": 0, "pair": 0, "mentee": 0}


class AcceptedMeanwhile(Lifecycle):
    """The lifecycle, where another mentor accepts the mentee's earlier request just after a new
    request passed its checks and before it is stored."""

    def __init__(self, mentoring: Mentoring, accept: str, mentor: str) -> None:
        super().__init__(mentoring.store, mentoring.mentors, *mentoring.claims)
        self.accepting: tuple[Lifecycle, str, str] | None = (mentoring.lifecycle, accept, mentor)

    async def _accept_now(self) -> None:
        if self.accepting is not None:
            lifecycle, mentorship_id, mentor = self.accepting
            self.accepting = None
            accepted = await lifecycle.respond(mentorship_id, mentor, accept=True, reason=None)
            await lifecycle.withdraw_others(accepted["mentee_id"], mentorship_id,
                                            accepted["updated_at"])


async def test_a_request_made_while_another_mentor_accepts_is_withdrawn(
    mentoring: Mentoring,
) -> None:
    for mentor in ("t-1", "t-2"):
        await mentoring.mentor(mentor)
    first = await mentoring.request("a-1", "t-1")
    racing = AcceptedMeanwhile(mentoring, first["_id"], "t-1")
    store_create = mentoring.store.create

    async def create_after_the_accept(mentorship: dict[str, Any]) -> None:
        await racing._accept_now()
        await store_create(mentorship)

    mentoring.store.create = create_after_the_accept  # type: ignore[method-assign]
    assert await refusal(racing.request("a-1", "t-2", "Hello", [MentorTopic.CV])) == (
        409, "ALREADY_MENTORED")
    assert await mentoring.status(first["_id"]) == "active"
    assert [m["status"] for m in await mentoring.store.requested_by("a-1")] == []
    assert await mentoring.held() == {"slot": 1, "request": 0, "pair": 1, "mentee": 1}
