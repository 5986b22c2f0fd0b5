"""The refit schedule: every ``refit_interval_hours``, once enough new or updated reports arrived.

Several matching instances may run it; each time slot is claimed with an insert (unique
``_id``), so only one of them refits.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import asdict

from services.matching.model_registry.refits import Refit, TooFewReports, refit_now
from services.matching.model_registry.registry import ModelRegistry
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.store import MatchingStore
from services.matching.settings import Settings
from smartpick.periodic import every

log = logging.getLogger(__name__)
CHECK_SECONDS = 600.0
"""How often the schedule looks for enough new reports (a count, cheap)."""


class RefitSchedule:
    """Refits every ``refit_interval_hours`` once ``refit_min_new_reports`` arrived or were
    updated since the last refit. Instances claim each time slot with an insert, so only one
    of them refits."""

    def __init__(self, outcomes: OutcomeStore, store: MatchingStore, registry: ModelRegistry,
                 settings: Settings) -> None:
        self._outcomes = outcomes
        self._store = store
        self._registry = registry
        self._settings = settings

    async def due(self) -> bool:
        """Enough reports arrived, or were updated (a match result added on Match Day), since
        the newest version was fitted."""
        newest = (await self._registry.history())[0]
        seen = newest.get("train_reports", 0) + newest.get("holdout_reports", 0)
        last = int(newest.get("revisions", seen))  # versions stored before revisions: reports
        return await self._outcomes.revision_count() - last >= self._settings.refit_min_new_reports

    async def run_once(self) -> Refit | None:
        period = self._settings.refit_interval_hours * 3600
        if not await self.due() or not await self._outcomes.claim(
                f"refit:{int(time.time() // period)}"):
            return None
        return await refit_now(self._outcomes, self._store, self._registry, self._settings)

    async def run(self, stopping: asyncio.Event) -> None:
        check = min(CHECK_SECONDS, self._settings.refit_interval_hours * 3600)
        await every(check, stopping, self._check, "scheduled refit")

    async def _check(self) -> None:
        try:
            refit = await self.run_once()
        except TooFewReports as reason:
            log.info("scheduled refit skipped: %s", reason)
            return
        if refit is not None:
            log.info("scheduled refit: %s", asdict(refit))
