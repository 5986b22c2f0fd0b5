"""What the profiles routes take from the running service, as ``Annotated`` aliases.

Each getter is ``async def``: FastAPI runs a plain ``def`` dependency in its thread pool, a
thread hop for every dependency of every request (tests/unit/test_deps.py).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from services.profiles.accounts.attempts import AttemptLimiter
from services.profiles.accounts.store import AccountsStore
from services.profiles.applicants.store import ApplicantsStore
from services.profiles.catalog.store import CatalogStore
from services.profiles.catalog.view import CatalogView
from services.profiles.mentors.store import MentorsStore
from services.profiles.organizations.invitations import InvitationsStore
from services.profiles.organizations.store import MembershipsStore
from services.profiles.runtime import ProfilesRuntime
from services.profiles.settings import Settings


def _runtime(request: Request) -> ProfilesRuntime:
    runtime: ProfilesRuntime = request.app.state.runtime
    return runtime


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _accounts(request: Request) -> AccountsStore:
    return _runtime(request).accounts


async def _attempts(request: Request) -> AttemptLimiter:
    return _runtime(request).attempts


async def _applicants(request: Request) -> ApplicantsStore:
    return _runtime(request).applicants


async def _mentors(request: Request) -> MentorsStore:
    return _runtime(request).mentors


async def _memberships(request: Request) -> MembershipsStore:
    return _runtime(request).memberships


async def _invitations(request: Request) -> InvitationsStore:
    return _runtime(request).invitations


async def _programs(request: Request) -> CatalogStore:
    return _runtime(request).programs


async def _catalog(request: Request) -> CatalogView:
    return _runtime(request).catalog


ProfilesSettings = Annotated[Settings, Depends(_settings)]
Accounts = Annotated[AccountsStore, Depends(_accounts)]
Attempts = Annotated[AttemptLimiter, Depends(_attempts)]
Applicants = Annotated[ApplicantsStore, Depends(_applicants)]
Mentors = Annotated[MentorsStore, Depends(_mentors)]
Memberships = Annotated[MembershipsStore, Depends(_memberships)]
Invitations = Annotated[InvitationsStore, Depends(_invitations)]
Programs = Annotated[CatalogStore, Depends(_programs)]
"""The catalog as stored (reads by id, imports); listings read ``Catalog``."""
Catalog = Annotated[CatalogView, Depends(_catalog)]
