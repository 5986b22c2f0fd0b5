"""The lifecycle's rules, pure: who may make which change from which status, and which claims
each status holds."""

from __future__ import annotations

import pytest

from services.matching.mentorship.rules import Code, allowed, holds, may_write, side_of
from smartpick.events.mentorships import MentorshipChange as C
from smartpick.events.mentorships import MentorshipStatus as S
from smartpick.http_errors import Refused

MENTORSHIP = {"mentee_id": "mentee-1", "mentor_id": "mentor-1"}


def refusal(change: C, status: S, side: str | None) -> str | None:
    try:
        allowed(change, status, side)  # type: ignore[arg-type]
    except Refused as error:
        return error.code
    return None


def test_only_the_two_people_have_a_side() -> None:
    assert side_of(MENTORSHIP, "mentee-1") == "mentee"
    assert side_of(MENTORSHIP, "mentor-1") == "mentor"
    assert side_of(MENTORSHIP, "someone-else") is None


@pytest.mark.parametrize(("change", "status", "side", "code"), [
    (C.ACCEPTED, S.REQUESTED, "mentor", None),
    (C.DECLINED, S.REQUESTED, "mentor", None),
    (C.ACCEPTED, S.REQUESTED, "mentee", Code.FORBIDDEN),
    (C.ACCEPTED, S.ACTIVE, "mentor", Code.CONFLICT),
    (C.DECLINED, S.WITHDRAWN, "mentor", Code.CONFLICT),
    (C.WITHDRAWN, S.REQUESTED, "mentee", None),
    (C.WITHDRAWN, S.REQUESTED, "mentor", Code.FORBIDDEN),
    (C.WITHDRAWN, S.ACTIVE, "mentee", Code.CONFLICT),
    (C.CANCELLED, S.ACTIVE, "mentee", None),
    (C.CANCELLED, S.PAUSED, "mentor", None),
    (C.CANCELLED, S.REQUESTED, "mentor", Code.CONFLICT),
    (C.COMPLETED, S.ACTIVE, "mentor", None),
    (C.COMPLETED, S.ACTIVE, "mentee", None),
    (C.COMPLETED, S.PAUSED, "mentee", Code.CONFLICT),
    (C.COMPLETED, S.COMPLETED, "mentee", Code.CONFLICT),
    (C.EXPIRED, S.REQUESTED, None, None),
    (C.EXPIRED, S.REQUESTED, "mentee", Code.FORBIDDEN),
    (C.EXPIRED, S.ACTIVE, None, Code.CONFLICT),
    (C.REPORTED, S.ACTIVE, "mentee", None),
    (C.REPORTED, S.ACTIVE, "mentor", None),
    (C.REPORTED, S.PAUSED, "mentee", Code.CONFLICT),
    (C.REPORTED, S.REQUESTED, "mentor", Code.CONFLICT),
    (C.WITHDRAWN, S.REQUESTED, None, None),  # the platform, once another request is accepted
    (C.RESUMED, S.PAUSED, "organization", None),  # the mentor's organization settles a report
    (C.ENDED_BY_ADMIN, S.PAUSED, "organization", None),
    (C.RESUMED, S.PAUSED, "mentee", Code.FORBIDDEN),
    (C.ENDED_BY_ADMIN, S.PAUSED, "mentor", Code.FORBIDDEN),
    (C.RESUMED, S.ACTIVE, "organization", Code.CONFLICT),  # resolved already
    (C.ENDED_BY_ADMIN, S.CANCELLED, "organization", Code.CONFLICT),
    (C.CANCELLED, S.PAUSED, "organization", Code.FORBIDDEN),  # its own change, not the sides'
])
def test_who_may_make_which_change_from_which_status(change: C, status: S, side: str | None,
                                                     code: Code | None) -> None:
    assert refusal(change, status, side) == (code.value if code else None)


def test_a_refusal_from_the_wrong_state_says_which_states_allow_it() -> None:
    with pytest.raises(Refused) as raised:
        allowed(C.COMPLETED, S.REQUESTED, "mentor")
    assert raised.value.status == 409
    assert raised.value.message == ("this mentorship is requested: only one that is active can "
                                    "be completed")


@pytest.mark.parametrize(("kind", "status", "slot", "held"), [
    ("request", S.REQUESTED, None, True),
    ("request", S.ACTIVE, "m:0", False),
    ("request", S.WITHDRAWN, None, False),
    ("pair", S.REQUESTED, None, True),
    ("pair", S.ACTIVE, "m:0", True),
    ("pair", S.PAUSED, "m:0", True),
    ("pair", S.DECLINED, None, False),
    ("pair", S.COMPLETED, "m:0", False),
    ("slot", S.ACTIVE, "m:0", True),
    ("slot", S.PAUSED, "m:0", True),
    ("slot", S.ACTIVE, "m:1", False),  # the slot of an accept that lost the race
    ("slot", S.REQUESTED, None, None),  # an accept under way, or one that died
    ("slot", S.CANCELLED, "m:0", False),
    ("mentee", S.ACTIVE, "m:0", True),  # one mentor at a time: held while under way
    ("mentee", S.PAUSED, "m:0", True),
    ("mentee", S.REQUESTED, None, None),  # an accept under way, or one that died
    ("mentee", S.COMPLETED, "m:0", False),
    ("mentee", S.CANCELLED, "m:0", False),
])
def test_which_claims_a_status_holds(kind: str, status: S, slot: str | None,
                                     held: bool | None) -> None:
    mentorship = {**MENTORSHIP, "status": status.value, "slot": slot}
    assert holds(kind, "m:0", mentorship) is held  # type: ignore[arg-type]


def test_a_claim_without_its_mentorship_cannot_be_judged_yet() -> None:
    assert holds("pair", "mentee-1|mentor-1", None) is None


@pytest.mark.parametrize("status", list(S))
def test_only_a_mentorship_under_way_takes_writing(status: S) -> None:
    if status in (S.ACTIVE, S.PAUSED):
        may_write(status, "send messages")
        return
    with pytest.raises(Refused) as raised:
        may_write(status, "send messages")
    assert (raised.value.status, raised.value.code) == (409, "CONFLICT")
    assert "you can send messages only while it is active or paused" in raised.value.message
