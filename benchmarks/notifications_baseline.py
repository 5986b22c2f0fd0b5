"""The raw mail baseline of benchmarks/notifications.py: aiosmtplib straight to Mailpit, with the
MIME message the service builds, one connection per message as its sender sends, read back
through the same harvest of Mailpit's API as the service's mail."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import aiosmtplib
from notifications_watch import MailWatch, token
from pipeline_load import figures, wait_for

from services.notifications.email.message import Email, build_message

SENDER = "Smart Pick <no-reply@smartpick.local>"


def _message(mark: str) -> Any:
    text = f"New message from your mentee\n\n“{mark} Could we talk about my rank list?”\n"
    html = f"<html><body><h2>New message</h2><p>“{mark} Could we talk?”</p></body></html>"
    return build_message(uuid.uuid4().hex, Email(f"{mark}@example.org",
                                                  "New message from your mentee", text, html),
                         SENDER, datetime.now(UTC))


async def _arrived(mail: MailWatch, marks: list[str], within: float) -> None:
    await wait_for(lambda: all(mark in mail.seen for mark in marks),
                   time.monotonic() + within, 0.1)


async def smtp_baseline(host: str, port: int, mail: MailWatch, run: str, first_seq: int,
                        messages: int, rate: float, bulk: int) -> dict[str, Any]:
    """Send → Mailpit's ``Created`` at ``rate`` (open loop, each send its own task), then
    ``bulk`` messages one after another: the most one sender like the service's can do."""
    marks = [token(run, first_seq + n) for n in range(messages)]
    due: dict[str, float] = {}
    start, sends = time.time() + 0.3, []
    for n, mark in enumerate(marks):
        due[mark] = start + n / rate
        if (delay := due[mark] - time.time()) > 0:
            await asyncio.sleep(delay)
        sends.append(asyncio.create_task(aiosmtplib.send(_message(mark), hostname=host,
                                                         port=port, timeout=15)))
    await asyncio.gather(*sends)
    await _arrived(mail, marks, 30)
    latency = figures([mail.seen[m] - due[m] for m in marks if m in mail.seen])
    serial = [token(run, first_seq + messages + n) for n in range(bulk)]
    began = time.time()
    for mark in serial:
        await aiosmtplib.send(_message(mark), hostname=host, port=port, timeout=15)
    await _arrived(mail, serial, 60)
    ended = max((mail.seen[m] for m in serial if m in mail.seen), default=time.time())
    return {"rate": rate, "send_to_mailpit": latency,
            "serial_messages": bulk, "serial_arrived": sum(m in mail.seen for m in serial),
            "serial_per_second": round(bulk / max(ended - began, 1e-9), 1)}
