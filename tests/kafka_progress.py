"""How far a consumer group has got: the condition tests wait on before saying "nothing happened".

Our consumers commit an offset only after handling its record, so once a group's committed
offsets reach the topics' end offsets taken after the last send, every record sent so far was
handled (or skipped as a duplicate). A wrong second effect of one of them would exist by then;
a fixed sleep only hopes it would.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient


async def end_offsets(bootstrap: str, topics: Iterable[str]) -> dict[TopicPartition, int]:
    """The offset the next record of each partition of ``topics`` will get."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics(sorted(topics))
    finally:
        await admin.close()
    partitions = [TopicPartition(topic["topic"], partition["partition"])
                  for topic in described for partition in topic["partitions"]]
    assert partitions, f"no partitions found for {topics}"
    reader = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await reader.start()
    try:
        ends: dict[TopicPartition, int] = await reader.end_offsets(partitions)
        return ends
    finally:
        await reader.stop()


async def committed_offsets(bootstrap: str, group: str) -> dict[TopicPartition, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        found = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return {tp: meta.offset for tp, meta in found.items() if meta.offset >= 0}


async def wait_until_handled(bootstrap: str, group: str, topics: Iterable[str],
                             within: float = 60.0) -> None:
    """Wait until ``group`` has handled every record that ``topics`` hold now."""
    ends = {tp: end for tp, end in (await end_offsets(bootstrap, topics)).items() if end > 0}
    deadline = time.monotonic() + within
    while True:
        committed = await committed_offsets(bootstrap, group)
        behind = {tp: (committed.get(tp, 0), end) for tp, end in ends.items()
                  if committed.get(tp, 0) < end}
        if not behind:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{group} has not handled everything within {within} s: "
                                 f"(committed, end) {behind}")
        await asyncio.sleep(0.2)
