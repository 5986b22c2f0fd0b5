"""The worker that delivers queued webhook messages, retrying on the configured schedule.

Handlers only record messages (``MessagesStore.record``) and wake the worker; it starts every
queued message that is due, right away when woken and otherwise every ``webhook_sweep_seconds``
(which also resumes what a dead process left). Each message's attempts run one at a time, each
under its endpoint's limits (limits.py), signed anew at its own moment. 2xx delivers; anything
else, a timeout or a redirect is retried after the next wait; 410 Gone, or an endpoint failing
for ``webhook_disable_after_seconds``, disables the endpoint and tells its organization.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from services.notifications.settings import Settings
from services.notifications.webhooks.endpoints import EndpointsStore, secrets_of
from services.notifications.webhooks.limits import EndpointLimits
from services.notifications.webhooks.schedule import next_wait
from services.notifications.webhooks.signing import NoValidSecret, signed_headers
from services.notifications.webhooks.store import PENDING, MessagesStore
from services.notifications.webhooks.transport import DeliveryResult, post_webhook
from smartpick.mongo import Document, as_utc

log = logging.getLogger(__name__)
GONE = 410
Tell = Callable[[Document, str], Awaitable[None]]
"""Tells an endpoint's organization that it was disabled, and why."""


class WebhookWorker:
    def __init__(self, messages: MessagesStore, endpoints: EndpointsStore, settings: Settings,
                 tell: Tell) -> None:
        self._messages = messages
        self._endpoints = endpoints
        self._settings = settings
        self._tell = tell
        self._limits = EndpointLimits(settings.webhook_endpoint_concurrency,
                                      settings.webhook_concurrency,
                                      settings.webhook_rate_per_second)
        self._woken = asyncio.Event()
        self._in_flight: dict[str, asyncio.Task[None]] = {}

    def wake(self) -> None:
        """A message was recorded: start it now rather than at the next sweep."""
        self._woken.set()

    async def run(self, stopping: asyncio.Event) -> None:
        """Start what is due until ``stopping``; a failing sweep is logged and tried again."""
        try:
            while not stopping.is_set():
                self._woken.clear()
                try:
                    await self.start_due()
                except Exception:
                    log.exception("sweeping webhook messages failed")
                wake, stop = (asyncio.create_task(self._woken.wait()),
                              asyncio.create_task(stopping.wait()))
                await asyncio.wait({wake, stop}, timeout=self._settings.webhook_sweep_seconds,
                                   return_when=asyncio.FIRST_COMPLETED)
                for task in (wake, stop):
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
        finally:
            for attempt in self._in_flight.values():
                attempt.cancel()
            await asyncio.gather(*self._in_flight.values(), return_exceptions=True)

    async def start_due(self) -> int:
        """Start an attempt for each queued message due and not already in flight here."""
        now = datetime.now(UTC)
        due = sorted((entry for entry in await self._messages.pending()
                      if as_utc(entry["due_at"]) <= now and entry["_id"] not in self._in_flight),
                     key=lambda entry: as_utc(entry["due_at"]))
        for entry in due:
            self._in_flight[entry["_id"]] = asyncio.create_task(
                self._attempt(entry["_id"], entry["endpoint_id"]))
        return len(due)

    async def _attempt(self, message_id: str, endpoint_id: str) -> None:
        try:
            async with self._limits.slot(endpoint_id):
                await self._deliver(message_id)
        except Exception:  # one message's trouble must not stop the others
            log.exception("webhook message %s: attempt failed unexpectedly", message_id)
        finally:
            self._in_flight.pop(message_id, None)

    async def _deliver(self, message_id: str) -> None:
        message = await self._messages.message(message_id)
        if message is None or message["status"] != PENDING:
            await self._messages.forget_queued(message_id)
            return
        endpoint = await self._endpoints.get(message["endpoint_id"])
        off = await self._off_reason(endpoint)
        if off is not None:
            await self._messages.failed(message_id, int(message["attempts"]), off)
            return
        assert endpoint is not None
        attempt = await self._messages.claim_attempt(message, self._settings.webhook_claim_seconds)
        if attempt is None:
            return  # another process is on it
        result = await self._send(message, endpoint)
        await self._messages.log_attempt(message_id, attempt, result)
        if result.ok:
            await self._messages.delivered(message_id, attempt)
            await self._endpoints.succeeded(endpoint["_id"])
        else:
            await self._failed(message, endpoint, attempt, result)

    async def _off_reason(self, endpoint: Document | None) -> str | None:
        if endpoint is None:
            return "endpoint deleted"
        if not endpoint["enabled"]:
            return "endpoint disabled by its organization"
        reason = await self._endpoints.disabled_reason(endpoint["_id"])
        return None if reason is None else f"endpoint disabled: {reason}"

    async def _send(self, message: Document, endpoint: Document) -> DeliveryResult:
        body = message["body"].encode()
        try:
            headers = signed_headers(message["_id"], body, secrets_of(endpoint),
                                     datetime.now(UTC))
        except NoValidSecret as error:
            return DeliveryResult(False, 0.0, error=str(error))
        return await post_webhook(endpoint["url"], body,
                                  {**headers, "content-type": "application/json"},
                                  self._settings.webhook_policy,
                                  timeout_seconds=self._settings.webhook_timeout_seconds)

    async def _failed(self, message: Document, endpoint: Document, attempt: int,
                      result: DeliveryResult) -> None:
        error = result.error or f"HTTP {result.status}"
        if result.status == GONE:
            await self._messages.failed(message["_id"], attempt, error)
            await self._disable(endpoint, "it answered 410 Gone")
            return
        since = await self._endpoints.failing_since(endpoint["_id"])
        if datetime.now(UTC) - since >= timedelta(
                seconds=self._settings.webhook_disable_after_seconds):
            await self._messages.failed(message["_id"], attempt, error)
            await self._disable(endpoint, f"every attempt failed since {since:%Y-%m-%d %H:%M} UTC")
            return
        wait = next_wait(attempt, self._settings.webhook_retry_seconds)
        if wait is None:
            log.warning("webhook message %s failed after %d attempts: %s", message["_id"],
                        attempt, error)
            await self._messages.failed(message["_id"], attempt, error)
            return
        await self._messages.retry_later(message["_id"], attempt,
                                         datetime.now(UTC) + timedelta(seconds=wait), error)

    async def _disable(self, endpoint: Document, reason: str) -> None:
        if await self._endpoints.disable(endpoint["_id"], reason):
            log.warning("webhook endpoint %s disabled: %s", endpoint["_id"], reason)
            await self._tell(endpoint, reason)
