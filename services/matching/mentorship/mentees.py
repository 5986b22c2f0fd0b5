"""An applicant as a mentee: their profile plus the top of their program list, so search and
pushed suggestions score "works at a program on your list" alike."""

from __future__ import annotations

from datetime import datetime

from services.matching.mentorship.compatibility import Mentee
from services.matching.recommendations.ranking import Rankings
from smartpick.events.models import ApplicantProfile

LIST_PROGRAMS = 40
"""How many of an applicant's best eligible programs count as "your list" when a mentor works
at one of them (IMGs apply to many more; the top is where first-hand advice matters most)."""


async def listed_mentee(applicant_id: str, profile: ApplicantProfile, profile_at: datetime | None,
                        rankings: Rankings) -> Mentee:
    """The mentee with their list (the ranking is cached per profile time, so the ranking the
    profile's event computed is reused)."""
    ranking, _ = await rankings.ranking(applicant_id, profile, profile_at)
    top = ranking.select(eligible=True)[:LIST_PROGRAMS].tolist()
    return Mentee.from_profile(applicant_id, profile,
                               frozenset(ranking.arrays.ids[i] for i in top))
