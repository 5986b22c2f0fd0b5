"""The fault tests' own servers and platform: Kafka, FerretDB and Mailpit on ports and a state
folder of their own (restarting them must not touch the session's shared servers), and the four
apps on them with the applicants every scenario updates."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from deploy.local import infra
from tests.e2e.conftest import Platform
from tests.fault.scenario import SIZE, SUMMARY, Rig
from tests.profile_stream import applicants
from tests.servers import MailServer, Servers


def fault_infra() -> infra.Infra:
    """Ports and state folder from ``SMARTPICK_FAULT_*``, apart from the test session's."""
    env = os.environ
    return infra.Infra(
        state=Path(env.get("SMARTPICK_FAULT_INFRA_STATE", str(infra.CACHE / "fault-infra"))),
        kafka_port=int(env.get("SMARTPICK_FAULT_KAFKA_PORT", "29092")),
        kafka_controller_port=int(env.get("SMARTPICK_FAULT_KAFKA_CONTROLLER_PORT", "29093")),
        ferretdb_port=int(env.get("SMARTPICK_FAULT_FERRETDB_PORT", "47017")),
        mail_smtp_port=int(env.get("SMARTPICK_FAULT_MAIL_SMTP_PORT", "21025")),
        mail_web_port=int(env.get("SMARTPICK_FAULT_MAIL_WEB_PORT", "28025")),
    )


@pytest.fixture(scope="session")
def fault_servers() -> Iterator[infra.Infra]:
    """Fresh data every session; ``SMARTPICK_KEEP_INFRA=1`` leaves the servers up afterwards."""
    servers = fault_infra()
    if not any(infra.status(servers).values()) and servers.state.exists():
        shutil.rmtree(servers.state)
    infra.up(servers)
    try:
        yield servers
    finally:
        if os.environ.get("SMARTPICK_KEEP_INFRA") != "1":
            infra.down(servers)


@pytest.fixture(scope="session")
def fault_platform(fault_servers: infra.Infra,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[Platform]:
    with Platform(Servers(fault_servers.kafka_bootstrap, fault_servers.mongodb_url, "local"),
                  f"fault{uuid.uuid4().hex[:8]}.",
                  logs=tmp_path_factory.mktemp("fault-platform-logs"),
                  mail=MailServer("127.0.0.1", fault_servers.mail_smtp_port,
                                  fault_servers.mail_web_url),
                  start_within=240).running() as running:
        yield running


@pytest.fixture(scope="session")
async def rig(fault_platform: Platform, fault_servers: infra.Infra) -> AsyncIterator[Rig]:
    """The platform with its applicants, signed up once for every scenario."""
    async with httpx.AsyncClient(timeout=60) as http:
        tokens = await applicants(http, fault_platform.graphql, SIZE.applicants)
    yield Rig(fault_platform, fault_servers, tokens)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Each scenario's counts in the log, with or without ``-s``."""
    if SUMMARY:
        terminalreporter.section("fault tests: lost and duplicated effects")
        for line in SUMMARY:
            terminalreporter.write_line(line)
