"""The profiles service's typed runtime: its stores, the listed catalog and the attempt limiter,
built once per process. Profiles consumes no events; it publishes its changes."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from services.profiles.accounts import store as accounts
from services.profiles.accounts.attempts import AttemptLimiter
from services.profiles.applicants import store as applicants
from services.profiles.catalog import store as catalog
from services.profiles.catalog.view import CatalogView
from services.profiles.mentors import store as mentors
from services.profiles.organizations import store as memberships
from services.profiles.organizations.invitations import InvitationsStore
from services.profiles.settings import Settings
from smartpick.periodic import every
from smartpick.service import ServiceRuntime

OUTBOX_COLLECTIONS = (*applicants.OUTBOX_COLLECTIONS, *mentors.OUTBOX_COLLECTIONS,
                      *catalog.OUTBOX_COLLECTIONS, *accounts.OUTBOX_COLLECTIONS,
                      *memberships.OUTBOX_COLLECTIONS)


class ProfilesRuntime(ServiceRuntime[Settings]):
    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, outbox_collections=OUTBOX_COLLECTIONS)
        self.accounts = accounts.AccountsStore(self.db, self.outbox)
        self.applicants = applicants.ApplicantsStore(self.db, self.outbox)
        self.mentors = mentors.MentorsStore(self.db, self.outbox)
        self.memberships = memberships.MembershipsStore(self.db, self.outbox)
        self.invitations = InvitationsStore(self.db)
        self.programs = catalog.CatalogStore(self.db, self.outbox)
        self.catalog = CatalogView(self.programs, reload_seconds=settings.catalog_reload_seconds)
        self.attempts = AttemptLimiter(self.db.attempts)
        self.workers["forget-attempts"] = partial(
            every, 3600.0, job=partial(self.attempts.forget_older_than, timedelta(minutes=5)),
            what="forgetting old sign-in attempts")
        self.workers["catalog-view"] = partial(every, settings.catalog_check_seconds,
                                               job=self.catalog.refresh,
                                               what="refreshing the catalog")

    async def prepare(self) -> None:
        await self.accounts.ensure_indexes()
        await self.applicants.ensure_indexes()
        await self.memberships.ensure_indexes()
        await self.invitations.ensure_indexes()
