"""Build, start, stop and inspect the local Kafka broker, FerretDB server and Mailpit mail server,
and on request (``SMARTPICK_TRACES=1``) the Zipkin trace viewer.

Where Docker exists the project runs the official images; here there is no Docker engine, so the
same servers are built from Maven Central (Kafka's jars, Zipkin's) and the Go module proxy
(FerretDB, Mailpit) and run as plain processes. Everything they write lives under one git-ignored
state folder; a start is idempotent (a live process found through its pid file is kept) and a
stop leaves no process.

    python -m deploy.local.infra build            # jars + FerretDB and Mailpit binaries, cached
    python -m deploy.local.infra up|down|status   # ports and state folder from the environment
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = REPO / "deploy" / "local"
CACHE = REPO / ".local"
KAFKA_LIBS = CACHE / "kafka" / "libs"
FERRETDB_BIN = CACHE / "bin" / "ferretdb"
MAILPIT_BIN = CACHE / "bin" / "mailpit"
ZIPKIN_LIBS = CACHE / "zipkin" / "libs"
# Maven's bundled dependency plugin is too old to copy a modern dependency tree reliably.
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"


@dataclass(frozen=True)
class Infra:
    """One set of local servers: its ports and the folder holding their data, logs and pids."""

    state: Path
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    ferretdb_port: int = 27017
    mail_smtp_port: int = 1025
    mail_web_port: int = 8025
    mail_chaos: bool = False
    """Let Mailpit's API make its SMTP server answer errors (tests of delivery retries)."""
    zipkin_port: int = 9411
    traces: bool = False
    """Run the Zipkin trace viewer too (``make up TRACES=1``); without it none is fetched or run."""

    @classmethod
    def from_env(cls, prefix: str = "SMARTPICK_", defaults: Infra | None = None) -> Infra:
        """The servers ``<prefix>INFRA_STATE``, ``<prefix>KAFKA_PORT`` … name, each unset one as
        in ``defaults``: `make up` (``SMARTPICK_``), the test session (``SMARTPICK_TEST_``) and
        the fault tests (``SMARTPICK_FAULT_``) each read their own, so their servers never meet."""
        base = defaults or cls(state=CACHE / "infra")
        env = os.environ

        def port(name: str, default: int) -> int:
            return int(env.get(prefix + name, default))

        return replace(
            base, state=Path(env.get(prefix + "INFRA_STATE", base.state)),
            kafka_port=port("KAFKA_PORT", base.kafka_port),
            kafka_controller_port=port("KAFKA_CONTROLLER_PORT", base.kafka_controller_port),
            ferretdb_port=port("FERRETDB_PORT", base.ferretdb_port),
            mail_smtp_port=port("MAIL_SMTP_PORT", base.mail_smtp_port),
            mail_web_port=port("MAIL_WEB_PORT", base.mail_web_port),
            zipkin_port=port("ZIPKIN_PORT", base.zipkin_port),
            traces=(env[prefix + "TRACES"].strip().lower() in {"1", "true", "yes", "on"}
                    if prefix + "TRACES" in env else base.traces),
        )

    @property
    def kafka_bootstrap(self) -> str:
        return f"127.0.0.1:{self.kafka_port}"

    @property
    def mongodb_url(self) -> str:
        return f"mongodb://127.0.0.1:{self.ferretdb_port}/"

    @property
    def mail_web_url(self) -> str:
        """Mailpit's web page and REST API (``/api/v1/messages``)."""
        return f"http://127.0.0.1:{self.mail_web_port}"

    @property
    def zipkin_url(self) -> str:
        """Zipkin's API (``/api/v2/...``); its web page is under ``/zipkin/``."""
        return f"http://127.0.0.1:{self.zipkin_port}"


def _digest(*paths: Path) -> str:
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.read_bytes())
    return sha.hexdigest()


