"""A consumer in a process of its own, for the test that kills it with SIGKILL mid-stream.

    python -m tests.integration.consumer_process BOOTSTRAP MONGODB_URL PREFIX [HOLD_AT HELD_FILE]

With HOLD_AT, the handler stops at the HOLD_AT-th record it gets, before its effect, writes
HELD_FILE and waits for the kill: the kill always lands between consuming a record and handling
it, whatever the machine's speed.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from pymongo import AsyncMongoClient

from smartpick.events import ApplicantProfileUpdated, CloudEvent, Event
from tests.integration.harness import Platform, Recorder


async def main(bootstrap: str, mongodb_url: str, prefix: str, hold_at: int | None = None,
               held_file: Path | None = None) -> None:
    mongo: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongodb_url)
    platform = Platform(bootstrap, mongo, prefix)
    recorder = Recorder(platform.db)
    received = 0

    async def held(event: Event, envelope: CloudEvent) -> None:
        nonlocal received
        received += 1
        if received == hold_at and held_file is not None:
            await asyncio.to_thread(held_file.write_text, str(received))
            await asyncio.Event().wait()  # until SIGKILL
        await recorder.handle(event, envelope)

    publisher = platform.publisher()
    await publisher.start()
    consumer = platform.consumer({ApplicantProfileUpdated: [held]}, publisher)
    await consumer.start()
    await consumer.run()


if __name__ == "__main__":
    bootstrap, mongodb_url, prefix, *hold = sys.argv[1:]
    asyncio.run(main(bootstrap, mongodb_url, prefix, int(hold[0]) if hold else None,
                     Path(hold[1]) if hold else None))
