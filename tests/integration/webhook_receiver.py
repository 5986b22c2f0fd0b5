"""A partner's webhook endpoint for tests: a real HTTP server on loopback that keeps each POST's
raw headers and body, and the npm standardwebhooks library that judges them as a receiver would.
"""

from __future__ import annotations

import base64
import json
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

VERIFIER = Path(__file__).parents[1] / "webhooks_verifier"


@dataclass(frozen=True)
class Received:
    """One POST as it reached the endpoint."""

    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    error: str | None = None


class _Endpoint(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        assert isinstance(self.server, _EndpointServer)
        self.server.received.append(Received(dict(self.headers.items()), self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: pytest shows what matters."""


class _EndpointServer(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Endpoint)
        self.received: list[Received] = []


@contextmanager
def webhook_endpoint() -> Iterator[tuple[str, list[Received]]]:
    """The endpoint's URL on 127.0.0.1 and the list its POSTs land in, in order."""
    server = _EndpointServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hooks", server.received
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
