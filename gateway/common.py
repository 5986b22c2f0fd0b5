"""What every domain of the schema shares: the resolvers' info, paging, the platform's enums."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from gateway.clients import call
from gateway.context import Context
from gateway.urls import service_url
from smartpick.auth import Role
from smartpick.events.mentoring import MentorPosition, MentorTopic, VisaPath
from smartpick.events.models import ApplicantType, Strictness, Visa
from smartpick.events.notifications import NotificationCategory

GraphInfo = Info[Context, None]

# The platform's own enums become GraphQL enums under their own names (registration only).
for _enum in (Role, ApplicantType, Visa, Strictness, MentorPosition, MentorTopic, VisaPath,
              NotificationCategory):
    strawberry.enum(_enum)


@strawberry.type(description="The central 80 % interval of a chance (or of an expected count), "
                             "from the uncertainty of the model's parameters; wider where the "
                             "published data are thin.")
class ChanceRange:
    low: float
    high: float


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


def page_info(page: dict[str, Any]) -> PageInfo:
    """From a service's page (``has_next``, ``end_cursor``)."""
    return PageInfo(has_next_page=page["has_next"], end_cursor=page["end_cursor"])


def page_params(first: int, after: str | None, **filters: Any) -> dict[str, Any]:
    """The query of a service's paged route; filters left out (None) are not sent."""
    params = {"first": first, **{k: v for k, v in filters.items() if v is not None}}
    if after:
        params["after"] = after
    return params


async def matching(info: GraphInfo, method: str, *path: str, **kwargs: Any) -> Any:
    """The answer of the matching service's route at ``path``, called as the signed-in caller."""
    context = info.context
    context.require_principal()
    return await call(context.http, method,
                      service_url(context.settings.matching_url, *path), context.token, **kwargs)
