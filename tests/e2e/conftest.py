"""The running platform for end-to-end tests: the three services and the gateway as processes on
the real Kafka and MongoDB-protocol server, under a topic prefix and databases of their own."""

from __future__ import annotations

import asyncio
import os
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from services.profiles.catalog.demo import generate_catalog
from services.profiles.catalog.writer import store_programs
from services.profiles.settings import Settings as ProfilesSettings
from smartpick.events.models import Program, Requirement, Strictness
from tests.ports import free_port
from tests.servers import MailServer, Servers
from tests.trace_receiver import TraceReceiver, running_trace_receiver

if TYPE_CHECKING:
    from tests.e2e.accounts import Account, Applicant, Organization

REPO = Path(__file__).resolve().parents[2]
APPS = {"profiles": "services.profiles.main:create_app",
        "matching": "services.matching.main:create_app",
        "notifications": "services.notifications.main:create_app",
        "gateway": "gateway.main:create_app"}

# Programs whose rules the tests know: each misses one requirement of the test applicant.
KNOWN = [
    Program(id="E2E-VISA", name="No Visa Program", specialty="Internal Medicine", state="NY",
            sponsors_j1=True, sponsors_h1b=False),
    Program(id="E2E-STEP2", name="High Cutoff Program", specialty="Internal Medicine",
            state="CA", sponsors_j1=True,
            min_step2_score=Requirement[int](value=260, strictness=Strictness.STRICT)),
    Program(id="E2E-PREF", name="Preference Program", specialty="Internal Medicine", state="TX",
            sponsors_j1=True,
            min_usce_months=Requirement[int](value=12, strictness=Strictness.PREFERENCE)),
]


E2E_WEB_URL = "https://app.e2e.example"
"""The web client's address the platform's emails link to."""



@dataclass
class Platform:
    servers: Servers
    prefix: str
    urls: dict[str, str] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    logs: Path = Path()
    jwt_secret: str = field(default_factory=lambda: secrets.token_urlsafe(48))
    """This platform's own token secret, as `make up` makes one per installation."""
    mail: MailServer | None = None
    """Where notifications sends email (the session's Mailpit)."""
    traces: TraceReceiver | None = None
    """Where every app exports its spans (tests/e2e/test_tracing.py), batched every 0.2 s."""
    start_within: float = 60.0
    """How long ``start`` waits for an app to be ready before it fails."""
    stop_within: float = 30.0
    """How long ``stop`` waits after SIGTERM before it kills the app."""

    @property
    def graphql(self) -> str:
        return self.urls["gateway"] + "/graphql"

    def env(self, app: str) -> dict[str, str]:
        return {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": self.servers.kafka_bootstrap,
                "MONGODB_URL": self.servers.mongodb_url, "TOPIC_PREFIX": self.prefix,
                "MONGODB_DATABASE": f"{self.prefix.strip('.')}_{app}",
                "OUTBOX_SWEEP_SECONDS": "2", "ENVIRONMENT": "test",
                "JWT_SECRET": self.jwt_secret, "TRY_PLAN_PER_MINUTE": "5",
                # every test signs up from 127.0.0.1; test_sign_in_limits checks the limits
                "SIGN_UPS_PER_MINUTE_PER_ADDRESS": "1000",
                "SIGN_INS_PER_MINUTE_PER_ADDRESS": "1000", "REFUSAL_DELAY_SECONDS": "0.2",
                "SIMULATION_MAX_PENDING": "2", "GRAPHQL_INTROSPECTION": "true",
                "MENTORSHIP_REMINDER_POLL_SECONDS": "1",
                **({"SMTP_HOST": self.mail.smtp_host, "SMTP_PORT": str(self.mail.smtp_port),
                    "EMAIL_SWEEP_SECONDS": "0.5", "EMAIL_RETRY_SECONDS": "[0.5, 1, 2, 5]",
                    "WEB_BASE_URL": E2E_WEB_URL, "PUBLIC_API_URL": self.urls["gateway"]}
                   if self.mail else {}),
                # tests/e2e/test_webhooks.py's partner listens on loopback, over plain http
                **({"WEBHOOK_ALLOW_INSECURE_HTTP": "true",
                    "WEBHOOK_ALLOWED_NETWORKS": '["127.0.0.0/8"]',
                    "WEBHOOK_RETRY_SECONDS": "[0.5, 1, 2]", "WEBHOOK_SWEEP_SECONDS": "0.5"}
                   if app == "notifications" else {}),
                **({"OTEL_EXPORTER_OTLP_ENDPOINT": self.traces.endpoint,
                    "OTEL_BSP_SCHEDULE_DELAY": "200"} if self.traces else {}),
                **{f"{name.upper()}_URL": url for name, url in self.urls.items()}}

    def start(self, app: str, instance: str | None = None, **settings: str | None) -> str:
        """Start ``app`` (or another ``instance`` of it on a port of its own, with ``settings``
        changed, None: unset); answers its URL once it is ready."""
        name = instance or app
        if instance:
            self.urls[instance] = f"http://127.0.0.1:{free_port()}"
        port = int(self.urls[name].rsplit(":", 1)[1])
        with (self.logs / f"{name}.log").open("ab") as log:
            self.processes[name] = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", APPS[app], "--host", "127.0.0.1",
                 "--port", str(port),
                 # the gateway believes X-Forwarded-For only as its FORWARDED_ALLOW_IPS says;
                 # the services, from the gateway (uvicorn's default: 127.0.0.1)
                 *(["--no-proxy-headers"] if app == "gateway" else []),
                 # a WebSocket message gets the gateway's body limit, as in `make up`
                 *(["--ws-max-size", "1048576"] if app == "gateway" else [])],
                env={k: v for k, v in {**self.env(app), **settings}.items() if v is not None},
                stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        probe = "/readyz"  # the gateway's too: its live feed joined, each service reached
        deadline = time.monotonic() + self.start_within
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.urls[name] + probe, timeout=2).status_code == 200:
                    return self.urls[name]
            except httpx.HTTPError:
                pass
            if self.processes[name].poll() is not None:
                break
            time.sleep(0.3)
        log_text = (self.logs / f"{name}.log").read_text()[-3000:]
        raise RuntimeError(f"{name} did not start: {log_text}")

    @contextmanager
    def another_gateway(self, **settings: str | None) -> Iterator[str]:
        """A second gateway on the same services with ``settings`` of its own; its /graphql."""
        name = f"gateway-{uuid.uuid4().hex[:6]}"
        try:
            yield self.start("gateway", name, **settings) + "/graphql"
        finally:
            if name in self.processes:
                self.stop(name)
            self.urls.pop(name, None)

    def stop(self, app: str) -> None:
        """SIGTERM, then SIGKILL after ``stop_within``: an app whose shutdown hangs (its Kafka
        gone, after a failed fault test) must not outlive the run, nor keep the others up."""
        process = self.processes.pop(app)
        process.terminate()
        try:
            process.wait(timeout=self.stop_within)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def store_catalog(servers: Servers, prefix: str) -> None:
    """The programs of a platform under ``prefix``: 150 of Internal Medicine, the ``KNOWN`` ones
    and 5 of Family Medicine, stored before its services start."""
    settings = ProfilesSettings(kafka_bootstrap_servers=servers.kafka_bootstrap,
                                mongodb_url=servers.mongodb_url, topic_prefix=prefix,
                                mongodb_database=f"{prefix.strip('.')}_profiles")
    demo = generate_catalog()
    catalog = ([p for p in demo if p.specialty == "Internal Medicine"][:150] + KNOWN
               + [p for p in demo if p.specialty == "Family Medicine"][:5])
    asyncio.run(store_programs(catalog, None, settings))


