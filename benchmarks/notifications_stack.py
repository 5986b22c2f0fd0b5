"""The servers benchmarks/notifications.py measures: its own Kafka, FerretDB and Mailpit
(deploy/local/infra.py), the notifications service and a gateway, on ports of their own so a
`make up` or a test session beside it is untouched; everything it starts, it stops."""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from deploy.local import infra

APPS = {"notifications": "services.notifications.main:create_app",
        "gateway": "gateway.main:create_app"}


@dataclass(frozen=True)
class Stack:
    servers: infra.Infra
    notifications_port: int
    gateway_port: int
    prefix: str
    """Topic prefix and database name of this run, so a second run on kept servers starts clean."""
    secret: str

    @property
    def graphql(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}/graphql"

    def url(self, app: str) -> str:
        port = self.notifications_port if app == "notifications" else self.gateway_port
        return f"http://127.0.0.1:{port}"

    def env(self) -> dict[str, str]:
        """The platform's defaults (as `make up` runs them), pointed at this stack."""
        return {"JWT_SECRET": self.secret, "KAFKA_BOOTSTRAP_SERVERS": self.servers.kafka_bootstrap,
                "MONGODB_URL": self.servers.mongodb_url, "TOPIC_PREFIX": self.prefix,
                "MONGODB_DATABASE": f"{self.prefix.strip('.')}_notifications",
                "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(self.servers.mail_smtp_port),
                "NOTIFICATIONS_URL": self.url("notifications"),
                "PUBLIC_API_URL": self.url("gateway")}


def new_stack(state: Path, kafka_port: int, ferretdb_port: int, smtp_port: int, mail_port: int,
              notifications_port: int, gateway_port: int) -> Stack:
    servers = infra.Infra(state=state, kafka_port=kafka_port,
                          kafka_controller_port=kafka_port + 1, ferretdb_port=ferretdb_port,
                          mail_smtp_port=smtp_port, mail_web_port=mail_port)
    return Stack(servers, notifications_port, gateway_port, f"nb{secrets.token_hex(4)}.",
                 secrets.token_urlsafe(48))


def start(stack: Stack) -> None:
    """Fresh servers (their data is wiped unless one still runs), then the two apps."""
    if not any(infra.status(stack.servers).values()) and stack.servers.state.exists():
        shutil.rmtree(stack.servers.state)
    # Mailpit keeps the newest 500 messages by default; the harvest deletes what it read, and
    # nothing may be pruned before it was read.
    os.environ["MP_MAX_MESSAGES"] = "0"
    infra.up(stack.servers)
    for app, factory in APPS.items():
        port = str(stack.notifications_port if app == "notifications" else stack.gateway_port)
        gateway_only = ["--no-proxy-headers", "--ws-max-size", "1048576"] if app == "gateway" \
            else []
        infra.spawn(app, [sys.executable, "-m", "uvicorn", "--factory", factory, "--host",
                          "127.0.0.1", "--port", port, "--no-access-log", *gateway_only],
                    stack.servers, env=stack.env())
        _wait_ready(stack, app)


def _wait_ready(stack: Stack, app: str, within: float = 120.0) -> None:
    probe = stack.url(app) + ("/healthz" if app == "gateway" else "/readyz")
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if httpx.get(probe, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if infra.pid_alive(stack.servers.state / f"{app}.pid") is None:
            break
        time.sleep(0.3)
    tail = (stack.servers.state / f"{app}.out").read_text(errors="replace")[-3000:]
    raise RuntimeError(f"{app} did not become ready at {probe}:\n{tail}")


def stop(stack: Stack) -> None:
    for app in reversed(APPS):
        infra.stop_process(app, stack.servers)
    infra.down(stack.servers)
