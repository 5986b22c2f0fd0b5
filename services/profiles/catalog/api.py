"""HTTP routes of the program catalog: pages of programs, filtered, and programs by id.

Listings read the in-memory ``CatalogView``, never the database.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query
from pydantic import BaseModel

from services.profiles.deps import Catalog
from smartpick.auth import CurrentPrincipal
from smartpick.events.models import Program, ResourceId, Specialty, StateCode
from smartpick.http_errors import errors
from smartpick.paging import After, decode_cursor, encode_cursor

router = APIRouter()


class ProgramPage(BaseModel):
    items: list[Program]
    total: int
    has_next: bool
    end_cursor: str | None


def _program(document: dict[str, Any]) -> Program:
    return Program.model_validate(
        {"id": document["_id"], **{k: v for k, v in document.items() if k in Program.model_fields}})


@router.get("/programs", response_model=ProgramPage, tags=["catalog"],
            responses=errors(400, 401, 422))
async def list_programs(
    principal: CurrentPrincipal, catalog: Catalog,
    first: Annotated[int, Query(ge=1, le=200)] = 50, after: After = None,
    specialty: Specialty | None = None, state: StateCode | None = None,
    ids: Annotated[str | None, Query(max_length=500 * 65,
                                     description="up to 500 comma-separated program ids")] = None,
) -> ProgramPage:
    if ids is not None:
        wanted = [i for i in ids.split(",") if i][:500]
        found = [_program(d) for d in await catalog.by_ids(wanted)]
        return ProgramPage(items=found, total=len(found), has_next=False, end_cursor=None)
    page = await catalog.page(first=first, after=decode_cursor(after),
                              specialty=specialty, state=state)
    items = [_program(d) for d in page.items]
    end = encode_cursor(items[-1].id) if items else None
    return ProgramPage(items=items, total=page.total, has_next=page.has_next, end_cursor=end)


@router.get("/programs/{program_id}", response_model=Program, tags=["catalog"],
            responses=errors(401, 404, 422))
async def get_program(program_id: Annotated[ResourceId, Path()], principal: CurrentPrincipal,
                      catalog: Catalog) -> Program:
    found = await catalog.by_ids([program_id])
    if not found:
        raise HTTPException(404, "no program with this id")
    return _program(found[0])
