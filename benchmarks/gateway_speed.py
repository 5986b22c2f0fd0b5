"""Benchmark: what the GraphQL gateway adds to a direct call, and how many requests it serves.

On servers it starts itself (Kafka, FerretDB, Mailpit from deploy/local/infra.py, the profiles
and matching services and the gateway, on ports of their own) and stops, for one signed-in
applicant with recommendations (a catalog of --programs Internal Medicine programs):

(a) overhead: latency p50/p99 of `me { recommendations(first: 20) { … } }` through the gateway,
    one request at a time, against the same page fetched directly from the matching service
    (GET /applicants/{id}/recommendations), the one call the gateway makes for it (`me` takes
    the account's id from the token); goal: the gateway at most 1.5x the direct call. Two
    gateways side by side: one without its answer cache (ANSWER_CACHE_ENTRIES=0: what the
    gateway adds to the call) and one with it (gateway/answer_cache.py: what a client gets while
    the applicant's recommendations stay as they are). A third way is the same GET through a
    bare reverse proxy (benchmarks/bare_proxy.py: uvicorn and one pooled httpx client, no
    GraphQL): the floor of any gateway made of these parts.
(b) throughput: requests per second of that query with a program's name and state per item (the
    web client's list, a third call: the catalog) under `wrk` with --connections open, the
    gateway run with 1 and with 2 uvicorn workers, its live consumer and answer cache on, then
    with the most workers and the cache off; goal: 500/s. The direct call's own rate is
    measured alike, as the ceiling the uncached gateway sits on.
(c) the gateway's own CPU per request: the same queries through the gateway in this process,
    its services answered from a recording of their real answers, so neither the services nor
    the machine's other load count; 1000 / that is what one core could serve at best; with the
    answer cache too (its feed taken as current: no Kafka in this process).

Every process shares the machine's cores, wrk included: figures are the whole stack's.
Run: .venv/bin/python benchmarks/gateway_speed.py [--quick] [--results benchmarks/RESULTS.md]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import re
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from deploy.local import infra
from gateway.answer_cache import AnswerCache
from gateway.main import create_app
from gateway.settings import Settings
from services.profiles.catalog.demo import generate_catalog
from services.profiles.catalog.writer import store_programs
from services.profiles.settings import Settings as ProfilesSettings
from tests.profile_stream import gql_data

APPS = {"profiles": "services.profiles.main:create_app",
        "matching": "services.matching.main:create_app",
        "gateway": "gateway.main:create_app", "bare-proxy": "benchmarks.bare_proxy:create_app"}
ITEM = "eligible score pInterview tier reasons exclusionReasons"
SAME_DATA = ("query Page { me { recommendations(first: 20) { totalCount edges { cursor node { "
             f"{ITEM} }} }} }} }} }}")
WITH_PROGRAMS = ("query List { me { recommendations(first: 20) { totalCount edges { cursor node { "
                 f"{ITEM} program {{ name state }} }} }} }} }} }}")
LATENCY_GOAL, RATE_GOAL = 1.5, 500.0
UNCACHED, PROXY = "gateway-uncached", "bare-proxy"
WRK_SCRIPT = """
wrk.method = "{method}"
wrk.body = {body}
wrk.headers["content-type"] = "application/json"
wrk.headers["authorization"] = "Bearer {token}"
local threads = {{}}
function setup(thread) table.insert(threads, thread) end
function init(args) failed = 0 end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then failed = failed + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("failed") end
  io.write(string.format("failed %d\\n", total))
