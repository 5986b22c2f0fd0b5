"""The program catalog in GraphQL, kept by the profiles service."""

from __future__ import annotations

import strawberry

from gateway.clients import call
from gateway.common import GraphInfo, PageInfo, page_info, page_params
from gateway.cost import SERVICE, cost
from gateway.mapping import from_json
from gateway.urls import service_url
from smartpick.events.models import Strictness
from smartpick.paging import encode_cursor


@strawberry.type
class IntRequirement:
    value: int
    strictness: Strictness


@strawberry.type
class BoolRequirement:
    value: bool
    strictness: Strictness


@strawberry.type(description="A residency program; null fields are unknown, never guessed.")
class Program:
    id: strawberry.ID
    name: str
    institution: str | None
    specialty: str
    city: str | None
    state: str | None
    positions: int | None
    img_share: float | None
    sponsors_j1: bool | None
    sponsors_h1b: bool | None
    min_step2_score: IntRequirement | None
    max_years_since_graduation: IntRequirement | None
    min_usce_months: IntRequirement | None
    accepts_failed_attempts: BoolRequirement | None
    ecfmg_by_rank_deadline: BoolRequirement | None


@strawberry.type
class ProgramEdge:
    cursor: str
    node: Program


@strawberry.type
class ProgramConnection:
    total_count: int
    page_info: PageInfo
    edges: list[ProgramEdge]


@strawberry.field(metadata=cost(SERVICE))
async def programs(info: GraphInfo, first: int = 20, after: str | None = None,
                   specialty: str | None = None, state: str | None = None) -> ProgramConnection:
    context = info.context
    context.require_principal()
    page = await call(context.http, "GET",
                      service_url(context.settings.profiles_url, "programs"), context.token,
                      params=page_params(first, after, specialty=specialty, state=state))
    edges = [ProgramEdge(cursor=encode_cursor(item["id"]), node=from_json(Program, item))
             for item in page["items"]]
    return ProgramConnection(total_count=page["total"], edges=edges, page_info=page_info(page))


@strawberry.field(metadata=cost(SERVICE))
async def program(info: GraphInfo, id: strawberry.ID) -> Program:
    context = info.context
    context.require_principal()
    found = await call(context.http, "GET",
                       service_url(context.settings.profiles_url, "programs", id), context.token)
    return from_json(Program, found)
