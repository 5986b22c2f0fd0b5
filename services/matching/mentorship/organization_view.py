"""The mentor's organization's view of mentorships: its admins see the relationships of the
mentors it verified (status, the two people, the goals asked, dates), never the contact details
the two shared nor the inside (messages, goals, check-ins, feedback stay theirs).

A mentor is the organization's when their profile names it and its admin verified them, so both
agreed; a mentor who names another organization, or none, takes their mentorships out of its
view at once. Anyone else gets NOT_FOUND, as for an unknown id.
"""

from __future__ import annotations

from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.rules import Code, refused
from services.matching.mentorship.store import MentorshipStore
from smartpick.events.mentorships import MentorshipStatus
from smartpick.mongo import Document


class OrganizationView:
    def __init__(self, mentors: MentorDirectory, store: MentorshipStore) -> None:
        self._mentors = mentors
        self._store = store

    async def _mentor_ids(self, organization_id: str) -> list[str]:
        return [m.id for m in await self._mentors.everyone()
                if m.verified and m.profile.organization_id == organization_id]

    async def page(self, organization_id: str, status: MentorshipStatus | None, skip: int,
                   limit: int) -> tuple[list[Document], int]:
        """The mentorships of the organization's mentors, newest first."""
        return await self._store.page_for_mentors(await self._mentor_ids(organization_id),
                                                  status, skip, limit)

    async def mentorship(self, mentorship_id: str, organization_id: str) -> Document:
        """One mentorship of the organization's mentors; NOT_FOUND for any other."""
        found = await self._store.get(mentorship_id)
        if found is None or found["mentor_id"] not in await self._mentor_ids(organization_id):
            raise refused(404, Code.NOT_FOUND, f"no mentorship {mentorship_id[:64]!r}")
        return found
