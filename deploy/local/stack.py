"""Run the whole platform locally: Kafka, FerretDB and Mailpit, the demo catalog, the services, the
gateway.

    python -m deploy.local.stack up      # idempotent: what runs already is left running
    python -m deploy.local.stack down    # services first, then the servers; nothing left over
    python -m deploy.local.stack status  # the servers and every app instance, running or not

Each process runs in the background with its output in the state folder (``.local/infra``).
Ports: ``SMARTPICK_GATEWAY_PORT`` (8000), ``SMARTPICK_PROFILES_PORT`` (8001),
``SMARTPICK_MATCHING_PORT`` (8002), ``SMARTPICK_NOTIFICATIONS_PORT`` (8003),
``SMARTPICK_WEB_PORT`` (8080: the web client, deploy/local/web.py), plus infra.py's.

``SMARTPICK_INSTANCES`` (``make up INSTANCES="matching=3 notifications=2"``) runs more instances
of a service, in the same consumer group: instance k listens on the first's port + 10·(k-1)
(matching 8002, 8012, 8022), and the gateway takes each service's instances in turn
(gateway/balancer.py). ``up`` stops the instances a smaller count no longer names, and restarts
the gateway when the instances it should call changed.

``SMARTPICK_TRACES=1`` (``make up TRACES=1``) also runs Zipkin, a trace viewer, on
``SMARTPICK_ZIPKIN_PORT`` (9411), and has every app export its spans there through the standard
OpenTelemetry variables (docs/tracing.md). ``up`` restarts the apps whose tracing settings changed.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
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
    App("gateway", "gateway.main:create_app", 8000, "/readyz"),
)
WEB = App("web", "deploy.local.web:create_app", 8080, "/config.json")
"""The web client's static server, started after the gateway it points browsers to."""
INSTANCES = "SMARTPICK_INSTANCES"
SERVICES = APPS[:-1]
"""The apps that may run as several instances (the gateway is one: browsers call one address)."""
PORT_STEP = 10
MAX_INSTANCES = 8
"""Instance k of a service listens on its first's port + ``PORT_STEP``·(k-1); up to this many,
so no instance lands on another app's port (the web client's 8080 included)."""


@dataclass(frozen=True)
class Instance:
    """One process of an app: number 1 is the app's own name and port, the others follow."""

    app: App
    number: int = 1

    @property
    def name(self) -> str:
        return self.app.name if self.number == 1 else f"{self.app.name}-{self.number}"

    @property
    def port(self) -> int:
        return self.app.port + PORT_STEP * (self.number - 1)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def instance_counts(text: str) -> dict[str, int]:
    """``"matching=3 notifications=2"`` (spaces or commas between) as {service: count}; a
    service not named runs once. Refuses what it cannot honour, naming the mistake."""
    counts = {app.name: 1 for app in SERVICES}
    for item in text.replace(",", " ").split():
        name, _, count = item.partition("=")
        if name not in counts:
            raise ValueError(f"INSTANCES: {name!r} is not one of "
                             f"{', '.join(counts)} (the gateway runs once)")
        if not count.isdigit() or not 1 <= int(count) <= MAX_INSTANCES:
            raise ValueError(f"INSTANCES: {item!r}: a count from 1 to {MAX_INSTANCES}")
        counts[name] = int(count)
    return counts


def plan(counts: Mapping[str, int]) -> list[Instance]:
    """Every process ``up`` runs, in start order: each service's instances, then the gateway."""
    return [*(Instance(app, n) for app in SERVICES for n in range(1, counts[app.name] + 1)),
            Instance(APPS[-1])]


