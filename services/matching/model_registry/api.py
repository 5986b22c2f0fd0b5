"""HTTP route of the model registry: which model computes the numbers, fitted to what."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from services.matching.deps import Models
from smartpick.auth import CurrentPrincipal
from smartpick.http_errors import errors

router = APIRouter(responses=errors(401))


class ModelInfo(BaseModel):
    """What an applicant may want to know about the numbers: which model, from what, how good."""

    version: int
    params_version: str
    sources: list[str]
    notes: str
    validation: dict[str, float]


@router.get("/model", response_model=ModelInfo, tags=["model"])
async def model(principal: CurrentPrincipal, models: Models) -> ModelInfo:
    """The active model: its version, the published sources it was fitted to, and its
    leave-specialties-out validation (docs/model.md)."""
    active = await models.active()
    return ModelInfo(version=active.version, params_version=active.params.version,
                     sources=active.params.sources, notes=active.params.notes,
                     validation=active.params.validation)
