"""A consumer in a process of its own, for the test that kills it with SIGKILL mid-stream.

    python -m tests.integration.consumer_process BOOTSTRAP MONGODB_URL PREFIX
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from pymongo import AsyncMongoClient

from smartpick.events import ApplicantProfileUpdated, CloudEvent, Event
from tests.integration.harness import Platform, Recorder


async def main(bootstrap: str, mongodb_url: str, prefix: str) -> None:
    mongo: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongodb_url)
    platform = Platform(bootstrap, mongo, prefix)
    recorder = Recorder(platform.db)

    async def slow(event: Event, envelope: CloudEvent) -> None:
        await asyncio.sleep(0.01)  # slow enough that the kill lands mid-stream
        await recorder.handle(event, envelope)

    publisher = platform.publisher()
    await publisher.start()
    consumer = platform.consumer({ApplicantProfileUpdated: [slow]}, publisher)
    await consumer.start()
    await consumer.run()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:4]))
