"""Private feedback on a completed mentorship in GraphQL: each side rates it once (1 to 5) and
reads back only its own; the other side never sees it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import strawberry

from gateway.common import GraphInfo, matching
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json

if TYPE_CHECKING:
    from gateway.mentorships import Mentorship


@strawberry.type(description="Feedback as its giver sees it.")
class MentorshipFeedback:
    rating: int
    comment: str
    given_at: datetime


@strawberry.field(description="My own feedback on it, once given (never the other side's).",
                  metadata=cost(SERVICE))
async def my_mentorship_feedback(root: Mentorship, info: GraphInfo) -> MentorshipFeedback | None:
    found = await matching(info, "GET", "mentorships", str(root.id), "feedback")
    given = found["feedback"]
    return None if given is None else from_json(MentorshipFeedback, given)


@strawberry.mutation(description="Rate a completed mentorship, 1 to 5, once (either side); only "
                                 "I see it.", metadata=cost(SERVICE))
async def give_mentorship_feedback(info: GraphInfo, mentorship_id: strawberry.ID, rating: int,
                                   comment: str = "") -> MentorshipFeedback:
    given = await matching(info, "POST", "mentorships", str(mentorship_id), "feedback",
                           json={"rating": rating, "comment": comment})
    return from_json(MentorshipFeedback, given)
