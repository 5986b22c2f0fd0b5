"""Tells applicants their lists changed when the catalog or the model did.

A catalog change or a newly active model writes nothing per applicant: the handler (or the model
follower below) records one change with the specialties it concerns (``MatchingStore.
record_change``, a unique insert, so a redelivered batch records nothing new). This worker waits
until changes stop arriving for ``quiet`` seconds (at most ``longest``), so an import of
thousands of programs tells each follower once; then it scores every follower in one pass and
publishes a RecommendationsReady event each, and only then forgets the changes.

Delivery: the recorded change is the durable intent, like an outbox entry whose events are made
when it is published. A crash before the changes are forgotten publishes them again with the
same event ids (derived from applicant and batch), which consumers recognise. Instances share
the work through a claim on the batch (a unique insert), taken over if its holder died.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import Literal

from services.matching.model_registry.registry import ModelRegistry
from services.matching.recommendations.ranking import Rankings, stable_id
from services.matching.recommendations.store import MatchingStore
from smartpick.events import RecommendationsReady
from smartpick.events.models import ApplicantProfile
from smartpick.metrics import LIST_CHANGES_PENDING
from smartpick.mongo import Document, as_utc
from smartpick.publisher import Publisher, envelope_for

log = logging.getLogger(__name__)
CLAIM_FOR = timedelta(minutes=5)
"""How long a claimed batch waits for the instance that claimed it (which may have died)."""
CHUNK = 500
"""Followers scored and published together."""


class ChangeNotifier:
    def __init__(self, store: MatchingStore, registry: ModelRegistry, rankings: Rankings,
                 publisher: Publisher, quiet: float = 1.0, longest: float = 10.0) -> None:
        self._store = store
        self._registry = registry
        self._rankings = rankings
        self._publisher = publisher
        self._quiet = timedelta(seconds=quiet)
        self._longest = timedelta(seconds=longest)

    async def follow_model(self) -> bool:
        """Record a change for everyone once per newly active model, whoever activated it (the
        refit command, the schedule of another instance) and even if that process died right
        after: the followed version is recorded only once the change is."""
        active = await self._registry.active_version()
        if active == await self._registry.flagged_version():
            return False
        await self._store.record_change(f"model:{active}", None, "model")
        await self._registry.set_flagged(active)
        return True

    async def notify_pending(self) -> int:
        """Tell the followers of the pending changes, once they settled; how many were told."""
        changes = await self._store.pending_changes()
        LIST_CHANGES_PENDING.set(len(changes))  # read each pass anyway: the gauge costs nothing
        if not changes:
            return 0
        now = datetime.now(UTC)
        times = [as_utc(change["at"]) for change in changes]
        if now - max(times) < self._quiet and now - min(times) < self._longest:
            return 0
        batch = min(changes, key=lambda change: (as_utc(change["at"]), change["_id"]))["_id"]
        claim = f"notify|{batch}"
        if not await self._store.claim_for(claim, CLAIM_FOR):
            return 0
        try:
            told = await self._tell(changes, batch)
            await self._store.forget_changes([change["_id"] for change in changes])
            LIST_CHANGES_PENDING.dec(len(changes))
        finally:
            await self._store.release(claim)
        log.info("told %d applicants that %d changes concern them", told, len(changes))
        return told

    async def _tell(self, changes: list[Document], batch: str) -> int:
        specialties: list[str] | None = sorted(
            {name for change in changes for name in change["specialties"] or ()})
        if any(change["specialties"] is None for change in changes):
            specialties = None
        reason: Literal["catalog", "model"] = (
            "model" if any(change["reason"] == "model" for change in changes) else "catalog")
        told, chunk = 0, []
        async for follower in self._store.followers(specialties):
            chunk.append(follower)
            if len(chunk) == CHUNK:
                told += await self._publish(chunk, batch, reason)
                chunk = []
        return told + await self._publish(chunk, batch, reason)

    async def _publish(self, followers: list[Document], batch: str,
                       reason: Literal["catalog", "model"]) -> int:
        if not followers:
            return 0
        profiles = [ApplicantProfile.model_validate(f["profile"]) for f in followers]
        counts = await self._rankings.counts(profiles)
        events = []
        for follower, (eligible, excluded) in zip(followers, counts, strict=True):
            profile_at = follower.get("profile_at")  # absent for profiles kept before it was
            event = RecommendationsReady(applicant_id=follower["_id"], eligible_count=eligible,
                                         excluded_count=excluded, computed_for=batch,
                                         reason=reason,
                                         profile_updated_at=profile_at and as_utc(profile_at))
            envelope = envelope_for(event, self._publisher.source,
                                    stable_id(follower["_id"], batch))
            events.append((event.topic, envelope))
        await self._publisher.send_many(events)
        return len(events)

    async def run(self, stopping: asyncio.Event, idle_seconds: float = 1.0) -> None:
        while not stopping.is_set():
            try:
                await self.follow_model()
                await self.notify_pending()
            except Exception:
                log.exception("telling applicants about changes failed; retrying")
            try:
                await asyncio.wait_for(stopping.wait(), idle_seconds)
            except TimeoutError:
                pass
