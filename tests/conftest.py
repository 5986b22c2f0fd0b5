"""Fixtures shared by the integration and end-to-end tests: the real servers and clean names."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from pymongo import AsyncMongoClient

from tests.servers import MailServer, Servers, mail_server, real_servers


@pytest.fixture(scope="session")
def servers() -> Iterator[Servers]:
    with real_servers() as found:
        yield found


@pytest.fixture(scope="session")
def mailpit(servers: Servers) -> Iterator[MailServer]:
    """After ``servers``, so that local servers, which run Mailpit too, are up first."""
    with mail_server() as found:
        yield found


@pytest.fixture
def unique() -> str:
    """A short random suffix so every test has its own topics, groups and databases."""
    return uuid.uuid4().hex[:10]


@pytest.fixture
async def mongo(servers: Servers) -> AsyncIterator[AsyncMongoClient[dict[str, object]]]:
    client: AsyncMongoClient[dict[str, object]] = AsyncMongoClient(servers.mongodb_url)
    yield client
    await client.close()


@pytest.fixture
async def kafka_admin(servers: Servers) -> AsyncIterator[AIOKafkaAdminClient]:
    admin = AIOKafkaAdminClient(bootstrap_servers=servers.kafka_bootstrap)
    await admin.start()
    yield admin
    await admin.close()


async def create_topics(admin: AIOKafkaAdminClient, *names: str, partitions: int = 3) -> None:
    await admin.create_topics([NewTopic(name, partitions, 1) for name in names])
