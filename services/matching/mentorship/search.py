"""Finding a mentor: the directory filtered as the mentee asks, ranked by compatibility.

Pure: the caller passes the mentors of matching's directory and what the lifecycle knows of each
(active mentees, how they answered requests), so the same ranking serves the REST route, the
gateway and the suggestions pushed when a profile changes. Ties keep the mentor id order, so
offset paging over one directory is stable.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from services.matching.mentorship.compatibility import Mentee, Mentor, compatibility
from smartpick.events.mentoring import MentorTopic


@dataclass(frozen=True)
class MentorFilter:
    """What the mentee narrowed the search to; ``None`` leaves a criterion open."""

    specialty: str | None = None
    topic: MentorTopic | None = None
    language: str | None = None
    state: str | None = None
    img_background: bool | None = None
    program_id: str | None = None
    only_available: bool = False

    def admits(self, mentor: Mentor, free: int) -> bool:
        has = mentor.profile
        return ((self.specialty is None or has.specialty == self.specialty)
                and (self.topic is None or self.topic in has.topics)
                and (self.language is None or self.language in has.languages)
                and (self.state is None or has.state == self.state)
                and (self.img_background is None or has.was_img == self.img_background)
                and (self.program_id is None or has.program_id == self.program_id)
                and (not self.only_available or free > 0))


@dataclass(frozen=True)
class RequestAnswer:
    """One request a mentor received and how it ended so far."""

    requested_at: datetime
    answered_at: datetime | None = None
    expired: bool = False


@dataclass(frozen=True)
class Standing:
    """What the lifecycle knows of a mentor: how many mentees they have now and how they answer.

    ``response_rate`` counts the requests that were answered among those that were answered or
    expired (open ones are not judged yet); ``None`` until one of them ended.
    """

    active: int = 0
    response_rate: float | None = None
    median_response_hours: float | None = None

    @classmethod
    def of(cls, active: int, requests: Sequence[RequestAnswer]) -> Standing:
        hours = [(r.answered_at - r.requested_at).total_seconds() / 3600.0
                 for r in requests if r.answered_at is not None]
        ended = len(hours) + sum(r.expired for r in requests)
        return cls(active, len(hours) / ended if ended else None,
                   statistics.median(hours) if hours else None)


@dataclass(frozen=True)
class Suggestion:
    mentor: Mentor
    score: float
    reasons: tuple[str, ...]
    free_capacity: int
    standing: Standing


def free_capacity(mentor: Mentor, standing: Standing) -> int:
    """Room for one more mentee: none while not accepting, never below 0 (a capacity lowered
    under the active count drops nobody)."""
    if not mentor.profile.accepting_mentees:
        return 0
    return max(0, mentor.profile.capacity - standing.active)


def search(mentee: Mentee, mentors: Iterable[Mentor], wanted: MentorFilter,
           standings: Mapping[str, Standing], at: datetime | None = None) -> list[Suggestion]:
    """The mentors ``wanted`` admits, best compatibility first (then mentor id); never the
    mentee themself."""
    at = at or datetime.now(UTC)
    found = []
    for mentor in mentors:
        standing = standings.get(mentor.id, Standing())
        free = free_capacity(mentor, standing)
        if mentor.id == mentee.id or not wanted.admits(mentor, free):
            continue
        fit = compatibility(mentee, mentor, at)
        found.append(Suggestion(mentor, fit.score, fit.reasons, free, standing))
    found.sort(key=lambda s: (-s.score, s.mentor.id))
    return found