end
"""


class Stack:
    """The servers of one run; ``start_gateway`` restarts the gateway with another worker count."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.servers = infra.Infra(state=args.state, kafka_port=args.kafka_port,
                                   kafka_controller_port=args.kafka_port + 1,
                                   ferretdb_port=args.ferretdb_port,
                                   mail_smtp_port=args.smtp_port, mail_web_port=args.mail_port)
        self.ports = {"profiles": args.base_port, "matching": args.base_port + 1,
                      "gateway": args.base_port + 2, UNCACHED: args.base_port + 3,
                      PROXY: args.base_port + 4}
        self.prefix = f"gb{secrets.token_hex(4)}."
        self.secret = secrets.token_urlsafe(48)

    def url(self, app: str) -> str:
        return f"http://127.0.0.1:{self.ports[app]}"

    def env(self, app: str) -> dict[str, str]:
        return {"JWT_SECRET": self.secret, "KAFKA_BOOTSTRAP_SERVERS": self.servers.kafka_bootstrap,
                "MONGODB_URL": self.servers.mongodb_url, "TOPIC_PREFIX": self.prefix,
                "MONGODB_DATABASE": f"{self.prefix.strip('.')}_{app}", "ENVIRONMENT": "test",
                "LOG_LEVEL": "WARNING", "SIGN_UPS_PER_MINUTE_PER_ADDRESS": "1000",
                "PROFILES_URL": self.url("profiles"), "MATCHING_URL": self.url("matching")}

    def start(self, programs: int) -> None:
        if not any(infra.status(self.servers).values()) and self.servers.state.exists():
            shutil.rmtree(self.servers.state)
        infra.up(self.servers)
        settings = ProfilesSettings(kafka_bootstrap_servers=self.servers.kafka_bootstrap,
                                    mongodb_url=self.servers.mongodb_url,
                                    topic_prefix=self.prefix,
                                    mongodb_database=self.env("profiles")["MONGODB_DATABASE"])
        catalog = [p for p in generate_catalog() if p.specialty == "Internal Medicine"][:programs]
        asyncio.run(store_programs(catalog, None, settings))
        for app in ("profiles", "matching", PROXY):
            self._spawn(app, [])
        self.start_gateway(1)

    def start_gateway(self, workers: int, cached: bool = True, name: str = "gateway") -> None:
        """(Re)start a gateway as ``name``: the one (b) measures, or a second one for (a)."""
        infra.stop_process(name, self.servers)
        self._spawn(name, ["--no-proxy-headers", "--workers", str(workers)],
                    {} if cached else {"ANSWER_CACHE_ENTRIES": "0"})

    def _spawn(self, name: str, extra: list[str], env: dict[str, str] | None = None) -> None:
        app = "gateway" if name == UNCACHED else name
        infra.spawn(name, [sys.executable, "-m", "uvicorn", "--factory", APPS[app], "--host",
                           "127.0.0.1", "--port", str(self.ports[name]), "--no-access-log",
                           *extra], self.servers, env={**self.env(app), **(env or {})})
        probe = self.url(name) + ("/healthz" if app == "gateway" else "/readyz")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(probe, timeout=2).status_code == 200:
                    return
            time.sleep(0.3)
        raise RuntimeError(f"{name} did not start: see {self.servers.state}/{name}.out")

    def stop(self) -> None:
        for app in (UNCACHED, *reversed(APPS)):
            infra.stop_process(app, self.servers)
        infra.down(self.servers)


async def applicant(stack: Stack) -> tuple[str, str]:
    """A signed-up applicant whose recommendations are computed: (account id, token)."""
    graphql = stack.url("gateway") + "/graphql"
    async with httpx.AsyncClient(timeout=30) as client:
        email = f"bench-{secrets.token_hex(4)}@example.org"
        token = (await gql_data(client, graphql, f'mutation {{ signUp(input: {{email: "{email}", '
                                'password: "a long passphrase"}) { token } }'))["signUp"]["token"]
        await gql_data(client, graphql, "mutation { updateMyProfile(input: {applicantType: "
                       "NON_US_IMG, graduationYear: 2021, step2Score: 245, visa: J1, usceMonths: "
                       '3, ecfmgCertified: true, specialties: ["Internal Medicine"]}) '
                       "{ step2Score } }", token)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            me = (await gql_data(client, graphql,
                                 "{ me { id recommendations(first: 20) { totalCount } } }",
                                 token))["me"]
            if me["recommendations"]["totalCount"] >= 20:
                return me["id"], token
            await asyncio.sleep(0.5)
    raise RuntimeError("no recommendations within 5 minutes")


