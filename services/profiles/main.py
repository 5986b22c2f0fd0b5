"""Composition root of the profiles service: its settings, routes and runtime.

Run with `uvicorn --factory services.profiles.main:create_app`.
"""

from fastapi import FastAPI

from services.profiles.accounts import api as accounts
from services.profiles.accounts.passwords import HashingBusy
from services.profiles.applicants import api as applicants
from services.profiles.catalog import api as catalog
from services.profiles.mentors import api as mentors
from services.profiles.organizations import api as organizations
from services.profiles.runtime import ProfilesRuntime
from services.profiles.settings import Settings
from smartpick.service import service_app


def create_app(settings: Settings | None = None) -> FastAPI:
    routers = [accounts.router, applicants.router, mentors.router, catalog.router,
               organizations.router]
    return service_app(settings or Settings(), routers, ProfilesRuntime,
                       title="Smart Pick profiles",
                       exception_handlers={HashingBusy: accounts.busy})
