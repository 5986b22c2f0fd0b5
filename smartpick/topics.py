"""Creates the platform's topics and their dead-letter topics, leaving existing ones as they are."""

from __future__ import annotations

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from smartpick.events import TOPICS, dead_letter_topic


async def ensure_topics(
    bootstrap_servers: str, prefix: str = "", replication: int = 1
) -> list[str]:
    """Create missing topics; return the names created (none on a second run).

    ``prefix`` namespaces every topic (each test has its own; deployments may share a cluster).
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [NewTopic(prefix + t.name, t.partitions, replication) for t in TOPICS]
        wanted += [NewTopic(dead_letter_topic(prefix + t.name), 1, replication) for t in TOPICS]
        missing = [topic for topic in wanted if topic.name not in existing]
        if missing:
            try:
                await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass  # another service created them at the same moment
        return [topic.name for topic in missing]
    finally:
        await admin.close()
