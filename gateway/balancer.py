"""Spreads the gateway's calls over a service's instances where no load balancer does.

On Kubernetes each service's URL is its Service, which balances over the ready pods: one URL,
and requests pass through unchanged. Locally (`make up` with several instances of a service)
nothing stands in front of them, so the gateway is given each instance's URL
(``PROFILES_URL=http://127.0.0.1:8001,http://127.0.0.1:8011``) and takes them in turn. An
instance that refuses the connection (stopped, restarting) is skipped for the next one: nothing
was sent, so trying again elsewhere repeats no effect. A request that reached an instance is
never sent twice: its timeout or 5xx stays UNAVAILABLE, as with one instance (gateway/clients.py).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Sequence

import httpx

log = logging.getLogger(__name__)
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout)
"""Failures before any byte of the request left: safe to try on another instance."""


class _Service:
    def __init__(self, urls: Sequence[str]) -> None:
        self.first = urls[0]
        self.urls = list(urls)
        self._turns = itertools.count()

    def names(self, url: str) -> bool:
        return url == self.first or url.startswith(self.first + "/")

    def order(self) -> list[str]:
        """The instances in the order this call tries them: each call starts at the next."""
        turn = next(self._turns) % len(self.urls)
        return self.urls[turn:] + self.urls[:turn]


class Balancer(httpx.AsyncBaseTransport):
    """An httpx transport over ``transport`` that sends a call to a service (named by its first
    URL, as the gateway's calls name it) to one of that service's instances in turn."""

    def __init__(self, instances: Iterable[Sequence[str]],
                 transport: httpx.AsyncBaseTransport) -> None:
        self._services = [_Service(urls) for urls in instances if len(urls) > 1]
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        service = next((s for s in self._services if s.names(url)), None)
        if service is None:
            return await self._transport.handle_async_request(request)
        rest = url[len(service.first):]
        *others, last = service.order()
        for base in others:
            try:
                return await self._transport.handle_async_request(_to(request, base + rest))
            except NOT_SENT as error:
                log.warning("instance %s refused the call (%r); trying the next", base, error)
        return await self._transport.handle_async_request(_to(request, last + rest))

    async def aclose(self) -> None:
        await self._transport.aclose()


def _to(request: httpx.Request, url: str) -> httpx.Request:
    """``request`` aimed at ``url``, with the Host header that address expects."""
    request.url = httpx.URL(url)
    request.headers["host"] = request.url.netloc.decode("ascii")
    return request
