"""A partner's webhook endpoint for tests: a real HTTP(S) server on loopback that keeps each
POST's raw headers and body and answers as a test tells it (a status, a body, a redirect, slowly),
and the npm standardwebhooks library that judges what arrived as a receiver would.
"""

from __future__ import annotations

import base64
import json
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

VERIFIER = Path(__file__).with_name("webhooks_verifier")


@dataclass(frozen=True)
class Received:
    """One POST as it reached the endpoint."""

    headers: dict[str, str]
    body: bytes
    answered: int = 204
    """The status the endpoint answered it with."""
    arrived_at: float = field(default_factory=time.time)
    """When it arrived (epoch seconds), for latency figures."""
    path: str = "/"
    hosts: tuple[str, ...] = ()
    """Every Host header it came with, to see that there is exactly one."""


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    error: str | None = None


class _Endpoint(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        assert isinstance(self.server, PartnerServer)
        partner = self.server
        answer, reply, location = partner.answer, partner.reply, partner.location
        time.sleep(partner.delay_seconds)
        partner.received.append(Received(
            dict(self.headers.items()), self.rfile.read(length), answer, path=self.path,
            hosts=tuple(self.headers.get_all("Host", []))))
        self.send_response(answer)
        if location is not None:
            self.send_header("location", location)
        self.send_header("content-length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: pytest shows what matters."""


class PartnerServer(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Endpoint)
        self.received: list[Received] = []
        self.answer = 204
        """What every POST is answered with from now on: tests make the partner fail."""
        self.reply = b""
        """The body of every answer."""
        self.location: str | None = None
        """A Location header for every answer: tests make the partner redirect."""
        self.delay_seconds = 0.0
        """How long each answer takes: tests make the partner slow."""
        self.server_names: list[str | None] = []
        """The TLS server name each connection asked for (with ``tls``)."""

    @property
    def port(self) -> int:
        return self.server_port


@contextmanager
def webhook_endpoint() -> Iterator[tuple[str, list[Received]]]:
    """The endpoint's URL on 127.0.0.1 and the list its POSTs land in, in order."""
    with partner_endpoint() as (url, server):
        yield url, server.received


@contextmanager
def partner_endpoint(tls: ssl.SSLContext | None = None) -> Iterator[tuple[str, PartnerServer]]:
    """The endpoint's URL and its server, whose ``answer`` and ``received`` tests use; with
    ``tls``, the server speaks HTTPS with that context (the URL still says http: tests that
    use TLS give the name they want in their own URL)."""
    server = PartnerServer()
    if tls is not None:
        tls.sni_callback = lambda _socket, name, _context: server.server_names.append(name)
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
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
