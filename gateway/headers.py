"""Security headers on every gateway response, the IDE's page included.

The gateway answers JSON to scripts, so no response of it may be framed, sniffed into another
type or leak the page's address in a Referer. Its HTML pages (GraphiQL in local runs, the
unsubscribe button) load scripts and styles from the gateway only: no inline script runs.
HSTS is sent outside local runs only, where the gateway is reached over HTTPS: a browser that
saw it from http://127.0.0.1 would refuse plain HTTP to every local port for its max-age.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
"""JSON and scripts need nothing from a policy: everything is refused."""
PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
               "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
"""The gateway's HTML pages: the IDE, and the unsubscribe button (a form posting to its own
address). Inline styles stay allowed: React and CodeMirror set style attributes, which execute
nothing; connect-src 'self' covers the page's own origin over ws: and wss: as well."""
HSTS = "max-age=31536000; includeSubDomains"


class SecurityHeaders:
    """ASGI middleware adding the headers to each HTTP response, errors and 413s included."""

    def __init__(self, app: ASGIApp, https_only: bool) -> None:
        self.app, self.https_only = app, https_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                html = headers.get("content-type", "").startswith("text/html")
                headers["content-security-policy"] = PAGE_POLICY if html else API_POLICY
                headers["x-content-type-options"] = "nosniff"
                headers["x-frame-options"] = "DENY"
                headers["referrer-policy"] = "no-referrer"
                if self.https_only:
                    headers["strict-transport-security"] = HSTS
            await send(message)

        await self.app(scope, receive, with_headers)
