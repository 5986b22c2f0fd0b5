"""What the matching routes take from the running service, as ``Annotated`` aliases.

Each getter is ``async def``: FastAPI runs a plain ``def`` dependency in its thread pool, a
thread hop for every dependency of every request (tests/unit/test_deps.py).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from services.matching.mentorship.cohort_runs import CohortRuns
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.messages import Messages
from services.matching.mentorship.organization_view import OrganizationView
from services.matching.mentorship.progress import MentorshipProgress
from services.matching.mentorship.report_review import ReportReview
from services.matching.mentorship.reports import Reports
from services.matching.model_registry.registry import ModelCache
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.ranking import Rankings
from services.matching.recommendations.store import MatchingStore
from services.matching.runtime import MatchingRuntime
from services.matching.settings import Settings
from services.matching.simulations.jobs import SimulationRunner
from services.matching.simulations.store import SimulationStore


def _runtime(request: Request) -> MatchingRuntime:
    runtime: MatchingRuntime = request.app.state.runtime
    return runtime


async def _settings(request: Request) -> Settings:
    return _runtime(request).settings


async def _store(request: Request) -> MatchingStore:
    return _runtime(request).store


async def _catalog(request: Request) -> CatalogCache:
    return _runtime(request).catalog


async def _models(request: Request) -> ModelCache:
    return _runtime(request).models


async def _rankings(request: Request) -> Rankings:
    return _runtime(request).rankings


async def _lifecycle(request: Request) -> Lifecycle:
    return _runtime(request).lifecycle


async def _thread(request: Request) -> Messages:
    return _runtime(request).messages


async def _progress(request: Request) -> MentorshipProgress:
    return _runtime(request).progress


async def _reports(request: Request) -> Reports:
    return _runtime(request).reports


async def _report_review(request: Request) -> ReportReview:
    return _runtime(request).report_review


async def _organization_view(request: Request) -> OrganizationView:
    return _runtime(request).organization_view


async def _directory(request: Request) -> MentorDirectory:
    return _runtime(request).mentors


async def _cohort_runs(request: Request) -> CohortRuns:
    return _runtime(request).cohort_runs


async def _simulations(request: Request) -> SimulationStore:
    return _runtime(request).simulations


async def _runner(request: Request) -> SimulationRunner:
    return _runtime(request).runner


MatchingSettings = Annotated[Settings, Depends(_settings)]
Store = Annotated[MatchingStore, Depends(_store)]
"""Applicants' profiles and stored recommendations (the read model built from events)."""
Catalog = Annotated[CatalogCache, Depends(_catalog)]
Models = Annotated[ModelCache, Depends(_models)]
"""The active model, as the engine uses it (cached per version)."""
Ranked = Annotated[Rankings, Depends(_rankings)]
"""Applicants' rankings, computed from their stored profiles when asked."""
Simulations = Annotated[SimulationStore, Depends(_simulations)]
Runner = Annotated[SimulationRunner, Depends(_runner)]
"""Wakes the simulation worker when a job is queued."""
Mentorships = Annotated[Lifecycle, Depends(_lifecycle)]
"""Requests, answers and endings of mentorships, and the caller's list (``.store``)."""
Directory = Annotated[MentorDirectory, Depends(_directory)]
"""Matching's read model of mentors, kept from MentorProfileUpdated."""
CohortRunner = Annotated[CohortRuns, Depends(_cohort_runs)]
"""Organizations' mentoring program runs: drafts, their publication, their report."""
Thread = Annotated[Messages, Depends(_thread)]
"""The message threads of mentorships."""
Progress = Annotated[MentorshipProgress, Depends(_progress)]
"""Goals and check-ins of mentorships."""
ProblemReports = Annotated[Reports, Depends(_reports)]
"""Problem reports, which pause a mentorship."""
ProblemReview = Annotated[ReportReview, Depends(_report_review)]
"""The organization's side of problem reports: listing them, resuming or ending the mentorship."""
OrganizationMentorships = Annotated[OrganizationView, Depends(_organization_view)]
"""The mentorships of the mentors an organization verified, as its admins see them."""
