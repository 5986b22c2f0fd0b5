"""A partner's webhook endpoint for tests: a real HTTP server on loopback that keeps each POST's
raw headers and body, and the npm standardwebhooks library that judges them as a receiver would.
"""

from __future__ import annotations

import base64
import json
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

VERIFIER = Path(__file__).parents[1] / "webhooks_verifier"


@dataclass(frozen=True)
class Received:
    """One POST as it reached the endpoint."""

    headers: dict[str, str]
    body: bytes
    answered: int = 204
    """The status the endpoint answered it with."""
    arrived_at: float = field(default_factory=time.time)
    """When it arrived (epoch seconds), for latency figures."""


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    error: str | None = None


class _Endpoint(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        assert isinstance(self.server, PartnerServer)
        answer = self.server.answer
        time.sleep(self.server.delay_seconds)
        self.server.received.append(
            Received(dict(self.headers.items()), self.rfile.read(length), answer))
        self.send_response(answer)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: pytest shows what matters."""


class PartnerServer(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Endpoint)
        self.received: list[Received] = []
        self.answer = 204
        """What every POST is answered with from now on: tests make the partner fail."""
        self.delay_seconds = 0.0
        """How long each answer takes: tests make the partner slow."""


@contextmanager
def webhook_endpoint() -> Iterator[tuple[str, list[Received]]]:
    """The endpoint's URL on 127.0.0.1 and the list its POSTs land in, in order."""
    with partner_endpoint() as (url, server):
        yield url, server.received


@contextmanager
def partner_endpoint() -> Iterator[tuple[str, PartnerServer]]:
    """The endpoint's URL and its server, whose ``answer`` and ``received`` tests use."""
    server = PartnerServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hooks", server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def verify_with_npm(secret: str, *received: Received) -> list[Verdict]:
    """What ``new Webhook(secret).verify(body, headers)`` of the npm library says of each."""
    if not (VERIFIER / "node_modules" / "standardwebhooks").is_dir():
        raise AssertionError("the npm verifier is not installed: run `make webhooks-verifier`")
    lines = "".join(json.dumps({"secret": secret, "headers": one.headers,
                                "body": base64.b64encode(one.body).decode()}) + "\n"
                    for one in received)
    run = subprocess.run(["node", "verify.mjs"], cwd=VERIFIER, input=lines, capture_output=True,
                         text=True, check=True, timeout=60)
    return [Verdict(**json.loads(line)) for line in run.stdout.splitlines()]
