"""The rules of the mentorship lifecycle, pure: who may make which change from which status, and
which claims a mentorship holds in each status (claims.py keeps them)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from smartpick.events.mentorships import MentorshipChange, MentorshipStatus
from smartpick.http_errors import Refused
from smartpick.mongo import Document

MAX_OPEN_REQUESTS = 5
"""Requests a mentee may have waiting for an answer at once."""

Side = Literal["mentee", "mentor"]
Actor = Literal["mentee", "mentor", "organization"]
"""Who asks for a change: one of the two people, or an admin of the mentor's organization (who
settles a reported problem)."""
S = MentorshipStatus
TERMINAL = frozenset({S.DECLINED, S.EXPIRED, S.WITHDRAWN, S.CANCELLED, S.COMPLETED})
"""Statuses nothing leaves."""
HOLDS_SLOT = frozenset({S.ACTIVE, S.PAUSED})
UNDER_WAY = frozenset({S.ACTIVE, S.PAUSED})
"""Statuses in which the two people write to each other (a paused one too: its problem may be
sorted out between them)."""


class Code(StrEnum):
    """Machine-readable reasons of refusals (the ``code`` of the HTTP error body)."""

    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    CONFLICT = "CONFLICT"
    CAPACITY_REACHED = "CAPACITY_REACHED"
    NOT_ACCEPTING = "NOT_ACCEPTING"
    TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
    ALREADY_MENTORED = "ALREADY_MENTORED"
    """The mentee has an ACTIVE or PAUSED mentorship: one mentor at a time."""


def refused(status: int, code: Code, message: str) -> Refused:
    return Refused(status, code.value, message)


@dataclass(frozen=True)
class Transition:
    change: MentorshipChange
    to: MentorshipStatus
    allowed_from: frozenset[MentorshipStatus]
    by: frozenset[Actor]
    """Who may ask for it; the platform may always (expiry, withdrawal on another's accept)."""
    verb: str


C = MentorshipChange
TRANSITIONS = {t.change: t for t in (
    Transition(C.ACCEPTED, S.ACTIVE, frozenset({S.REQUESTED}), frozenset({"mentor"}), "accepted"),
    Transition(C.DECLINED, S.DECLINED, frozenset({S.REQUESTED}), frozenset({"mentor"}),
               "declined"),
    Transition(C.WITHDRAWN, S.WITHDRAWN, frozenset({S.REQUESTED}), frozenset({"mentee"}),
               "withdrawn"),
    Transition(C.CANCELLED, S.CANCELLED, frozenset({S.ACTIVE, S.PAUSED}),
               frozenset({"mentee", "mentor"}), "cancelled"),
    Transition(C.COMPLETED, S.COMPLETED, frozenset({S.ACTIVE}), frozenset({"mentee", "mentor"}),
               "completed"),
    Transition(C.EXPIRED, S.EXPIRED, frozenset({S.REQUESTED}), frozenset(), "expired"),
    Transition(C.REPORTED, S.PAUSED, frozenset({S.ACTIVE}), frozenset({"mentee", "mentor"}),
               "reported"),
    Transition(C.RESUMED, S.ACTIVE, frozenset({S.PAUSED}), frozenset({"organization"}),
               "resumed"),
    Transition(C.ENDED_BY_ADMIN, S.CANCELLED, frozenset({S.PAUSED}),
               frozenset({"organization"}), "ended by its organization"),
)}


def side_of(mentorship: Document, account_id: str) -> Side | None:
    """Which side ``account_id`` is on; None: not one of the two people."""
    if mentorship["mentee_id"] == account_id:
        return "mentee"
    if mentorship["mentor_id"] == account_id:
        return "mentor"
    return None


def allowed(change: MentorshipChange, status: MentorshipStatus, side: Actor | None
            ) -> Transition:
    """The transition ``side`` asks for (None: the platform); refused with a reason otherwise."""
    transition = TRANSITIONS[change]
    if side is not None and side not in transition.by:
        who = " or ".join(sorted(transition.by)) or "the platform"
        raise refused(403, Code.FORBIDDEN,
                      f"only the {who} can have a mentorship {transition.verb}")
    if status not in transition.allowed_from:
        states = " or ".join(sorted(s.value for s in transition.allowed_from))
        raise refused(409, Code.CONFLICT, f"this mentorship is {status.value}: only one that is "
                                          f"{states} can be {transition.verb}")
    return transition


def may_write(status: MentorshipStatus, what: str,
              during: frozenset[MentorshipStatus] = UNDER_WAY) -> None:
    """Refuse (CONFLICT) to ``what`` a mentorship that is not in one of the statuses ``during``
    (goals and check-ins are for an ACTIVE one; messages also for a PAUSED one)."""
    if status not in during:
        states = " or ".join(sorted(s.value for s in during))
        raise refused(409, Code.CONFLICT, f"this mentorship is {status.value}: you can {what} "
                                          f"only while it is {states}")


ClaimKind = Literal["slot", "request", "pair", "mentee"]


def holds(kind: ClaimKind, key: str, mentorship: Document | None) -> bool | None:
    """Whether ``mentorship`` holds its claim ``key``: True, False (it never will again), or
    None when that cannot be told from the mentorship (a write may still follow).

    - slot (one of a mentor's capacity): held while ACTIVE or PAUSED, by the slot the accept
      recorded; a slot of a request still REQUESTED belongs to an accept under way.
    - request (one of a mentee's open requests): held while REQUESTED.
    - pair (one open relationship per mentee and mentor): held until a terminal status.
    - mentee (the mentee's one mentor at a time): held while ACTIVE or PAUSED; one of a request
      still REQUESTED belongs to an accept under way.
    """
    if mentorship is None:
        return None  # its creation may still be under way
    status = MentorshipStatus(mentorship["status"])
    if kind == "request":
        return status is S.REQUESTED
    if kind == "pair":
        return status not in TERMINAL
    if status in HOLDS_SLOT:
        return kind == "mentee" or bool(mentorship.get("slot") == key)
    return None if status is S.REQUESTED else False
