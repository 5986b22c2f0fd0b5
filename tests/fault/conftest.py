"""The fault tests' own servers and platform: Kafka, FerretDB and Mailpit on ports and a state
folder of their own (restarting them must not touch the session's shared servers), and the four
apps on them with the applicants every scenario updates."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from deploy.local import infra
from tests.e2e.conftest import Platform, started
from tests.fault.scenario import SIZE, SUMMARY, Rig
from tests.profile_stream import applicants
from tests.servers import MailServer, Servers, running_infra

FAULT_INFRA = infra.Infra(state=infra.CACHE / "fault-infra", kafka_port=29092,
                          kafka_controller_port=29093, ferretdb_port=29017, mail_smtp_port=21025,
                          mail_web_port=28025)
"""The fault tests' servers where ``SMARTPICK_FAULT_*`` says nothing: apart from the session's."""


@pytest.fixture(scope="session")
def fault_servers() -> Iterator[infra.Infra]:
    with running_infra(infra.Infra.from_env("SMARTPICK_FAULT_", FAULT_INFRA)) as servers:
        yield servers


@pytest.fixture(scope="session")
def fault_platform(fault_servers: infra.Infra,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[Platform]:
    with started(Platform(Servers(fault_servers.kafka_bootstrap, fault_servers.mongodb_url,
                                  "local"),
                          f"fault{uuid.uuid4().hex[:8]}.",
                          logs=tmp_path_factory.mktemp("fault-platform-logs"),
                          mail=MailServer("127.0.0.1", fault_servers.mail_smtp_port,
                                          fault_servers.mail_web_url),
                          start_within=240)) as running:
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
