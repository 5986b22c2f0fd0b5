"""Run the whole platform locally: Kafka, FerretDB and Mailpit, the demo catalog, the services, the
gateway.

    python -m deploy.local.stack up      # idempotent: what runs already is left running
    python -m deploy.local.stack down    # services first, then the servers; nothing left over

Each process runs in the background with its output in the state folder (``.local/infra``).
Ports: ``SMARTPICK_GATEWAY_PORT`` (8000), ``SMARTPICK_PROFILES_PORT`` (8001),
``SMARTPICK_MATCHING_PORT`` (8002), ``SMARTPICK_NOTIFICATIONS_PORT`` (8003),
``SMARTPICK_WEB_PORT`` (8080: the web client, deploy/local/web.py), plus infra.py's.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from deploy.local import infra


@dataclass(frozen=True)
class App:
    name: str
    factory: str
    default_port: int
    probe: str  # readiness route

    @property
    def port(self) -> int:
        return int(os.environ.get(f"SMARTPICK_{self.name.upper()}_PORT", self.default_port))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


APPS = (
    App("profiles", "services.profiles.main:create_app", 8001, "/readyz"),
    App("matching", "services.matching.main:create_app", 8002, "/readyz"),
    App("notifications", "services.notifications.main:create_app", 8003, "/readyz"),
    App("gateway", "gateway.main:create_app", 8000, "/healthz"),
)
WEB = App("web", "deploy.local.web:create_app", 8080, "/config.json")
"""The web client's static server, started after the gateway it points browsers to."""


def installation_secret(path: Path) -> str:
    """This installation's token secret: made once, kept in the state folder, readable only by
    its owner. Each installation signs tokens with its own, so no token works on another."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def app_environment(servers: infra.Infra) -> dict[str, str]:
    """What every app is told about the others; a variable already set wins."""
    defaults = {
        "JWT_SECRET": installation_secret(servers.state / "jwt_secret"),
        "KAFKA_BOOTSTRAP_SERVERS": servers.kafka_bootstrap,
        "MONGODB_URL": servers.mongodb_url,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(servers.mail_smtp_port),
        **{f"{app.name.upper()}_URL": app.url for app in APPS if app.name != "gateway"},
        # the web client's pages call the gateway from the browser: its origin, and the address
        # its config.json hands them
        "CORS_ORIGINS": WEB.url,
        "WEB_GRAPHQL_URL": APPS[-1].url + "/graphql",
        # where emails point: the web client's pages (verify-email, preferences) and the
        # gateway's one-click unsubscribe
        "WEB_BASE_URL": WEB.url,
        "PUBLIC_API_URL": APPS[-1].url,
    }
    return {name: os.environ.get(name, value) for name, value in defaults.items()}


def wait_ready(app: App, within: float = 90.0) -> None:
    deadline = time.monotonic() + within
    while True:
        try:
            with urllib.request.urlopen(app.url + app.probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{app.name} not ready at {app.url}{app.probe} after {within:.0f} s")
        time.sleep(0.3)


def seed_demo_catalog(env: dict[str, str]) -> None:
    """Store the synthetic national catalog (idempotent: a second run changes nothing)."""
    subprocess.run([sys.executable, "-m", "cli.main", "catalog", "seed-demo"],
                   env={**os.environ, **env}, cwd=infra.REPO, check=True)


def up(servers: infra.Infra) -> None:
    infra.up(servers)
    env = app_environment(servers)
    seed_demo_catalog(env)
    for app in APPS:
        # The gateway believes X-Forwarded-For only from its FORWARDED_ALLOW_IPS (none here);
        # the services, uvicorn's default: the gateway's on this machine.
        own_proxy_trust = ["--no-proxy-headers"] if app.name == "gateway" else []
        # a WebSocket message gets the gateway's body limit (1 MB), not uvicorn's 16 MB
        socket_limit = ["--ws-max-size", "1048576"] if app.name == "gateway" else []
        infra.spawn(app.name, [sys.executable, "-m", "uvicorn", "--factory", app.factory,
                               "--host", "127.0.0.1", "--port", str(app.port),
                               "--no-access-log", *own_proxy_trust, *socket_limit], servers,
                    env=env)
    infra.spawn(WEB.name, [sys.executable, "-m", "uvicorn", "--factory", WEB.factory,
                           "--host", "127.0.0.1", "--port", str(WEB.port), "--no-access-log"],
                servers, env=env)
    for app in (*APPS, WEB):
        wait_ready(app)


def down(servers: infra.Infra) -> None:
    for app in (WEB, *reversed(APPS)):
        infra.stop_process(app.name, servers)
    infra.down(servers)


def main(argv: list[str]) -> int:
    servers = infra.Infra.from_env()
    command = argv[0] if argv else ""
    if command == "up":
        up(servers)
        print(f"kafka          {servers.kafka_bootstrap}\nmongodb        {servers.mongodb_url}")
        print(f"mail           {servers.mail_web_url}/api/v1/messages  "
              f"(SMTP: 127.0.0.1:{servers.mail_smtp_port})")
        for app in APPS[:-1]:
            print(f"{app.name:14} {app.url}  (OpenAPI: {app.url}/docs)")
        print(f"web            {WEB.url}")
        print(f"GraphQL        {APPS[-1].url}/graphql")
    elif command == "down":
        down(servers)
        print("stopped")
    else:
        print("usage: python -m deploy.local.stack up|down", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
