"""HTTP routes of a mentorship's message thread: its two people write and read, oldest first.

Anyone else gets 404, as for an unknown mentorship; writing to one that is not under way (ACTIVE
or PAUSED) is a 409 CONFLICT.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from services.matching.deps import Thread
from services.matching.mentorship.contract import MentorshipMessage, MessageInput, MessagePage
from smartpick.auth import CurrentPrincipal
from smartpick.events.models import ResourceId
from smartpick.http_errors import errors
from smartpick.paging import After, encode_cursor, offset_after

router = APIRouter(prefix="/mentorships", tags=["mentorships"], responses=errors(401))


@router.post("/{mentorship_id}/messages", status_code=201, response_model=MentorshipMessage,
             responses=errors(400, 404, 409, 413, 422))
async def send_message(mentorship_id: ResourceId, body: MessageInput,
                       principal: CurrentPrincipal, thread: Thread) -> MentorshipMessage:
    """Write to the other side of an active or paused mentorship (they are told in-app)."""
    return MentorshipMessage.of(await thread.send(mentorship_id, principal.account_id,
                                                  body.text))


@router.get("/{mentorship_id}/messages", response_model=MessagePage,
            responses=errors(400, 404, 422))
async def messages(mentorship_id: ResourceId, principal: CurrentPrincipal, thread: Thread,
                   first: Annotated[int, Query(ge=1, le=100)] = 20,
                   after: After = None) -> MessagePage:
    """The thread, oldest first: the next page holds what was written after."""
    start = offset_after(after)
    found, total = await thread.page(mentorship_id, principal.account_id, start, first)
    items = [MentorshipMessage.of(m, encode_cursor(str(start + n))) for n, m in enumerate(found)]
    return MessagePage(items=items, total=total, has_next=start + len(items) < total,
                       end_cursor=items[-1].cursor if items else None)