async def latencies(stack: Stack, account: str, token: str, requests: int) -> dict[str, Any]:
    """p50/p99 of each way to the page, interleaved one request at a time over kept-alive
    connections (each way its own), so the machine's other load weighs on all alike."""
    auth = {"authorization": f"Bearer {token}"}
    direct = f"{stack.url('matching')}/applicants/{account}/recommendations"
    ways: dict[str, Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]] = {
        "gateway": lambda c: c.post(stack.url(UNCACHED) + "/graphql",
                                    json={"query": SAME_DATA}, headers=auth),
        "gateway cached": lambda c: c.post(stack.url("gateway") + "/graphql",
                                           json={"query": SAME_DATA}, headers=auth),
        "direct recommendations": lambda c: c.get(direct, params={"first": 20}, headers=auth),
        "bare proxy": lambda c: c.get(direct.replace(stack.url("matching"), stack.url(PROXY)),
                                      params={"first": 20}, headers=auth),
    }
    samples: dict[str, list[float]] = {way: [] for way in ways}
    clients = {way: httpx.AsyncClient(timeout=30) for way in ways}
    try:
        for round_ in range(requests + 20):
            for way, send in ways.items():
                began = time.perf_counter()
                answer = await send(clients[way])
                spent = time.perf_counter() - began
                assert answer.status_code == 200 and "errors" not in answer.json(), answer.text
                if round_ >= 20:  # warm-up: caches, connections
                    samples[way].append(spent * 1000)
    finally:
        for client in clients.values():
            await client.aclose()
    found: dict[str, Any] = {way: {"p50_ms": round(statistics.median(ms), 2),
                                   "p99_ms": round(statistics.quantiles(ms, n=100)[98], 2)}
                             for way, ms in samples.items()}
    base = found["direct recommendations"]
    ratios = {f"ratio_{p}{suffix}": round(found[way][f"{p}_ms"] / base[f"{p}_ms"], 2)
              for p in ("p50", "p99")
              for way, suffix in (("gateway", ""), ("gateway cached", "_cached"),
                                  ("bare proxy", "_proxy"))}
    return {**found, **ratios}


class Replay(httpx.AsyncBaseTransport):
    """Forwards each service route's first request to the real service and answers every later
    one with that first answer: the gateway's work stays, the services' leaves."""

    def __init__(self) -> None:
        self.real = httpx.AsyncHTTPTransport()
        self.answers: dict[tuple[str, str], tuple[int, bytes]] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.method, request.url.path)
        if key not in self.answers:
            response = await self.real.handle_async_request(request)
            self.answers[key] = (response.status_code, await response.aread())
        status, body = self.answers[key]
        return httpx.Response(status, content=body,
                              headers={"content-type": "application/json"})


async def gateway_cpu(stack: Stack, token: str, requests: int) -> dict[str, float]:
    """CPU milliseconds per request of each query in an in-process gateway (its caller, the
    in-process httpx client, included: measured alone with `{ health }`)."""
    app = create_app(Settings(jwt_secret=stack.secret, environment="test", log_level="WARNING",
                              profiles_url=stack.url("profiles"),
                              matching_url=stack.url("matching")))
    app.state.http = httpx.AsyncClient(transport=Replay())
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    found: dict[str, float] = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        for name, query in (("health", "{ health }"), ("same data", SAME_DATA),
                            ("with programs", WITH_PROGRAMS), ("same data, cached", SAME_DATA),
                            ("with programs, cached", WITH_PROGRAMS)):
            if name.endswith("cached"):
                app.state.answers = AnswerCache(lambda: True, entries=100, max_bytes=2**24,
                                                ttl=3600)
            for round_ in range(2):  # the first round records answers and warms the caches
                began = time.process_time()
                for _ in range(requests):
                    answer = await client.post("/graphql", json={"query": query},
                                               headers={"authorization": f"Bearer {token}"})
                    assert "errors" not in answer.json(), answer.text
                if round_:
                    found[name] = round((time.process_time() - began) / requests * 1000, 2)
    return found


def cpu_seconds(state: Path) -> dict[str, float]:
    """CPU seconds so far of each server's session (uvicorn and its workers, the JVM, FerretDB),
    and of this benchmark's children (wrk)."""
    hz = os.sysconf("SC_CLK_TCK")
    sessions = {int((state / f"{name}.pid").read_text()): name
                for name in (*APPS, "kafka", "ferretdb") if (state / f"{name}.pid").exists()}
    found = dict.fromkeys(sessions.values(), 0.0)
    for entry in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError, IndexError):
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            name = sessions.get(int(fields[3]))  # the session id
            if name is not None:
                found[name] += (int(fields[11]) + int(fields[12])) / hz  # utime + stime
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {**found, "wrk": children.ru_utime + children.ru_stime}


