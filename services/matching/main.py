"""Composition root of the matching service: its settings, routes and runtime.

Run with `uvicorn --factory services.matching.main:create_app`.
"""

from fastapi import FastAPI

from services.matching import api, simulation_api
from services.matching.runtime import MatchingRuntime
from services.matching.settings import Settings
from smartpick.service import service_app


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    uploads = {simulation_api.UPLOAD_PATH: settings.simulation_max_upload_bytes}
    return service_app(settings, [api.router, simulation_api.router], MatchingRuntime,
                       large_bodies=uploads, title="Smart Pick matching")
