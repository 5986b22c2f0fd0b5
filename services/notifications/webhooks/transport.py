"""The webhook sender: one POST to a checked address, no redirect followed, always a result.

The connection goes to the address that was checked, with no second lookup that DNS
rebinding could answer differently: the request's URL names that address itself
(``https://93.184.215.14:8443/hook``), so httpx has nothing to resolve. The ``Host`` header keeps
the partner's host name, and httpcore's ``sni_hostname`` request extension makes TLS send that
name and verify the certificate against it (``ssl`` checks ``server_hostname``), so the partner's
server sees an ordinary request to its name. Each send has a client of its own: a pooled
connection verified for one host name must not carry a request for another name on the same
address. ``trust_env=False`` keeps proxy variables from routing the request elsewhere.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from services.notifications.webhooks.ssrf import (
    CheckedTarget,
    IPAddress,
    Resolver,
    UrlRefused,
    WebhookPolicy,
    check_url,
    resolve_and_check,
    system_resolver,
)

EXCERPT_BYTES = 1024
"""How much of a response is kept: enough to show a partner its error, never a whole page."""


@dataclass(frozen=True)
class DeliveryResult:
    """What one attempt came to; a failure is a value, since retrying is the caller's call."""

    ok: bool
    duration_seconds: float
    status: int | None = None
    excerpt: str = ""
    """The response body's first ``EXCERPT_BYTES``, as text (undecodable bytes replaced)."""
    error: str | None = None
    rule: str | None = None
    """The SSRF rule (ssrf.py) that refused the URL or its addresses, when one did."""
    address: str | None = None
    """The address the request went to."""


async def post_webhook(url: str, body: bytes, headers: Mapping[str, str],
                       policy: WebhookPolicy, *, timeout_seconds: float,
                       resolver: Resolver = system_resolver,
                       verify: ssl.SSLContext | None = None) -> DeliveryResult:
    """POST ``body`` to ``url``; ``timeout_seconds`` bounds everything, the lookup included.

    ``verify`` replaces the system's certificate authorities (tests use their own CA).
    """
    started = time.monotonic()
    try:
        async with asyncio.timeout(timeout_seconds):
            target = check_url(url, policy)
            addresses = ([target.literal] if target.literal is not None else
                         await resolve_and_check(target.host, target.port, policy, resolver))
            return await _post(target, addresses, body, headers, timeout_seconds, verify,
                               started)
    except UrlRefused as refused:
        return DeliveryResult(False, _since(started), error=f"refused: {refused}",
                              rule=refused.rule)
    except TimeoutError:
        return DeliveryResult(False, _since(started),
                              error=f"timed out after {timeout_seconds:g} s")
    except httpx.HTTPError as error:
        return DeliveryResult(False, _since(started), error=f"{type(error).__name__}: {error}")


async def _post(target: CheckedTarget, addresses: list[IPAddress], body: bytes,
                headers: Mapping[str, str], timeout_seconds: float,
                verify: ssl.SSLContext | None, started: float) -> DeliveryResult:
    """Try the addresses in turn until one accepts the connection (an IPv6 address listed
    first may be unreachable from here while the IPv4 one works)."""
    sent_headers = httpx.Headers(headers)  # setting a name replaces it in any letter case
    sent_headers["Host"] = target.url.netloc.decode("ascii")
    sent_headers["Accept-Encoding"] = "identity"  # the excerpt is raw bytes: nothing to inflate
    extensions = ({"sni_hostname": target.host}
                  if target.literal is None and target.url.scheme == "https" else {})
    transport = httpx.AsyncHTTPTransport(verify=True if verify is None else verify,
                                          retries=0)
    async with httpx.AsyncClient(transport=transport, trust_env=False, follow_redirects=False,
                                 timeout=timeout_seconds) as client:
        for address in addresses[:-1]:
            try:
                return await _attempt(client, target, address, body, sent_headers, extensions,
                                      started)
            except httpx.ConnectError:
                continue
        return await _attempt(client, target, addresses[-1], body, sent_headers, extensions,
                              started)


async def _attempt(client: httpx.AsyncClient, target: CheckedTarget, address: IPAddress,
                   body: bytes, headers: httpx.Headers, extensions: dict[str, str],
                   started: float) -> DeliveryResult:
    request = client.build_request("POST", target.url.copy_with(host=str(address)),
                                   content=body, headers=headers, extensions=extensions)
    response = await client.send(request, stream=True)
    try:
        excerpt = await _excerpt(response)
    finally:
        await response.aclose()
    return DeliveryResult(response.is_success, _since(started), response.status_code,
                          excerpt.decode("utf-8", "replace"), _failure(response),
                          address=str(address))


async def _excerpt(response: httpx.Response) -> bytes:
    kept = bytearray()
    async for chunk in response.aiter_raw():
        kept += chunk
        if len(kept) >= EXCERPT_BYTES:
            break
    return bytes(kept[:EXCERPT_BYTES])


def _failure(response: httpx.Response) -> str | None:
    if response.is_success:
        return None
    if response.is_redirect:
        location = response.headers.get("location", "")
        return f"redirect not followed ({response.status_code} to {location})"
    return f"HTTP {response.status_code}"


def _since(started: float) -> float:
    return time.monotonic() - started
