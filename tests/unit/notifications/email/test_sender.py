"""The sender's decisions, with SMTP and the store replaced: a failed send waits the next step
of the schedule, the last failure gives up, and a message that cannot be written is given up
at once instead of blocking the deliveries behind it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from typing import Any

import aiosmtplib
import pytest

from services.notifications.email.sender import EmailSender
from services.notifications.email.store import GIVEN_UP, PENDING, SENT, DeliveriesStore
from services.notifications.settings import Settings
from smartpick.mongo import Document


class MemoryDeliveries(DeliveriesStore):
    """The store's contract in memory; every attempt is claimed (one sender here)."""

    def __init__(self, *addresses: str) -> None:
        now = datetime.now(UTC)
        self.items = {f"d-{n}": {"_id": f"d-{n}", "to": to, "subject": "s", "text": "t",
                                 "html": "<p>t</p>", "status": PENDING, "attempts": 0,
                                 "next_attempt_at": now, "created_at": now}
                      for n, to in enumerate(addresses)}

    async def pending(self) -> list[Document]:
        return [dict(d) for d in self.items.values() if d["status"] == PENDING]

    async def claim_attempt(self, delivery: Document, claim_seconds: float) -> int | None:
        return int(delivery["attempts"]) + 1

    async def mark_sent(self, delivery_id: str, attempt: int) -> None:
        self.items[delivery_id].update(status=SENT, attempts=attempt)

    async def retry_later(self, delivery_id: str, attempt: int, at: datetime,
                          error: str) -> None:
        self.items[delivery_id].update(attempts=attempt, next_attempt_at=at, last_error=error)

    async def give_up(self, delivery_id: str, attempt: int, error: str) -> None:
        self.items[delivery_id].update(status=GIVEN_UP, attempts=attempt, last_error=error)


SETTINGS = Settings(email_retry_seconds=[0.0, 0.0], jwt_secret="s" * 32)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What reached SMTP; a recipient at refused.example is answered 451."""
    messages: list[Any] = []

    async def send(message: bytes, *, recipients: list[str], **options: Any) -> None:
        if any("refused.example" in recipient for recipient in recipients):
            raise aiosmtplib.SMTPRecipientsRefused([])
        messages.append(message_from_bytes(message, policy=policy.default))

    monkeypatch.setattr(aiosmtplib, "send", send)
    return messages


async def test_a_refused_send_is_retried_on_schedule_then_given_up(sent: list[Any]) -> None:
    store = MemoryDeliveries("ana@refused.example")
    sender = EmailSender(store, SETTINGS)
    for attempt in (1, 2):
        assert await sender.send_due() == 0
        assert store.items["d-0"]["attempts"] == attempt
        assert store.items["d-0"]["status"] == PENDING
    await sender.send_due()
    assert store.items["d-0"]["status"] == GIVEN_UP  # three attempts: two waits, then none
    assert "SMTPRecipientsRefused" in str(store.items["d-0"]["last_error"])


async def test_a_retry_waits_for_its_time() -> None:
    store = MemoryDeliveries("ana@example.org")
    store.items["d-0"]["next_attempt_at"] = datetime.now(UTC) + timedelta(minutes=1)
    assert await EmailSender(store, SETTINGS).send_due() == 0
    assert store.items["d-0"]["attempts"] == 0


async def test_an_unwritable_message_is_given_up_and_the_next_one_sent(sent: list[Any]) -> None:
    store = MemoryDeliveries("ana\nBcc: everyone@example.org", "ben@example.org")
    assert await EmailSender(store, SETTINGS).send_due() == 1
    assert store.items["d-0"]["status"] == GIVEN_UP
    assert store.items["d-1"]["status"] == SENT
    assert [message["To"] for message in sent] == ["ben@example.org"]
