"""The matching service's one registry: which domain's handler each event goes to."""

from __future__ import annotations

from services.matching.model_registry.handlers import outcome_deleted, outcome_reported
from services.matching.recommendations.handlers import (
    Dependencies,
    applicant_updated,
    program_upserted,
)
from smartpick.events import (
    ApplicantProfileUpdated,
    OutcomeDeleted,
    OutcomeReported,
    ProgramUpserted,
)
from smartpick.registry import HandlerRegistry

HANDLERS = (HandlerRegistry[Dependencies]()
            .add(ApplicantProfileUpdated, applicant_updated)
            .add(OutcomeReported, outcome_reported)
            .add(OutcomeDeleted, outcome_deleted)
            .add(ProgramUpserted, program_upserted))
