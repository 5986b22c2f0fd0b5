"""What arrived at the tests' Mailpit, read through its REST API, and its "chaos" switch.

Tests share one Mailpit per session: each looks only at the messages to its own addresses.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from tests.servers import MailServer


async def messages_to(mail: MailServer, address: str) -> list[dict[str, Any]]:
    """Summaries of every message to ``address`` (``ID``, ``MessageID``, ``Subject``, ...)."""
    async with httpx.AsyncClient(base_url=mail.api_url, timeout=10) as http:
        answer = await http.get("/api/v1/search", params={"query": f'to:"{address}"',
                                                          "limit": "100"})
        answer.raise_for_status()
        found: list[dict[str, Any]] = answer.json()["messages"]
        return found


async def message(mail: MailServer, message_id: str) -> dict[str, Any]:
    """One whole message: ``Text``, ``HTML``, ``MessageID``, ``From``, ``To``, ``Subject``."""
    async with httpx.AsyncClient(base_url=mail.api_url, timeout=10) as http:
        answer = await http.get(f"/api/v1/message/{message_id}")
        answer.raise_for_status()
        whole: dict[str, Any] = answer.json()
        return whole


async def wait_for_messages(mail: MailServer, address: str, count: int = 1,
                            within: float = 60.0) -> list[dict[str, Any]]:
    """The messages to ``address`` once there are at least ``count``."""
    deadline = time.monotonic() + within
    while len(found := await messages_to(mail, address)) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"{len(found)} of {count} messages to {address} in {within} s")
        await asyncio.sleep(0.2)
    return found


async def refuse_recipients(mail: MailServer, code: int | None) -> None:
    """Make Mailpit's SMTP server answer ``code`` to every recipient (None: accept again)."""
    triggers = {} if code is None else {"Recipient": {"ErrorCode": code, "Probability": 100}}
    async with httpx.AsyncClient(base_url=mail.api_url, timeout=10) as http:
        (await http.put("/api/v1/chaos", json=triggers)).raise_for_status()
