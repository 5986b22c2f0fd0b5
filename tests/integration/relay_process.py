"""A writer with its outbox relay in a process of its own, for the test that kills it with SIGKILL.

    python -m tests.integration.relay_process BOOTSTRAP MONGODB_URL PREFIX APPLICANT HELD_FILE

It stages one profile event for APPLICANT through the outbox (pending entry, then the document's
write, then the relay woken, as a service does); its relay's publisher writes HELD_FILE before
sending anything and waits for the kill: the kill always lands after staging, before publishing.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from pymongo import AsyncMongoClient

from smartpick.events import CloudEvent
from smartpick.outbox import Outbox
from smartpick.publisher import Publisher
from smartpick.relay import OutboxRelay
from tests.integration.harness import Platform, profile_event


class HeldPublisher(Publisher):
    def __init__(self, held_file: Path) -> None:
        super().__init__("127.0.0.1:1", "/tests")  # never started: it sends nothing
        self._held_file = held_file

    async def send_many(self, events: list[tuple[str, CloudEvent]]) -> None:
        await asyncio.to_thread(self._held_file.write_text, events[0][1].id)
        await asyncio.Event().wait()  # until SIGKILL


async def main(bootstrap: str, mongodb_url: str, prefix: str, applicant: str,
               held_file: Path) -> None:
    mongo: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongodb_url)
    profiles = Platform(bootstrap, mongo, prefix).db.profiles
    relay = OutboxRelay([profiles], HeldPublisher(held_file))
    await Outbox("/tests", relay).stage(profiles, applicant, {"$set": {"step2": 250}},
                                        profile_event(applicant, 250), upsert=True)
    await relay.run()


if __name__ == "__main__":
    bootstrap, mongodb_url, prefix, applicant, held = sys.argv[1:]
    asyncio.run(main(bootstrap, mongodb_url, prefix, applicant, Path(held)))
