"""Composition root of the matching service: its settings, routes and runtime.

Run with `uvicorn --factory services.matching.main:create_app`.
"""

from fastapi import FastAPI

from services.matching.mentorship import api as mentorship_api
from services.matching.mentorship import (
    cohort_runs_api,
    messages_api,
    progress_api,
    report_review_api,
)
from services.matching.mentorship import search_api as mentor_search_api
from services.matching.model_registry import api as model_registry_api
from services.matching.recommendations import api as recommendations_api
from services.matching.runtime import MatchingRuntime
from services.matching.settings import Settings
from services.matching.simulations import api as simulations_api
from services.matching.simulations.contract import UPLOAD_PATH
from smartpick.service import service_app


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    uploads = {UPLOAD_PATH: settings.simulation_max_upload_bytes}
    routers = [model_registry_api.router, recommendations_api.router, simulations_api.router,
               mentorship_api.router, mentor_search_api.router, cohort_runs_api.router,
               messages_api.router, progress_api.router, report_review_api.router]
    return service_app(settings, routers, MatchingRuntime, large_bodies=uploads,
                       title="Smart Pick matching")
