"""Gateway limits benchmark: how long the gateway takes to refuse query bombs, against a plain
small query in the same run.

Run: .venv/bin/python benchmarks/gateway_limits.py [--url URL] [--runs N]. Without --url it
starts a gateway of its own (uvicorn, a free port, no services behind it: every bomb is refused
before a service would be called) and signs its own token; with --url it signs up an applicant on
that running platform (`make up`: http://127.0.0.1:8000/graphql) and the baseline is a query
that calls a service. Times are whole requests on loopback, so upper bounds of server time.
Not a test: figures only.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from smartpick.auth import Principal, Role, issue_token
from tests.ports import free_port

REPO = Path(__file__).resolve().parents[1]
RECOMMENDATIONS = "me { recommendations(first: 200) { edges { node { score program { name } } } } }"
BOMBS = {
    "30 aliases of me { recommendations(first: 200) }":
        "{ " + " ".join(f"a{n}: {RECOMMENDATIONS}" for n in range(30)) + " }",
    "12 aliases of me { plan }":
        "{ me { " + " ".join(f"p{n}: plan {{ pMatch }}" for n in range(12)) + " } }",
    "60 fragments each spreading the next twice":
        "{ me { ...F0 } } " + " ".join(f"fragment F{n} on Me {{ ...F{n + 1} ...F{n + 1} }}"
                                       for n in range(60))
        + " fragment F60 on Me { profile { visa } }",
}



@contextmanager
def own_gateway() -> Iterator[tuple[str, str]]:
    """A gateway process whose services are absent; its URL and a token it accepts."""
    secret, port = secrets.token_urlsafe(32), free_port()
    nowhere = f"http://127.0.0.1:{free_port()}"
    env = {**os.environ, "JWT_SECRET": secret, "ENVIRONMENT": "test", "LOG_LEVEL": "WARNING",
           "PROFILES_URL": nowhere, "MATCHING_URL": nowhere, "NOTIFICATIONS_URL": nowhere}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "gateway.main:create_app", "--port",
         str(port), "--no-proxy-headers", "--no-access-log"], env=env, cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.2)
        yield url + "/graphql", issue_token(Principal("bench", Role.APPLICANT), secret, 3600)
    finally:
        process.terminate()
        process.wait(timeout=30)


def signed_up(url: str) -> str:
    email = f"bench-{uuid.uuid4().hex[:8]}@example.org"
    found = httpx.post(url, timeout=30, json={
        "query": 'mutation($e: String!) { signUp(input: {email: $e, password: "benchmark pass"}) '
                 "{ token } }", "variables": {"e": email}}).json()
    return str(found["data"]["signUp"]["token"])


def timed(client: httpx.Client, url: str, query: str, runs: int) -> tuple[list[float], str]:
    """Milliseconds of each run, and the error code of the last answer (or "ok")."""
    times, code = [], "ok"
    for _ in range(runs):
        started = time.perf_counter()
        answer = client.post(url, json={"query": query})
        times.append((time.perf_counter() - started) * 1000)
        errors = answer.json().get("errors") or []
        code = errors[0].get("extensions", {}).get("code", "?") if errors else "ok"
    return times, code


def report(name: str, times: list[float], code: str) -> None:
    print(f"{name:64} p50 {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms   "
          f"-> {code}")


def run(url: str, token: str, baseline: str, runs: int) -> None:
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; {runs} runs each, gateway {url}")
    with httpx.Client(headers={"authorization": f"Bearer {token}"}, timeout=60) as client:
        timed(client, url, baseline, 3)  # warm up: connections, caches
        report(f"baseline {baseline}", *timed(client, url, baseline, runs))
        for name, query in BOMBS.items():
            report(f"{name} ({len(query):,} bytes)", *timed(client, url, query, runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", help="a running gateway's /graphql (default: start one)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if args.url:
        run(args.url, signed_up(args.url), "{ me { email } }", args.runs)
        return
    with own_gateway() as (url, token):
        run(url, token, "{ health }", args.runs)


if __name__ == "__main__":
    main()
