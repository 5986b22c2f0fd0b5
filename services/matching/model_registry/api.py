"""HTTP route of the model registry: which model computes the numbers, fitted to what."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from services.matching.deps import Models
from smartpick.auth import CurrentPrincipal
from smartpick.http_errors import errors

router = APIRouter(responses=errors(401))


class SpecialtySpread(BaseModel):
    """How uncertain a specialty's chances are: the spread its 80 % ranges come from."""

    specialty: str
    fitted_from: str
    intercept_sd: float


class ModelInfo(BaseModel):
    """What an applicant may want to know about the numbers: which model, from what, how good."""

    version: int
    params_version: str
    sources: list[str]
    notes: str
    validation: dict[str, float]
    feature_model_error: float
    specialties: list[SpecialtySpread]


@router.get("/model", response_model=ModelInfo, tags=["model"])
async def model(principal: CurrentPrincipal, models: Models) -> ModelInfo:
    """The active model: its version, the published sources it was fitted to, and its
    leave-specialties-out validation, and each specialty's spread (docs/model.md)."""
    active = await models.active()
    params = active.params
    spreads = [SpecialtySpread(specialty=name, fitted_from=s.fitted_from,
                               intercept_sd=s.conversion_sd)
               for name, s in params.specialties.items()]
    return ModelInfo(version=active.version, params_version=params.version,
                     sources=params.sources, notes=params.notes,
                     validation=params.validation,
                     feature_model_error=params.intercept_error_tau, specialties=spreads)
