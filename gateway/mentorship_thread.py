"""A mentorship's message thread in GraphQL: its two people write to each other, oldest first.

Kept by the matching service; anyone but the two people gets NOT_FOUND, and writing to a
mentorship that is not ACTIVE or PAUSED is a CONFLICT.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import strawberry

from gateway.common import GraphInfo, PageInfo, matching, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json

if TYPE_CHECKING:
    from gateway.mentorships import Mentorship


@strawberry.type(description="Who wrote a message: the mentee or the mentor.")
class MessageSender:
    id: strawberry.ID


@strawberry.type
class MentorshipMessage:
    id: strawberry.ID
    sender: MessageSender
    text: str
    sent_at: datetime


@strawberry.type
class MentorshipMessageEdge:
    cursor: str
    node: MentorshipMessage


@strawberry.type
class MentorshipMessageConnection:
    total_count: int
    page_info: PageInfo
    edges: list[MentorshipMessageEdge]


@strawberry.field(description="The message thread, oldest first.", metadata=cost(SERVICE))
async def mentorship_messages(root: Mentorship, info: GraphInfo, first: int = 20,
                              after: str | None = None) -> MentorshipMessageConnection:
    page = await matching(info, "GET", "mentorships", str(root.id), "messages",
                          params=page_params(first, after))
    edges = [MentorshipMessageEdge(cursor=item["cursor"], node=from_json(MentorshipMessage, item))
             for item in page["items"]]
    return MentorshipMessageConnection(total_count=page["total"], page_info=page_info(page),
                                       edges=edges)


@strawberry.mutation(description="Write to the other side of an active or paused mentorship "
                                 "(up to 2,000 characters).", metadata=cost(SERVICE))
async def send_mentorship_message(info: GraphInfo, mentorship_id: strawberry.ID,
                                  text: str) -> MentorshipMessage:
    sent = await matching(info, "POST", "mentorships", str(mentorship_id), "messages",
                          json={"text": text})
    return from_json(MentorshipMessage, sent)