def wrk(url: str, token: str, connections: int, seconds: int, body: str | None,
        state: Path) -> dict[str, Any]:
    """Requests per second and latency percentiles from wrk (one thread: it shares the cores)."""
    script = WRK_SCRIPT.format(method="POST" if body else "GET", token=token,
                               body=json.dumps(body) if body else "nil")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
    before = cpu_seconds(state)
    try:
        out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency",
                              "--timeout", "30s", "-s", file.name, url],
                             capture_output=True, text=True, check=True,
                             timeout=seconds + 60).stdout
    finally:
        os.unlink(file.name)
    after = cpu_seconds(state)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    failed = re.search(r"failed (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    total = re.search(r"(\d+) requests in", out)
    requests = int(total.group(1)) if total else 0
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.MULTILINE))
    return {"requests_per_second": float(rate.group(1)) if rate else 0.0,
            "requests": requests, "failed": int(failed.group(1)) if failed else -1,
            "p50": percentiles.get("50"), "p99": percentiles.get("99"),
            "socket_errors": socket_errors.group(1) if socket_errors else "none",
            "cpu_ms_per_request": {name: round((after[name] - before.get(name, 0.0)) * 1000
                                               / max(requests, 1), 1) for name in after}}


def throughput(stack: Stack, account: str, token: str,
               args: argparse.Namespace) -> dict[str, Any]:
    found: dict[str, Any] = {}
    direct = f"{stack.url('matching')}/applicants/{account}/recommendations?first=20"
    found["direct recommendations"] = wrk(direct, token, args.connections, args.seconds, None,
                                          args.state)
    print(_rate_line("direct recommendations", found["direct recommendations"]))
    for workers in args.workers:
        stack.start_gateway(workers)
        graphql = stack.url("gateway") + "/graphql"
        for name, query in (("with programs", WITH_PROGRAMS), ("same data", SAME_DATA)):
            body = json.dumps({"query": query})
            # warm-up: every worker's caches and connections
            wrk(graphql, token, args.connections, 2, body, args.state)
            key = f"gateway {workers} worker{'s' if workers > 1 else ''}, {name}"
            found[key] = wrk(graphql, token, args.connections, args.seconds, body, args.state)
            print(_rate_line(key, found[key]))
    workers = max(args.workers)
    stack.start_gateway(workers, cached=False)
    for name, query in (("with programs", WITH_PROGRAMS), ("same data", SAME_DATA)):
        body = json.dumps({"query": query})
        wrk(stack.url("gateway") + "/graphql", token, args.connections, 2, body, args.state)
        key = f"gateway {workers} worker{'s' if workers > 1 else ''} uncached, {name}"
        found[key] = wrk(stack.url("gateway") + "/graphql", token, args.connections,
                         args.seconds, body, args.state)
        print(_rate_line(key, found[key]))
    return found


def _rate_line(name: str, figures: dict[str, Any]) -> str:
    rate = figures["requests_per_second"]
    return (f"  {name:<42} {rate:7.0f}/s ({rate / RATE_GOAL:.2f}x the goal of "
            f"{RATE_GOAL:.0f}/s)  p50 {figures['p50']}  p99 {figures['p99']}  "
            f"failed {figures['failed']}/{figures['requests']}, socket errors "
            f"{figures['socket_errors']}\n    CPU ms per request: {_cpu(figures)}")


def _cpu(figures: dict[str, Any]) -> str:
    return ", ".join(f"{name} {ms}" for name, ms in figures["cpu_ms_per_request"].items())


WAYS = {"gateway": "gateway `me { recommendations(first: 20) { … } }`, answer cache off",
        "gateway cached": "the same, answer cache on (hits)",
        "direct recommendations": "matching `GET /applicants/{id}/recommendations?first=20`",
        "bare proxy": "the same GET through a bare reverse proxy (no GraphQL)"}


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores, {memory:.0f} GiB, "
            f"{platform.processor() or platform.machine()}, Python "
            f"{platform.python_version()}, load at start {load}")


