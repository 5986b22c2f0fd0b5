"""The notice that an applicant's program list was computed (again)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from services.notifications.dispatch import Dispatcher, Outgoing
from smartpick.events import CloudEvent, RecommendationsReady
from smartpick.inbox import effect_id

RECIPIENTS_AT_ONCE = 32
"""Recipients of one batch whose notices are sent side by side. A notice waited on about eleven
store round trips (preferences, address, pointer, notice, index, old notice, ledger); one after
another they held the service near 40 notices a second on FerretDB while its CPU and the
store's had room left. At 8, the service was handling for 95 % of its wall time at 100 updates
a second, about 105 notices a second while busy, and its notices were seconds behind the
lists; at 32, a batch's recipients (about 13 then) all go at once (benchmarks/RESULTS.md,
issue 13). The database client's pool (8 connections) still bounds the commands in flight."""


async def recommendations_ready(event: RecommendationsReady, envelope: CloudEvent,
                                dispatcher: Dispatcher) -> None:
    # Catalog imports and model refits tell everyone, often several times a day: the newest
    # list's notice replaces an unread older one (current_at) instead of piling up beside it.
    # The newest list is the one of the newest profile (based_on), then of the latest event: a
    # catalog change's counts can come from the profile before a save whose list came first.
    await dispatcher.send(Outgoing(
        id=effect_id(envelope, "in-app"), event_id=envelope.id, recipient=event.applicant_id,
        kind="RECOMMENDATIONS_READY", current_at=envelope.time,
        based_on=event.profile_updated_at,
        params={"reason": event.reason, "eligible_count": event.eligible_count,
                "excluded_count": event.excluded_count}))


async def lists_ready(events: Sequence[tuple[RecommendationsReady, CloudEvent]],
                      dispatcher: Dispatcher) -> None:
    """A run of list events, without the consumer's inbox: handling one again changes nothing
    (its notice's id is fixed, and an older one never replaces a newer). Each recipient's
    events are sent in their order, by one task: a recipient's current-notice mark keeps one
    writer. Different recipients go side by side, at most ``RECIPIENTS_AT_ONCE``; if one fails,
    the others are cancelled and awaited before the error reaches the consumer, which then
    retries the batch with nothing of it still running."""
    runs: dict[str, list[tuple[RecommendationsReady, CloudEvent]]] = {}
    for event, envelope in events:
        runs.setdefault(event.applicant_id, []).append((event, envelope))
    slots = asyncio.Semaphore(RECIPIENTS_AT_ONCE)

    async def in_order(run: list[tuple[RecommendationsReady, CloudEvent]]) -> None:
        async with slots:
            for event, envelope in run:
                await recommendations_ready(event, envelope, dispatcher)

    async with asyncio.TaskGroup() as group:
        for run in runs.values():
            group.create_task(in_order(run))
