"""The services' real FastAPI apps over in-memory fakes of their stores, for route tests without
I/O: the lifespan (Kafka, MongoDB) never runs, the routes and their validation do."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, cast

from fastapi import FastAPI

from engine import CatalogArrays, shipped_params
from services.matching.main import create_app as matching_app
from services.matching.model_registry.registry import ActiveModel, ModelCache
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.ranking import Rankings
from services.matching.runtime import MatchingRuntime
from services.matching.settings import Settings as MatchingSettings
from services.notifications.main import create_app as notifications_app
from services.notifications.settings import Settings as NotificationsSettings
from services.profiles.catalog.demo import generate_catalog
from services.profiles.main import create_app as profiles_app
from services.profiles.settings import Settings as ProfilesSettings
from smartpick.auth import Principal, Role, issue_token
from smartpick.events.models import ApplicantProfile

SECRET = "unit-test-secret-of-at-least-32-characters"
APPLICANT = "applicant-1"
ORGANIZATION = "organization-1"
PROFILE_WITHOUT_SPECIALTY = ApplicantProfile(applicant_type="non_us_img", graduation_year=2021,
                                step2_score=240, specialties=[])


def bearer(account_id: str = APPLICANT, role: Role = Role.APPLICANT,
           secret: str = SECRET) -> dict[str, str]:
    return {"authorization": "Bearer " + issue_token(Principal(account_id, role), secret, 600)}


class FakeMatchingStore:
    def __init__(self) -> None:
        self.profiles: dict[str, ApplicantProfile] = {APPLICANT: PROFILE_WITHOUT_SPECIALTY}
        self.saved_at = datetime(2026, 11, 1, tzinfo=UTC)

    async def applicant(self, applicant_id: str) -> ApplicantProfile | None:
        return self.profiles.get(applicant_id)

    async def applicant_record(self, applicant_id: str) -> dict[str, Any] | None:
        found = self.profiles.get(applicant_id)
        if found is None:
            return None
        return {"_id": applicant_id, "profile": found.model_dump(), "profile_at": self.saved_at}


class FakeCatalog:
    arrays_ = CatalogArrays.from_programs(
        [p for p in generate_catalog() if p.specialty == "Internal Medicine"][:100])

    async def arrays(self) -> CatalogArrays:
        return self.arrays_


class FakeModels:
    async def active(self) -> ActiveModel:
        return ActiveModel(1, shipped_params())


class FakeSimulations:
    def __init__(self) -> None:
        self.created: list[dict[str, Any]] = []

    async def pending_of(self, requested_by: str) -> int:
        return 0

    async def create(self, requested_by: str, name: str, options: dict[str, Any],
                     instance_gz: bytes | None) -> dict[str, Any]:
        job = {"_id": f"job-{len(self.created)}", "requested_by": requested_by, "name": name,
               "status": "queued", "source": "upload" if instance_gz else "generated",
               **options, "attempts": 0, "created_at": datetime.now(UTC)}
        self.created.append(job)
        return job

    async def jobs_of(self, requested_by: str, skip: int,
                      limit: int) -> tuple[list[dict[str, Any]], int]:
        mine = [job for job in self.created if job["requested_by"] == requested_by]
        return mine[skip:skip + limit], len(mine)


class FakeRunner:
    def submitted(self) -> None:
        pass


def matching(**settings: Any) -> tuple[FastAPI, MatchingRuntime]:
    """The matching app with fakes; ``settings`` override its settings."""
    config = MatchingSettings(jwt_secret=SECRET, **settings)
    app = matching_app(config)
    catalog, models = FakeCatalog(), FakeModels()
    faked = SimpleNamespace(settings=config, store=FakeMatchingStore(), catalog=catalog,
                            models=models, simulations=FakeSimulations(), runner=FakeRunner(),
                            rankings=Rankings(cast(CatalogCache, catalog),
                                              cast(ModelCache, models)))
    app.state.runtime = faked
    return app, cast(MatchingRuntime, faked)


def profiles() -> FastAPI:
    """The profiles app with no database: for requests refused before a route reads one."""
    config = ProfilesSettings(jwt_secret=SECRET)
    app = profiles_app(config)
    app.state.runtime = SimpleNamespace(accounts=None, attempts=None, applicants=None,
                                        mentors=None, programs=None, catalog=None, settings=config)
    return app


def notifications() -> FastAPI:
    """The notifications app with no database, like ``profiles``."""
    config = NotificationsSettings(jwt_secret=SECRET)
    app = notifications_app(config)
    app.state.runtime = SimpleNamespace(store=None, settings=config)
    return app
