"""The repair sweep: finishes or undoes what a matching process that died mid-change left behind.

A change is a claim (claims.py), then a transition marker, then the document's write, then the
release of claims no longer held; a process may die between any two. Now and then one instance
(the one that takes the turn: store.take_repair_turn) looks at what is older than ``after``, far
longer than any live change takes, and

1. writes a transition whose marker exists but whose document is still at the marker's revision
   (the marker holds the whole change, and the event keeps its id), and forgets markers a day old;
2. frees every claim its mentorship does not hold (rules.holds), if that mentorship last changed
   before ``after`` too, so its own writer, done long ago, is not freeing it at the same moment:
   a slot or mentee claim of an accept that lost or died before its marker, the open request of
   a mentorship answered since, the claims of a request whose document was never written, the
   mentee claim of a mentorship ended by a writer that died before freeing it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from services.matching.mentorship.claims import Claims
from services.matching.mentorship.rules import holds
from services.matching.mentorship.store import MentorshipStore
from smartpick.events.mentorships import MentorshipChange
from smartpick.mongo import Document, as_utc

log = logging.getLogger(__name__)
MARKERS_KEPT = timedelta(days=1)
"""A marker is kept this long after its change: a writer that read the revision before cannot
claim it again meanwhile (no request lives that long)."""


class Repair:
    def __init__(self, store: MentorshipStore, claims: Sequence[Claims],
                 after: timedelta) -> None:
        self._store = store
        self._claims = claims
        self._after = after

    async def run_once(self) -> tuple[int, int]:
        """(transitions finished, claims freed); (0, 0) when another instance has this turn."""
        now = datetime.now(UTC)
        turn = f"{int(now.timestamp() // self._after.total_seconds())}"
        if not await self._store.take_repair_turn(turn, now - MARKERS_KEPT):
            return 0, 0
        cutoff = now - self._after
        finished = await self._finish_transitions(cutoff, now - MARKERS_KEPT)
        freed = 0
        for claims in self._claims:
            freed += await self._free_claims(claims, cutoff)
        if finished or freed:
            log.warning("repaired mentorships: %d transitions finished, %d claims freed",
                        finished, freed)
        return finished, freed

    async def _finish_transitions(self, cutoff: datetime, forget_before: datetime) -> int:
        finished = 0
        for marker in await self._store.transitions_before(cutoff):
            mentorship = await self._store.get(marker["mentorship_id"])
            if mentorship is not None and mentorship["revision"] == marker["from_revision"]:
                finished += await self._store.apply(mentorship, marker) is not None
            elif as_utc(marker["at"]) < forget_before:
                await self._store.forget_transition(marker["_id"])
        return finished

    async def _free_claims(self, claims: Claims, cutoff: datetime) -> int:
        freed = 0
        for claim in await claims.older_than(cutoff):
            mentorship = await self._store.get(claim["mentorship_id"])
            if mentorship is not None and as_utc(mentorship["updated_at"]) >= cutoff:
                continue  # changed lately: its writer frees what it no longer holds
            if not await self._held(claims, claim, mentorship):
                await claims.release(claim["_id"], claim["mentorship_id"])
                freed += 1
        return freed

    async def _held(self, claims: Claims, claim: Document, mentorship: Document | None) -> bool:
        held = holds(claims.kind, claim["_id"], mentorship)
        if held is None and mentorship is not None:
            # an accept's slot or mentee claim: kept while its marker is there (the next turn
            # writes that accept)
            marker = await self._store.marker(mentorship["_id"], mentorship["revision"])
            held = marker is not None and (marker["slot"] == claim["_id"] if claims.kind == "slot"
                                           else marker["change"] == MentorshipChange.ACCEPTED)
        return bool(held)