@pytest.fixture(scope="session")
def trace_receiver() -> Iterator[TraceReceiver]:
    """Where the platform's apps export their spans."""
    with running_trace_receiver() as receiver:
        yield receiver


@contextmanager
def started(platform: Platform, **settings: str) -> Iterator[Platform]:
    """Every app of ``platform`` (with ``settings`` changed) on ports of its own, over its own
    catalog; stopped at the end."""
    platform.urls = {app: f"http://127.0.0.1:{free_port()}" for app in APPS}
    store_catalog(platform.servers, platform.prefix)
    try:
        for app in APPS:
            platform.start(app, **settings)
        yield platform
    finally:
        for app in list(platform.processes):
            platform.stop(app)


@pytest.fixture(scope="session")
def platform(servers: Servers, mailpit: MailServer, trace_receiver: TraceReceiver,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Platform]:
    with started(Platform(servers, f"e2e{uuid.uuid4().hex[:8]}.",
                          logs=tmp_path_factory.mktemp("platform-logs"), mail=mailpit,
                          traces=trace_receiver)) as running:
        yield running


# Accounts shared by the tests that only read them (tests/e2e/accounts.py builds them).
@pytest.fixture(scope="session")
def populated_applicant(platform: Platform) -> Applicant:
    from tests.e2e.accounts import populated_applicant
    return populated_applicant(platform)


@pytest.fixture(scope="session")
def mentor(platform: Platform) -> Account:
    from tests.e2e.accounts import new_account
    return new_account(platform, "MENTOR")


@pytest.fixture(scope="session")
def organization(platform: Platform) -> Organization:
    from tests.e2e.accounts import organization_with_a_finished_simulation
    return organization_with_a_finished_simulation(platform)


@pytest.fixture(scope="session")
def unlimited_gateway(platform: Platform) -> Iterator[str]:
    """The /graphql of a second gateway without tryPlan's limit per address: the tests that
    send tryPlan for what it answers, not for its limit, share this machine's one address."""
    with platform.another_gateway(TRY_PLAN_PER_MINUTE="100000") as graphql:
        yield graphql


@pytest.fixture(scope="session")
def jwt_secret(platform: Platform) -> str:
    """The secret the platform signs tokens with, for tests that forge or age tokens."""
    return platform.jwt_secret
