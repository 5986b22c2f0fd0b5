"""The sender against real receivers on loopback sockets: it connects to the checked address
with the partner's host name in Host and TLS, delivers exactly what it is given, follows no
redirect, and turns every failure into a result."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pytest
import trustme

from services.notifications.webhooks.ssrf import Resolver, WebhookPolicy
from services.notifications.webhooks.transport import EXCERPT_BYTES, post_webhook
from tests.webhook_receiver import PartnerServer, partner_endpoint

LOOPBACK_ALLOWED = WebhookPolicy(allow_insecure_http=True, allowed_networks=("127.0.0.0/8",))
BODY = b'{"type":"org.smartpick.test.v1","data":{"x":"\xc3\xa9"}}'
HEADERS = {"content-type": "application/json", "webhook-id": "msg_1",
           "webhook-timestamp": "1764460800", "webhook-signature": "v1,c2lnbmF0dXJl"}


@contextmanager
def receiver(status: int = 200, reply: bytes = b"thanks", location: str | None = None,
             tls: ssl.SSLContext | None = None) -> Iterator[PartnerServer]:
    """A partner on 127.0.0.1 (tests/webhook_receiver.py) that gives one fixed answer."""
    with partner_endpoint(tls) as (_, server):
        server.answer, server.reply, server.location = status, reply, location
        yield server


def resolving_to(*addresses: str) -> Resolver:
    async def resolver(host: str, port: int) -> Sequence[str]:
        return addresses
    return resolver


async def test_a_receiver_gets_the_body_and_headers_exactly() -> None:
    with receiver(reply=b"ok " * 1000) as hook:
        result = await post_webhook(f"http://127.0.0.1:{hook.port}/hooks/a?b=1", BODY, HEADERS,
                                    LOOPBACK_ALLOWED, timeout_seconds=5)
    assert result.ok and result.status == 200 and result.error is None
    assert result.excerpt == ("ok " * 1000)[:EXCERPT_BYTES]
    assert result.duration_seconds > 0
    [request] = hook.received
    assert (request.path, request.body) == ("/hooks/a?b=1", BODY)
    assert request.headers["Host"] == f"127.0.0.1:{hook.port}"
    assert {name: request.headers[name] for name in HEADERS} == HEADERS


async def test_the_connection_goes_to_the_checked_address_with_the_host_name_kept() -> None:
    lookups: list[str] = []

    async def resolver(host: str, port: int) -> Sequence[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    with receiver() as hook:
        result = await post_webhook(f"http://hooks.example.test:{hook.port}/in", BODY, HEADERS,
                                    LOOPBACK_ALLOWED, timeout_seconds=5, resolver=resolver)
    # .test names resolve nowhere (RFC 6761): the request reached the receiver only because
    # the sender connected to the one address it looked up and checked.
    assert result.ok and result.address == "127.0.0.1"
    assert lookups == ["hooks.example.test"]
    assert hook.received[0].headers["Host"] == f"hooks.example.test:{hook.port}"


async def test_a_host_header_from_the_caller_is_replaced_not_doubled() -> None:
    with receiver() as hook:
        result = await post_webhook(f"http://hooks.example.test:{hook.port}/in", BODY,
                                    {**HEADERS, "host": "metadata.google.internal"},
                                    LOOPBACK_ALLOWED, timeout_seconds=5,
                                    resolver=resolving_to("127.0.0.1"))
    assert result.ok
    assert hook.received[0].hosts == (f"hooks.example.test:{hook.port}",)


async def test_a_redirect_to_the_metadata_address_is_not_followed() -> None:
    with receiver(302, b"", location="http://169.254.169.254/latest/meta-data/") as hook:
        result = await post_webhook(f"http://127.0.0.1:{hook.port}/hook", BODY, HEADERS,
                                    LOOPBACK_ALLOWED, timeout_seconds=5)
    assert not result.ok and result.status == 302
    assert result.error == "redirect not followed (302 to http://169.254.169.254/latest/meta-data/)"
    assert len(hook.received) == 1


async def test_a_redirect_to_another_reachable_receiver_sends_it_nothing() -> None:
    with receiver() as elsewhere, \
            receiver(307, location=f"http://127.0.0.1:{elsewhere.port}/") as hook:
        result = await post_webhook(f"http://127.0.0.1:{hook.port}/hook", BODY, HEADERS,
                                    LOOPBACK_ALLOWED, timeout_seconds=5)
    assert not result.ok and result.error is not None and "redirect not followed" in result.error
    assert (len(hook.received), elsewhere.received) == (1, [])


async def test_a_name_resolving_inside_is_refused_before_any_connection() -> None:
    with receiver() as hook:
        result = await post_webhook(f"http://hooks.example.test:{hook.port}/", BODY, HEADERS,
                                    WebhookPolicy(allow_insecure_http=True), timeout_seconds=5,
                                    resolver=resolving_to("127.0.0.1"))
    assert (result.ok, result.rule, hook.received) == (False, "loopback", [])


async def test_an_error_status_is_a_failure_with_the_excerpt() -> None:
    with receiver(410, b"endpoint gone") as hook:
        result = await post_webhook(f"http://127.0.0.1:{hook.port}/", BODY, HEADERS,
                                    LOOPBACK_ALLOWED, timeout_seconds=5)
    assert (result.ok, result.status, result.excerpt, result.error) == (
        False, 410, "endpoint gone", "HTTP 410")


async def test_a_closed_port_is_a_failure_not_an_exception() -> None:
    with receiver() as hook:
        port = hook.port
    result = await post_webhook(f"http://127.0.0.1:{port}/", BODY, HEADERS, LOOPBACK_ALLOWED,
                                timeout_seconds=5)
    assert not result.ok and result.status is None
    assert result.error is not None and result.error.startswith("ConnectError")


async def test_a_receiver_that_never_answers_is_a_timeout() -> None:
    with listening_but_silent() as port:
        result = await post_webhook(f"http://127.0.0.1:{port}/", BODY, HEADERS,
                                    LOOPBACK_ALLOWED, timeout_seconds=0.5)
    assert (result.ok, result.error) == (False, "timed out after 0.5 s")
    assert 0.4 < result.duration_seconds < 3


@contextmanager
def listening_but_silent() -> Iterator[int]:
    """A socket that accepts connections (the kernel does, from its backlog) but never reads."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        yield listener.getsockname()[1]


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _client_trusting(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


def _server_for(ca: trustme.CA, name: str) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(name).configure_cert(context)
    return context


async def test_tls_sends_the_host_name_and_verifies_the_certificate_for_it(
        ca: trustme.CA) -> None:
    with receiver(tls=_server_for(ca, "hooks.example.test")) as hook:
        result = await post_webhook(f"https://hooks.example.test:{hook.port}/in", BODY, HEADERS,
                                    WebhookPolicy(allowed_networks=("127.0.0.0/8",)),
                                    timeout_seconds=5, resolver=resolving_to("127.0.0.1"),
                                    verify=_client_trusting(ca))
    assert result.ok, result.error
    assert hook.server_names == ["hooks.example.test"]
    assert hook.received[0].headers["Host"] == f"hooks.example.test:{hook.port}"


async def test_a_certificate_for_another_name_fails_the_delivery(ca: trustme.CA) -> None:
    with receiver(tls=_server_for(ca, "other.example.test")) as hook:
        result = await post_webhook(f"https://hooks.example.test:{hook.port}/in", BODY, HEADERS,
                                    WebhookPolicy(allowed_networks=("127.0.0.0/8",)),
                                    timeout_seconds=5, resolver=resolving_to("127.0.0.1"),
                                    verify=_client_trusting(ca))
    assert not result.ok and result.error is not None
    assert "CERTIFICATE_VERIFY_FAILED" in result.error
    assert hook.received == []