def installation_secret(path: Path) -> str:
    """This installation's token secret: made once, kept in the state folder, readable only by
    its owner. Each installation signs tokens with its own, so no token works on another."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def app_environment(servers: infra.Infra, instances: Sequence[Instance] = ()) -> dict[str, str]:
    """What every app is told about the others; a variable already set wins. A service's URL
    lists each of its ``instances`` (only its first when none are given)."""
    urls = {app.name: [i.url for i in instances if i.app == app] or [app.url] for app in SERVICES}
    defaults = {
        "JWT_SECRET": installation_secret(servers.state / "jwt_secret"),
        "KAFKA_BOOTSTRAP_SERVERS": servers.kafka_bootstrap,
        "MONGODB_URL": servers.mongodb_url,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(servers.mail_smtp_port),
        **{f"{name.upper()}_URL": ",".join(found) for name, found in urls.items()},
        # the web client's pages call the gateway from the browser: its origin, and the address
        # its config.json hands them
        "CORS_ORIGINS": WEB.url,
        "WEB_GRAPHQL_URL": APPS[-1].url + "/graphql",
        # where emails point: the web client's pages (verify-email, preferences) and the
        # gateway's one-click unsubscribe
        "WEB_BASE_URL": WEB.url,
        "PUBLIC_API_URL": APPS[-1].url,
        **({"OTEL_TRACES_EXPORTER": "zipkin",
            "OTEL_EXPORTER_ZIPKIN_ENDPOINT": servers.zipkin_url + "/api/v2/spans"}
           if servers.traces else {}),
    }
    return {name: os.environ.get(name, value) for name, value in defaults.items()}


def tracing_settings(env: Mapping[str, str]) -> str:
    """The OpenTelemetry variables an app is started with, as one line: apps read them once,
    at start."""
    return " ".join(f"{name}={value}" for name, value in sorted({**os.environ, **env}.items())
                    if name.startswith("OTEL_"))


def wait_ready(instance: Instance, within: float = 90.0) -> None:
    probe = instance.url + instance.app.probe
    deadline = time.monotonic() + within
    while True:
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{instance.name} not ready at {probe} after {within:.0f} s")
        time.sleep(0.3)


def running(servers: infra.Infra) -> dict[str, int]:
    """The app instances with a live process in the state folder: name → pid."""
    found = {}
    for pid_file in sorted(servers.state.glob("*.pid")):
        name = pid_file.stem
        if name.split("-")[0] in {app.name for app in (*APPS, WEB)} \
                and (pid := infra.pid_alive(pid_file)) is not None:
            found[name] = pid
    return found


def _reconcile(servers: infra.Infra, wanted: Sequence[Instance], env: Mapping[str, str]) -> None:
    """Stop instances the plan no longer names, every app when its tracing settings changed,
    and the gateway when the service instances it calls changed (``up`` then starts them again
    with the new settings and list)."""
    names = {instance.name for instance in wanted}
    traced = servers.state / "tracing"
    retrace = traced.exists() and traced.read_text() != tracing_settings(env)
    for name in running(servers):
        kind = name.split("-")[0]
        if (kind in {app.name for app in SERVICES} and name not in names) \
                or (retrace and kind in {app.name for app in APPS}):
            infra.stop_process(name, servers)
    traced.write_text(tracing_settings(env))
    record = servers.state / "instances"
    listed = " ".join(sorted(names))
    if record.exists() and record.read_text() != listed:
        infra.stop_process(APPS[-1].name, servers)
    record.write_text(listed)


def seed_demo_catalog(env: dict[str, str]) -> None:
    """Store the synthetic national catalog (idempotent: a second run changes nothing)."""
    subprocess.run([sys.executable, "-m", "cli.main", "catalog", "seed-demo"],
                   env={**os.environ, **env}, cwd=infra.REPO, check=True)


def up(servers: infra.Infra, counts: Mapping[str, int]) -> list[Instance]:
    """Start the servers and every instance of ``plan(counts)``; what runs as planned stays."""
    wanted = plan(counts)
    infra.up(servers)
    env = app_environment(servers, wanted)
    _reconcile(servers, wanted, env)
    seed_demo_catalog(env)
    for instance in wanted:
        gateway = instance.app.name == "gateway"
        # The gateway believes X-Forwarded-For only from its FORWARDED_ALLOW_IPS (none here);
        # the services, uvicorn's default: the gateway's on this machine.
        own_proxy_trust = ["--no-proxy-headers"] if gateway else []
        # a WebSocket message gets the gateway's body limit (1 MB), not uvicorn's 16 MB
        socket_limit = ["--ws-max-size", "1048576"] if gateway else []
        infra.spawn(instance.name, [sys.executable, "-m", "uvicorn", "--factory",
                                    instance.app.factory, "--host", "127.0.0.1",
                                    "--port", str(instance.port), "--no-access-log",
                                    *own_proxy_trust, *socket_limit], servers, env=env)
    infra.spawn(WEB.name, [sys.executable, "-m", "uvicorn", "--factory", WEB.factory,
                           "--host", "127.0.0.1", "--port", str(WEB.port), "--no-access-log"],
                servers, env=env)
    for instance in (*wanted, Instance(WEB)):
        wait_ready(instance)
    return wanted


def down(servers: infra.Infra) -> None:
    """Stop the web client, the gateway, every service instance, then the servers."""
    apps = running(servers)
    for first in (WEB.name, APPS[-1].name):
        infra.stop_process(first, servers)
    for name in apps:
        infra.stop_process(name, servers)
    for record in ("instances", "tracing"):
        (servers.state / record).unlink(missing_ok=True)
    infra.down(servers)


def status(servers: infra.Infra) -> list[str]:
    """A line per server and per app instance: running (with its pid and URL) or stopped."""
    lines = [f"{name:14} {'running, pid ' + str(pid) if pid else 'stopped'}"
             for name, pid in infra.status(servers).items()]
    apps = running(servers)
    named = {i.name: i for i in (*plan(instance_counts(os.environ.get(INSTANCES, ""))),
                                 Instance(WEB))}
    for name in [*named, *(name for name in apps if name not in named)]:
        url = named[name].url if name in named else ""
        state = f"running, pid {apps[name]}" if name in apps else "stopped"
        lines.append(f"{name:14} {state}  {url}".rstrip())
    return lines


def main(argv: list[str]) -> int:
    servers = infra.Infra.from_env()
    command = argv[0] if argv else ""
    if command == "up":
        try:
            counts = instance_counts(os.environ.get(INSTANCES, ""))
        except ValueError as error:
            print(error, file=sys.stderr)
            return 2
        started = up(servers, counts)
        print(f"kafka          {servers.kafka_bootstrap}\nmongodb        {servers.mongodb_url}")
        print(f"mail           {servers.mail_web_url}/api/v1/messages  "
              f"(SMTP: 127.0.0.1:{servers.mail_smtp_port})")
        if servers.traces:
            print(f"traces         {servers.zipkin_url}/zipkin/  (Zipkin)")
        for instance in started[:-1]:
            print(f"{instance.name:14} {instance.url}  (OpenAPI: {instance.url}/docs)")
        print(f"web            {WEB.url}")
        print(f"GraphQL        {APPS[-1].url}/graphql")
    elif command == "down":
        down(servers)
        print("stopped")
    elif command == "status":
        print("\n".join(status(servers)))
    else:
        print("usage: python -m deploy.local.stack up|down|status", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