def _build_if_changed(stamp: Path, inputs: tuple[Path, ...],
                      build: Callable[[], None]) -> None:
    """Run `build` unless `stamp` records the digest of `inputs` (so a second run does nothing)."""
    digest = _digest(*inputs)
    if stamp.exists() and stamp.read_text() == digest:
        return
    build()
    stamp.write_text(digest)


def _run(command: list[str], cwd: Path) -> None:
    print(f"building: {' '.join(command)}", file=sys.stderr, flush=True)
    started = time.monotonic()
    subprocess.run(command, cwd=cwd, check=True)
    print(f"built in {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)


FERRETDB_PATCHES = ("id-index.patch", "serial-writes.patch", "update-statements.patch",
                    "resource-tracking.patch", "parameter-tags.patch")


def _build_ferretdb(wrapper: Path) -> None:
    """Build our wrapper against a vendored FerretDB with our ``*.patch`` files applied (each
    says why), in a scratch copy under .local so the repository's folder stays clean."""
    scratch = CACHE / "ferretdb-build"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for name in ("go.mod", "go.sum", "main.go"):
        shutil.copy(wrapper / name, scratch / name)
    _run(["go", "mod", "vendor"], scratch)
    vendored = scratch / "vendor" / "github.com" / "FerretDB" / "FerretDB"
    for patch in FERRETDB_PATCHES:
        _run(["patch", "--forward", "--batch", "-p1", "-i", str(wrapper / patch)], vendored)
    _run(["env", "CGO_ENABLED=0", "go", "build", "-mod=vendor", "-o", str(FERRETDB_BIN), "."],
         scratch)
    shutil.rmtree(scratch)


MAILPIT_MODULE = "github.com/axllent/mailpit"
MAILPIT_UI_RECIPE = "ui-npm.json"


def _mailpit_module(wrapper: Path) -> tuple[Path, str]:
    """The Mailpit module our wrapper pins: its (read-only) folder in Go's module cache, fetched
    if missing, and its version."""
    found = subprocess.run(["go", "mod", "download", "-json", MAILPIT_MODULE], cwd=wrapper,
                           check=True, capture_output=True, text=True)
    module = json.loads(found.stdout)
    return Path(module["Dir"]), str(module["Version"])


def _build_mailpit_ui(source: Path, recipe: Path, folder: Path) -> Path:
    """Mailpit's browser bundle (``server/ui/dist/``: app.js, app.css, docs.js, fonts), built as
    upstream does (npm, then its esbuild script) from the module's own ``server/ui-src/``, with the
    package versions ``recipe`` names where upstream's lock file pins some the registry lacks."""
    folder.mkdir(parents=True)
    for name in ("package.json", "package-lock.json", "esbuild.config.mjs"):
        shutil.copyfile(source / name, folder / name)
    shutil.copytree(source / "server" / "ui-src", folder / "server" / "ui-src",
                    copy_function=shutil.copyfile)
    for path in (folder / "server" / "ui-src", *(folder / "server" / "ui-src").rglob("*")):
        path.chmod(path.stat().st_mode | 0o200)  # the module cache's folders are read-only
    wanted = json.loads(recipe.read_text())
    package = json.loads((folder / "package.json").read_text())
    package["devDependencies"] = {name: version
                                  for name, version in package["devDependencies"].items()
                                  if name in wanted["keepDevDependencies"]}
    package["dependencies"].update(wanted["dependencies"])
    package["overrides"] = {**package.get("overrides", {}), **wanted["overrides"]}
    (folder / "package.json").write_text(json.dumps(package, indent=2) + "\n")
    # Install scripts stay off: esbuild finds its binary in its platform package without them.
    _run(["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
         folder)
    _run(["env", "MINIFY=true", "node", "esbuild.config.mjs"], folder)
    dist = folder / "server" / "ui" / "dist"
    missing = [name for name in ("app.js", "app.css", "docs.js") if not (dist / name).is_file()]
    if missing:
        raise RuntimeError(f"Mailpit's bundle build made no {', '.join(missing)} in {dist}")
    return dist


def _build_mailpit(wrapper: Path) -> None:
    """Compile Mailpit, the tool our wrapper module pins (``go.mod``; ``go.sum`` checks it), with
    its web page: the module lacks the browser bundle its binary embeds (``//go:embed ui`` in
    ``server/embed.go``), so we build that bundle and put it into a vendored copy, in a scratch
    folder under .local (like FerretDB's patches)."""
    scratch = CACHE / "mailpit-build"
    shutil.rmtree(scratch, ignore_errors=True)
    source, version = _mailpit_module(wrapper)
    dist = _build_mailpit_ui(source, wrapper / MAILPIT_UI_RECIPE, scratch / "ui")
    module = scratch / "go"
    module.mkdir(parents=True)
    for name in ("go.mod", "go.sum"):
        shutil.copy(wrapper / name, module / name)
    _run(["go", "mod", "vendor"], module)
    vendored = module / "vendor" / Path(*MAILPIT_MODULE.split("/"))
    shutil.copytree(dist, vendored / "server" / "ui" / "dist")
    _run(["env", "CGO_ENABLED=0", "go", "build", "-mod=vendor", "-trimpath",
          f"-ldflags=-X {MAILPIT_MODULE}/config.Version={version}", "-o", str(MAILPIT_BIN),
          MAILPIT_MODULE], module)
    shutil.rmtree(scratch)


def _copy_jars(recipe: Path, libs: Path) -> None:
    """Fill ``libs`` anew with the runtime jars the ``pom.xml`` in ``recipe`` resolves."""
    shutil.rmtree(libs, ignore_errors=True)  # no jar of an older version stays beside the new
    libs.mkdir(parents=True)
    _run(["mvn", "-B", "-q", f"{DEPENDENCY_PLUGIN}:copy-dependencies", "-DincludeScope=runtime",
          f"-DoutputDirectory={libs}"], recipe)


def fetch_jars(recipe: Path, libs: Path) -> None:
    """Resolve ``recipe``'s jars from Maven Central into ``libs``, unless its stamp says they
    match its ``pom.xml`` already."""
    if libs.exists() and not (libs / ".stamp").exists():
        shutil.rmtree(libs)  # a half-finished copy from an interrupted run
    libs.mkdir(parents=True, exist_ok=True)
    _build_if_changed(libs / ".stamp", (recipe / "pom.xml",), lambda: _copy_jars(recipe, libs))


def fetch_zipkin() -> None:
    """Zipkin's executable jar (server, UI and in-memory storage in one), fetched on first use."""
    fetch_jars(HERE / "zipkin", ZIPKIN_LIBS)


def build() -> None:
    """Fetch the Kafka jars, compile FerretDB and Mailpit, each only when its recipe changed."""
    fetch_jars(HERE / "kafka", KAFKA_LIBS)
    FERRETDB_BIN.parent.mkdir(parents=True, exist_ok=True)
    if not FERRETDB_BIN.exists():
        (FERRETDB_BIN.parent / ".ferretdb.stamp").unlink(missing_ok=True)
    # Our wrapper embeds FerretDB: a plain `go install` of v1.24.2 builds a binary that panics.
    wrapper = HERE / "ferretdb"
    _build_if_changed(
        FERRETDB_BIN.parent / ".ferretdb.stamp",
        tuple(wrapper / name for name in ("go.mod", "go.sum", "main.go", *FERRETDB_PATCHES)),
        lambda: _build_ferretdb(wrapper),
    )
    build_mailpit()


def build_mailpit() -> None:
    """Compile Mailpit unless the binary matches its recipe (the tests' mail server needs only
    this, wherever Kafka and MongoDB come from)."""
    MAILPIT_BIN.parent.mkdir(parents=True, exist_ok=True)
    if not MAILPIT_BIN.exists():
        (MAILPIT_BIN.parent / ".mailpit.stamp").unlink(missing_ok=True)
    mailpit = HERE / "mailpit"
    _build_if_changed(MAILPIT_BIN.parent / ".mailpit.stamp",
                      (mailpit / "go.mod", mailpit / "go.sum", mailpit / MAILPIT_UI_RECIPE),
                      lambda: _build_mailpit(mailpit))


def pid_alive(pid_file: Path) -> int | None:
    if not pid_file.exists():
        return None
    try:
        pid = int(pid_file.read_text().strip())
    except ValueError:
        pid = 0
    if pid <= 0 or _exited(pid):
        pid_file.unlink(missing_ok=True)
        return None
    return pid


def spawn(name: str, argv: list[str], infra: Infra,
          env: dict[str, str] | None = None) -> subprocess.Popen[bytes] | None:
    """Start a server in its own session (so a stop can take its whole group) unless it runs."""
    pid_file = infra.state / f"{name}.pid"
    if pid_alive(pid_file):
        return None
    with (infra.state / f"{name}.out").open("ab") as log:
        process = subprocess.Popen(
            argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, env={**os.environ, **(env or {})}, cwd=REPO,
        )
    pid_file.write_text(str(process.pid))
    return process


def wait_for_port(
    port: int, name: str, infra: Infra, process: subprocess.Popen[bytes] | None,
    timeout: float = 90.0,
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # poll() also reaps a child that died at once, which a bare kill(pid, 0) would miss.
        if process is not None and process.poll() is not None:
            (infra.state / f"{name}.pid").unlink(missing_ok=True)
            tail = (infra.state / f"{name}.out").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{name} exited during start-up:\n{tail}")
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise TimeoutError(f"{name} did not open port {port} within {timeout:.0f} s")


def _cluster_id(infra: Infra) -> str:
    """16 random bytes, unpadded base64url, kept so that restarts reuse the formatted storage."""
    path = infra.state / "kafka" / "cluster.id"
    if not path.exists():
        raw = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        path.write_text("A" + raw[1:] if raw.startswith("-") else raw)
    return path.read_text().strip()


def start_kafka(infra: Infra) -> None:
    home = infra.state / "kafka"
    (home / "data").mkdir(parents=True, exist_ok=True)
    properties = home / "server.properties"
    template = (HERE / "kafka" / "server.properties.template").read_text()
    properties.write_text(template.format(
        port=infra.kafka_port, controller_port=infra.kafka_controller_port,
        data_dir=home / "data",
    ))
    java = ["java", "-cp", f"{KAFKA_LIBS}/*", f"-Dkafka.logs.dir={home}",
            f"-Dlog4j2.configurationFile={HERE / 'kafka' / 'log4j2.xml'}"]
    if not pid_alive(infra.state / "kafka.pid"):
        subprocess.run(
            [*java, "kafka.tools.StorageTool", "format", "-t", _cluster_id(infra),
             "-c", str(properties), "--ignore-formatted"],
            check=True, stdout=subprocess.DEVNULL,
        )
    # Serial GC and a small heap: one node on a 2-core machine shared with the tests.
    process = spawn("kafka", [*java[:1], "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                               *java[1:], "kafka.Kafka", str(properties)], infra)
    wait_for_port(infra.kafka_port, "kafka", infra, process)


SQLITE_OPTIONS = "_pragma=synchronous(normal)"
"""WAL with ``synchronous=normal``: a commit is written to the log but not fsynced, which loses
nothing when a process is killed (only an operating-system crash may lose the last commits);
FerretDB's default fsyncs every commit. Measured in deploy/local/README.md."""


def start_ferretdb(infra: Infra) -> None:
    data = infra.state / "ferretdb"
    data.mkdir(parents=True, exist_ok=True)
    process = spawn("ferretdb", [
        str(FERRETDB_BIN), f"-sqlite-url=file:{data}/?{SQLITE_OPTIONS}",
        f"-listen-addr=127.0.0.1:{infra.ferretdb_port}",
    ], infra)
    wait_for_port(infra.ferretdb_port, "ferretdb", infra, process)


def start_mailpit(infra: Infra) -> None:
    """Mailpit keeps every message it receives in its own SQLite file in the state folder."""
    data = infra.state / "mailpit"
    data.mkdir(parents=True, exist_ok=True)
    process = spawn("mailpit", [
        str(MAILPIT_BIN), f"--smtp=127.0.0.1:{infra.mail_smtp_port}",
        f"--listen=127.0.0.1:{infra.mail_web_port}", f"--database={data / 'mailpit.db'}",
        "--disable-version-check", *(["--enable-chaos"] if infra.mail_chaos else []),
    ], infra)
    wait_for_port(infra.mail_smtp_port, "mailpit", infra, process)
    wait_for_port(infra.mail_web_port, "mailpit", infra, process)


ZIPKIN_MAX_SPANS = 100_000
"""Spans Zipkin's in-memory storage keeps (it drops the oldest traces beyond): its default of
500,000 would outgrow the small heap it gets here."""


def start_zipkin(infra: Infra) -> None:
    """Zipkin on loopback, spans in memory only (a restart forgets them); temporary files and
    log in the state folder."""
    home = infra.state / "zipkin"
    home.mkdir(parents=True, exist_ok=True)
    jar = next(ZIPKIN_LIBS.glob("zipkin-server-*-exec.jar"))
    # Serial GC, a small heap and only the quick compiler: it starts in seconds beside the tests.
    process = spawn("zipkin", [
        "java", "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        f"-Djava.io.tmpdir={home}", "-jar", str(jar), "--armeria.ports[0].ip=127.0.0.1",
        f"--armeria.ports[0].port={infra.zipkin_port}",
    ], infra, env={"STORAGE_TYPE": "mem", "MEM_MAX_SPANS": str(ZIPKIN_MAX_SPANS)})
    wait_for_port(infra.zipkin_port, "zipkin", infra, process)


def up(infra: Infra) -> None:
    """Build if needed, then start the servers; safe to call when they already run. The trace
    viewer runs only when ``infra.traces`` asks for it: a run without stops one left running."""
    build()
    infra.state.mkdir(parents=True, exist_ok=True)
    start_ferretdb(infra)
    start_kafka(infra)
    start_mailpit(infra)
    if infra.traces:
        fetch_zipkin()
        start_zipkin(infra)
    else:
        stop_process("zipkin", infra)


def _exited(pid: int) -> bool:
    """True once `pid` is gone; reaps it when it is our own child, so no zombie looks alive."""
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return True
    except ChildProcessError:
        pass  # not our child: its parent reaps it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def stop_process(name: str, infra: Infra, grace: float = 30.0) -> None:
    pid_file = infra.state / f"{name}.pid"
    pid = pid_alive(pid_file)
    if pid is None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while not _exited(pid):
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            deadline = float("inf")
        time.sleep(0.2)
    pid_file.unlink(missing_ok=True)


def down(infra: Infra) -> None:
    """Stop Kafka first (it may still be flushing), then FerretDB, Mailpit and the trace viewer
    if it runs; data stays for the next start (Zipkin's spans, kept in memory, do not)."""
    stop_process("kafka", infra)
    stop_process("ferretdb", infra)
    stop_process("mailpit", infra)
    stop_process("zipkin", infra)


def status(infra: Infra) -> dict[str, int | None]:
    names = ("kafka", "ferretdb", "mailpit", "zipkin")
    return {name: pid_alive(infra.state / f"{name}.pid") for name in names}


def main(argv: list[str]) -> int:
    infra = Infra.from_env()
    command = argv[0] if argv else "status"
    if command == "build":
        build()
    elif command == "up":
        up(infra)
        print(f"kafka    {infra.kafka_bootstrap}\nferretdb {infra.mongodb_url}\n"
              f"mail     {infra.mail_web_url}")
        if infra.traces:
            print(f"traces   {infra.zipkin_url}/zipkin/")
    elif command == "down":
        down(infra)
    elif command == "status":
        for name, pid in status(infra).items():
            print(f"{name:9} {'running, pid ' + str(pid) if pid else 'stopped'}")
    else:
        print("usage: python -m deploy.local.infra build|up|down|status", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
