"""An ASGI middleware timing each HTTP request by method, route template and status class.

It times up to the response's headers, not to its last byte: a streamed response (a GraphQL
subscription over multipart HTTP) then counts its set-up, not its lifetime, and for the JSON
every other route answers, the body is written by then anyway. WebSocket connections pass
untimed (a socket's lifetime is no latency). The route is the template the router matched
(``/applicants/{applicant_id}/profile``), read from the scope after routing, so ids never
become labels.
"""

from __future__ import annotations

import re
import time

from prometheus_client import Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UNMATCHED = "unmatched"
"""The route label of a request no route took (a 404 for a path nobody serves)."""


class RequestMetrics:
    def __init__(self, app: ASGIApp, histogram: Histogram) -> None:
        self.app = app
        self._histogram = histogram

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        observed = False

        def observe(status: int) -> None:
            nonlocal observed
            observed = True
            self._histogram.labels(scope["method"], route_of(scope),
                                   f"{status // 100}xx").observe(time.perf_counter() - started)

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                observe(int(message["status"]))
            await send(message)

        try:
            await self.app(scope, receive, timed_send)
        finally:
            if not observed:  # the app failed before answering: the server answers 500
                observe(500)


def route_of(scope: Scope) -> str:
    """The path template of the route that took the request, or ``UNMATCHED``.

    The router leaves the route in the scope; a route of a router included under a prefix (the
    gateway's ``/graphql``) knows only its own template, so the prefix is found again as the
    part of the path before what that template matches.
    """
    route = scope.get("route")
    template = getattr(route, "path_format", None)
    regex = getattr(route, "path_regex", None)
    if not isinstance(template, str) or not isinstance(regex, re.Pattern):
        return UNMATCHED
    path: str = scope["path"]
    cuts = [0, *(n for n, char in enumerate(path) if char == "/" and n), len(path)]
    for cut in cuts:
        if regex.match(path[cut:]):
            return path[:cut] + template
    return UNMATCHED
