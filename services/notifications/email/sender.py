"""The worker that sends recorded email deliveries over SMTP, retrying with backoff.

Handlers only record deliveries (``DeliveriesStore.record``) and wake the worker; the worker
sends what is queued and due, right away when woken and otherwise every ``email_sweep_seconds``,
which also sends what a crash left recorded but unsent (with the same Message-ID). A refused
send (SMTP 4xx/5xx), a timeout or a connection error is tried again after the next wait of
``email_retry_seconds``, and given up after the last.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta
from email.errors import MessageError
from email.utils import parseaddr

import aiosmtplib

from services.notifications.email.message import Email, build_message, on_the_wire
from services.notifications.email.store import PENDING, DeliveriesStore
from services.notifications.settings import Settings
from smartpick.mongo import Document, as_utc

log = logging.getLogger(__name__)


class EmailSender:
    def __init__(self, store: DeliveriesStore, settings: Settings) -> None:
        self._store = store
        self._settings = settings
        self._woken = asyncio.Event()

    def wake(self) -> None:
        """A delivery was recorded: send it now rather than at the next sweep."""
        self._woken.set()

    async def run(self, stopping: asyncio.Event) -> None:
        """Send what is due until ``stopping``; a failing sweep is logged and tried again."""
        while not stopping.is_set():
            self._woken.clear()
            try:
                await self.send_due()
            except Exception:
                log.exception("sending email failed; trying again in %.0f s",
                              self._settings.email_sweep_seconds)
            wake, stop = (asyncio.create_task(self._woken.wait()),
                          asyncio.create_task(stopping.wait()))
            await asyncio.wait({wake, stop}, timeout=self._settings.email_sweep_seconds,
                               return_when=asyncio.FIRST_COMPLETED)
            for task in (wake, stop):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def send_due(self) -> int:
        """Try every queued delivery that is due; how many were sent."""
        now = datetime.now(UTC)
        sent = 0
        for delivery in await self._store.pending():
            if delivery["status"] != PENDING:
                await self._store.forget_queued(delivery["_id"])
            elif as_utc(delivery["next_attempt_at"]) <= now:
                try:
                    sent += await self._attempt(delivery)
                except Exception:  # one delivery's trouble must not hold up the others
                    log.exception("email %s: attempt failed unexpectedly", delivery["_id"])
        return sent

    async def _attempt(self, delivery: Document) -> bool:
        attempt = await self._store.claim_attempt(delivery, self._settings.email_claim_seconds)
        if attempt is None:
            return False  # another sender is on it
        email = Email(delivery["to"], delivery["subject"], delivery["text"], delivery["html"],
                      delivery.get("unsubscribe_url"))
        try:
            message = build_message(delivery["_id"], email, self._settings.email_from,
                                    as_utc(delivery["created_at"]))
        except (ValueError, MessageError) as error:  # no retry can send what cannot be written
            log.error("giving up email %s: %r", delivery["_id"], error)
            await self._store.give_up(delivery["_id"], attempt, f"unsendable: {error!r}")
            return False
        try:
            await aiosmtplib.send(on_the_wire(message), sender=parseaddr(message["From"])[1],
                                  recipients=[email.to], hostname=self._settings.smtp_host,
                                  port=self._settings.smtp_port,
                                  timeout=self._settings.smtp_timeout_seconds)
        except (aiosmtplib.SMTPException, OSError) as error:
            await self._failed(delivery["_id"], attempt, f"{type(error).__name__}: {error}")
            return False
        await self._store.mark_sent(delivery["_id"], attempt)
        return True

    async def _failed(self, delivery_id: str, attempt: int, error: str) -> None:
        waits = self._settings.email_retry_seconds
        if attempt > len(waits):
            log.error("giving up email %s after %d attempts: %s", delivery_id, attempt, error)
            await self._store.give_up(delivery_id, attempt, error)
            return
        log.warning("email %s attempt %d failed, next in %.0f s: %s", delivery_id, attempt,
                    waits[attempt - 1], error)
        retry_at = datetime.now(UTC) + timedelta(seconds=waits[attempt - 1])
        await self._store.retry_later(delivery_id, attempt, retry_at, error)
