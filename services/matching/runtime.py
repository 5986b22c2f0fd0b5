"""The matching service's typed runtime: its stores, engine caches, simulation queue, handlers
and workers, built once per process."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from functools import partial

from services.matching.handlers import HANDLERS, Dependencies
from services.matching.mentorship.claims import Claims
from services.matching.mentorship.cohort_runs import CohortRuns
from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.messages import COLLECTION as MESSAGES
from services.matching.mentorship.messages import Messages
from services.matching.mentorship.organization_members import OrganizationMembers
from services.matching.mentorship.organization_view import OrganizationView
from services.matching.mentorship.progress import MentorshipProgress
from services.matching.mentorship.reminders import COLLECTION as REMINDERS
from services.matching.mentorship.reminders import Reminders
from services.matching.mentorship.repair import Repair
from services.matching.mentorship.report_review import ReportReview
from services.matching.mentorship.reports import COLLECTION as REPORTS
from services.matching.mentorship.reports import Reports
from services.matching.mentorship.store import OUTBOX_COLLECTIONS as MENTORSHIP_OUTBOX
from services.matching.mentorship.store import MentorshipStore
from services.matching.mentorship.suggestion_push import COLLECTION as SUGGESTIONS
from services.matching.mentorship.suggestion_push import MentorSuggestions
from services.matching.model_registry.refit_schedule import RefitSchedule
from services.matching.model_registry.registry import ModelCache, ModelRegistry
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.changes import ChangeNotifier
from services.matching.recommendations.ranking import Rankings
from services.matching.recommendations.store import OUTBOX_COLLECTIONS, MatchingStore
from services.matching.settings import Settings
from services.matching.simulations.jobs import SimulationRetention, SimulationRunner
from services.matching.simulations.store import OUTBOX_COLLECTIONS as SIMULATION_OUTBOX
from services.matching.simulations.store import SimulationStore
from smartpick.periodic import every
from smartpick.service import ServiceRuntime

log = logging.getLogger(__name__)


class MatchingRuntime(ServiceRuntime[Settings]):
    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, outbox_collections=(*OUTBOX_COLLECTIONS, *SIMULATION_OUTBOX,
                                                       *MENTORSHIP_OUTBOX, MESSAGES, REPORTS,
                                                       SUGGESTIONS, REMINDERS))
        self.store = MatchingStore(self.db, self.outbox)
        self.outcomes = OutcomeStore(self.db)
        self.model_registry = ModelRegistry(self.db)
        self.catalog = CatalogCache(self.store)
        self.models = ModelCache(self.model_registry)
        self.rankings = Rankings(self.catalog, self.models)
        notifier = ChangeNotifier(self.store, self.model_registry, self.rankings, self.publisher)
        self.simulations = SimulationStore(self.db, self.outbox)
        self.runner = SimulationRunner(self.simulations, settings.simulation_timeout_seconds,
                                       settings.simulation_poll_seconds)
        self.mentors = MentorDirectory(self.db)
        self.mentorships = MentorshipStore(self.db, self.outbox)
        slots, requests, pairs, mentees = (Claims(self.db, kind)
                                           for kind in ("slot", "request", "pair", "mentee"))
        self.claims = (slots, requests, pairs, mentees)
        self.lifecycle = Lifecycle(self.mentorships, self.mentors, slots, requests, pairs,
                                   mentees)
        self.messages = Messages(self.db, self.outbox, self.lifecycle)
        self.progress = MentorshipProgress.of(self.db, self.lifecycle)
        self.members = OrganizationMembers(self.db)
        self.cohort_runs = CohortRuns(
            self.db, self.store, self.mentors, self.members, self.lifecycle, self.progress,
            timedelta(seconds=settings.cohort_publication_lease_seconds))
        self.reports = Reports(self.db, self.outbox, self.lifecycle, self.mentors)
        self.suggestions = MentorSuggestions(self.db, self.outbox, self.mentors,
                                             self.mentorships, pairs, self.rankings)
        self.reminders = Reminders(self.db, self.outbox)
        self.report_review = ReportReview(self.db, self.lifecycle)
        self.organization_view = OrganizationView(self.mentors, self.mentorships)
        self.handlers = HANDLERS.bind(Dependencies(self.store, self.catalog, self.rankings,
                                                   self.outcomes, self.mentors, self.lifecycle,
                                                   self.suggestions, self.members))
        self.workers["list-changes"] = notifier.run
        self.workers["retire-stored-lists"] = self._retire_stored_lists
        self.workers["match-simulations"] = self.runner.run
        if settings.simulation_retention is not None:
            self.workers["simulation-retention"] = SimulationRetention(
                self.simulations, settings.simulation_retention).run
        ttl = timedelta(seconds=settings.mentorship_request_ttl_seconds)
        self.workers["mentorship-expiry"] = partial(
            every, settings.mentorship_expiry_poll_seconds,
            job=partial(self.lifecycle.expire_unanswered, ttl), what="expiring mentorship requests")
        repair_after = settings.mentorship_repair_after_seconds
        repair = Repair(self.mentorships, self.claims, timedelta(seconds=repair_after))
        self.workers["mentorship-repair"] = partial(
            every, repair_after, job=repair.run_once, what="repairing mentorships")
        self.workers["mentorship-reminders"] = partial(
            every, settings.mentorship_reminder_poll_seconds, job=self.reminders.run_once,
            what="sending mentorship reminders")
        if settings.refit_interval_hours > 0:
            self.workers["refit"] = RefitSchedule(self.outcomes, self.store, self.model_registry,
                                                   settings).run

    async def _retire_stored_lists(self, stopping: asyncio.Event) -> None:
        """Once at start-up (the publisher is running by then); then idle, as a worker that
        ended would tell /readyz the process is broken."""
        if sent := await self.store.retire_stored_lists(self.publisher):
            log.info("published %d events staged with stored lists, then dropped them", sent)
        await stopping.wait()

    async def prepare(self) -> None:
        await self.store.ensure_indexes()
        await self.store.forget_silent_writers()
        await self.store.forget_old_claims()
        await self.simulations.ensure_indexes()
        await self.mentorships.ensure_indexes()
        await self.cohort_runs.ensure_indexes()
        await self.messages.ensure_indexes()
        await self.progress.ensure_indexes()
        await self.reminders.ensure_indexes()
        await self.report_review.ensure_indexes()
        for claims in self.claims:
            await claims.ensure_indexes()