def append_results(path: Path, report: dict[str, Any]) -> None:
    lat, rates = report["latency"], report["throughput"]
    latency_rows = "\n".join(f"| {label} | {lat[way]['p50_ms']} ms | {lat[way]['p99_ms']} ms |"
                              for way, label in WAYS.items())
    rate_rows = "\n".join(f"| {name} | {f['requests_per_second']:.0f}/s | {f['p50']} | "
                          f"{f['p99']} | {f['failed']}/{f['requests']} | {_cpu(f)} |"
                          for name, f in rates.items())
    cpu_rows = "\n".join(f"- {name}: {ms} ms, at best {1000 / ms:.0f}/s per core"
                         for name, ms in report["cpu_ms"].items())
    text = f"""
## Gateway overhead and throughput (`make bench-gateway`), {report['date']}

Machine: {report['machine']}.

`benchmarks/gateway_speed.py` ({report['arguments']}): profiles, matching and the gateway as
processes on this machine with Kafka, FerretDB and Mailpit, one applicant with
{report['programs']} Internal Medicine programs; wrk (1 thread, {report['connections']}
connections) on the same cores.

(a) one request at a time, {report['requests']} each, interleaved:

| way | p50 | p99 |
|---|---|---|
{latency_rows}

Gateway / direct recommendations: {lat['ratio_p50']}x at p50, {lat['ratio_p99']}x at p99
(goal: at most {LATENCY_GOAL}x); with the answer cache: {lat['ratio_p50_cached']}x at p50,
{lat['ratio_p99_cached']}x at p99; a bare reverse proxy, the floor of any gateway of uvicorn and
httpx: {lat['ratio_p50_proxy']}x at p50, {lat['ratio_p99_proxy']}x at p99.

(c) the gateway's CPU per request in one process, services replayed (the in-process client's
share included; `{{ health }}` is that share plus the smallest request):
{cpu_rows}

(b) requests per second (goal: {RATE_GOAL:.0f}/s):

| load | rate | p50 | p99 | failed | CPU ms per request, by process |
|---|---|---|---|---|---|
{rate_rows}
"""
    with path.open("a") as file:
        file.write(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 requests, 5 s per load")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=lambda t: [int(x) for x in t.split(",")],
                        default=[1, 2])
    parser.add_argument("--programs", type=int, default=300)
    parser.add_argument("--state", type=Path, default=Path(".local/bench-gateway"))
    parser.add_argument("--kafka-port", type=int, default=29392)
    parser.add_argument("--ferretdb-port", type=int, default=28017)
    parser.add_argument("--smtp-port", type=int, default=21125)
    parser.add_argument("--mail-port", type=int, default=28125)
    parser.add_argument("--base-port", type=int, default=28301,
                        help="profiles; matching and the gateway on the next two")
    parser.add_argument("--results", type=Path, help="append the figures to this Markdown file")
    parser.add_argument("--keep-servers", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.requests, args.seconds = 100, 5
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed for (b): apt-get install wrk")
    report: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                              "machine": machine(), "programs": args.programs,
                              "requests": args.requests, "connections": args.connections,
                              "arguments": (f"{args.requests} requests each way, "
                                            f"{args.seconds} s per load, workers "
                                            f"{','.join(map(str, args.workers))}")}
    print(report["date"], report["machine"])
    stack = Stack(args)
    try:
        began = time.monotonic()
        stack.start(args.programs)
        account, token = asyncio.run(applicant(stack))
        print(f"servers up and recommendations computed in {time.monotonic() - began:.0f} s")
        stack.start_gateway(1, cached=False, name=UNCACHED)
        report["latency"] = lat = asyncio.run(latencies(stack, account, token, args.requests))
        infra.stop_process(UNCACHED, stack.servers)
        for way in WAYS:
            print(f"  {way:<24} p50 {lat[way]['p50_ms']:7.2f} ms  "
                  f"p99 {lat[way]['p99_ms']:7.2f} ms")
        verdict = "met" if lat["ratio_p50"] <= LATENCY_GOAL else "missed"
        print(f"  gateway / direct: {lat['ratio_p50']}x at p50, {lat['ratio_p99']}x at p99 "
              f"(goal at most {LATENCY_GOAL}x: {verdict} at p50); cached: "
              f"{lat['ratio_p50_cached']}x at p50, {lat['ratio_p99_cached']}x at p99; bare proxy: "
              f"{lat['ratio_p50_proxy']}x at p50, {lat['ratio_p99_proxy']}x at p99")
        report["cpu_ms"] = cpu = asyncio.run(gateway_cpu(stack, token, args.requests))
        for name, ms in cpu.items():
            print(f"  gateway CPU per request, {name:<14} {ms:6.2f} ms in-process "
                  f"(at best {1000 / ms:5.0f}/s per core)")
        report["throughput"] = throughput(stack, account, token, args)
    finally:
        if not args.keep_servers:
            stack.stop()
    report["load_at_end"] = os.getloadavg()
    if args.results:
        append_results(args.results, report)


if __name__ == "__main__":
    main()
