"""HTTP route of mentor search: the directory, filtered and ranked for the caller.

An applicant is matched with their stored profile (mentee preferences, specialties, visa) and
the top of their recommendations, for "works at a program on your list"; anyone else signed in
(a mentor, an organization) browses the same ranking from an empty profile.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from services.matching.deps import Directory, Mentorships, Ranked, Store
from services.matching.mentorship.compatibility import Mentee, Mentor
from services.matching.mentorship.contract import (
    MentorCard,
    MentorSearchPage,
    MentorSuggestion,
    ShownMentorProfile,
)
from services.matching.mentorship.mentees import listed_mentee
from services.matching.mentorship.search import MentorFilter, search
from services.matching.recommendations.ranking import Rankings
from services.matching.recommendations.store import MatchingStore
from smartpick.auth import CurrentPrincipal, Principal, Role
from smartpick.events.mentoring import LanguageCode, MenteePreferences, MentorTopic
from smartpick.events.models import (
    ApplicantProfile,
    ApplicantType,
    ResourceId,
    Specialty,
    StateCode,
    Visa,
)
from smartpick.http_errors import errors
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(prefix="/mentors", tags=["mentors"], responses=errors(401))


async def mentee_of(principal: Principal, store: MatchingStore, rankings: Rankings) -> Mentee:
    """The caller as a mentee: their stored applicant profile, or nothing to match on."""
    found = None
    if principal.role is Role.APPLICANT:
        found = await store.applicant_record(principal.account_id)
    if found is None:
        return Mentee(principal.account_id, (), Visa.NONE, ApplicantType.US_MD,
                      MenteePreferences())
    return await listed_mentee(principal.account_id,
                               ApplicantProfile.model_validate(found["profile"]),
                               found["profile_at"], rankings)


@router.get("", response_model=MentorSearchPage, responses=errors(400, 422))
async def find_mentors(
    principal: CurrentPrincipal, directory: Directory, mentorships: Mentorships, store: Store,
    rankings: Ranked, specialty: Specialty | None = None, topic: MentorTopic | None = None,
    language: LanguageCode | None = None, state: StateCode | None = None,
    img_background: bool | None = None, program_id: ResourceId | None = None,
    only_available: bool = False, first: Annotated[int, Query(ge=1, le=50)] = 20,
    after: After = None,
) -> MentorSearchPage:
    """Mentors the filters admit, best compatibility with the caller first, with the reasons,
    free capacity, response rate and median response time of each."""
    wanted = MentorFilter(specialty, topic, language, state, img_background, program_id,
                          only_available)
    listed = await directory.everyone()
    found = search(await mentee_of(principal, store, rankings),
                   [Mentor(m.id, m.profile, m.verified) for m in listed], wanted,
                   await mentorships.store.standings())
    updated = {m.id: m.updated_at for m in listed}

    def card(mentor: Mentor) -> MentorCard:
        return MentorCard(id=mentor.id, profile=ShownMentorProfile(
            **mentor.profile.model_dump(), verified=mentor.verified,
            updated_at=updated[mentor.id]))

    start = offset_after(after)
    items = [MentorSuggestion(
        cursor=encode_cursor(str(start + n)),
        mentor=card(s.mentor),
        score=round(s.score, 1), reasons=list(s.reasons), free_capacity=s.free_capacity,
        active_mentees=s.standing.active, response_rate=s.standing.response_rate,
        median_response_hours=s.standing.median_response_hours)
        for n, s in enumerate(found[start:start + first])]
    return MentorSearchPage(items=items, total=len(found), has_next=start + len(items) < len(found),
                            end_cursor=items[-1].cursor if items else None)
