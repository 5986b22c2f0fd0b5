"""Where the tests' real Kafka, MongoDB-protocol server and mail server come from.

Kafka and the MongoDB-protocol server, in order of preference:

1. ``KAFKA_BOOTSTRAP_SERVERS`` and ``MONGODB_URL`` when both are set (servers someone runs);
2. testcontainers (official Kafka and MongoDB images) when a Docker engine answers a ping;
3. otherwise the project's own local Kafka and FerretDB (deploy/local/infra.py), started once
   per test session on ports of their own so they never touch a running `make up`.

The mail server is always the project's own Mailpit on the test ports (with its "chaos" API on,
so tests can make its SMTP server answer errors), whichever of those runs the others.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from deploy.local import infra

KAFKA_IMAGE = "apache/kafka:4.1.1"
MONGODB_IMAGE = "mongo:7.0"


@dataclass(frozen=True)
class Servers:
    kafka_bootstrap: str
    mongodb_url: str
    origin: str  # "environment", "testcontainers" or "local"


def _docker_answers() -> bool:
    try:
        import docker

        docker.from_env(timeout=3).ping()
    except Exception:
        return False
    return True


@contextmanager
def _testcontainers() -> Iterator[Servers]:
    try:
        from testcontainers.community.kafka import KafkaContainer
        from testcontainers.community.mongodb import MongoDbContainer
    except ImportError:  # testcontainers < 4.15 keeps the modules at their old paths
        from testcontainers.kafka import KafkaContainer
        from testcontainers.mongodb import MongoDbContainer
    kafka_container = KafkaContainer(KAFKA_IMAGE).with_kraft()
    with kafka_container as kafka, MongoDbContainer(MONGODB_IMAGE) as mongo:
        yield Servers(kafka.get_bootstrap_server(), mongo.get_connection_url(), "testcontainers")


TEST_INFRA = infra.Infra(state=infra.CACHE / "test-infra", kafka_port=19092,
                         kafka_controller_port=19093, ferretdb_port=17017, mail_smtp_port=11025,
                         mail_web_port=18025, mail_chaos=True)
"""The test session's servers where ``SMARTPICK_TEST_*`` says nothing: apart from `make up`'s."""


def local_test_infra() -> infra.Infra:
    """The test session's own servers: separate ports and state from `make up`."""
    return infra.Infra.from_env("SMARTPICK_TEST_", TEST_INFRA)


@contextmanager
def running_infra(servers: infra.Infra) -> Iterator[infra.Infra]:
    """``servers`` up with fresh data (a stopped set's old state is wiped) and down at the end
    unless ``SMARTPICK_KEEP_INFRA=1``: the test session's and the fault tests' servers alike."""
    if not any(infra.status(servers).values()) and servers.state.exists():
        shutil.rmtree(servers.state)
    infra.up(servers)
    try:
        yield servers
    finally:
        if os.environ.get("SMARTPICK_KEEP_INFRA") != "1":
            infra.down(servers)


@contextmanager
def _local() -> Iterator[Servers]:
    with running_infra(local_test_infra()) as servers:
        yield Servers(servers.kafka_bootstrap, servers.mongodb_url, "local")


@contextmanager
def real_servers() -> Iterator[Servers]:
    kafka, mongodb = os.environ.get("KAFKA_BOOTSTRAP_SERVERS"), os.environ.get("MONGODB_URL")
    if kafka and mongodb:
        yield Servers(kafka, mongodb, "environment")
    elif _docker_answers():
        with _testcontainers() as servers:
            yield servers
    else:
        with _local() as servers:
            yield servers


@dataclass(frozen=True)
class MailServer:
    smtp_host: str
    smtp_port: int
    api_url: str
    """Mailpit's web page; its REST API is under ``/api/v1``."""


@contextmanager
def mail_server() -> Iterator[MailServer]:
    """Mailpit on the test ports: the local servers start it with the others; otherwise (servers
    from the environment or testcontainers) it is started here, and stopped at the end."""
    servers = local_test_infra()
    started = infra.pid_alive(servers.state / "mailpit.pid") is None
    if started:
        infra.build_mailpit()
        servers.state.mkdir(parents=True, exist_ok=True)
        infra.start_mailpit(servers)
    try:
        yield MailServer("127.0.0.1", servers.mail_smtp_port, servers.mail_web_url)
    finally:
        if started and os.environ.get("SMARTPICK_KEEP_INFRA") != "1":
            infra.stop_process("mailpit", servers)
