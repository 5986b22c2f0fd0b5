"""Request body limits of a service: a body larger than its route's limit is a 413, answered
before the body is read whole.

A declared ``Content-Length`` over the limit is refused before any byte of the body is read; a
body without one (chunked) is counted as it arrives and refused once it passes the limit, so no
route ever holds more than its limit in memory.
"""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def _too_large(limit: int) -> str:
    return f"the request body is larger than this route accepts ({limit:,} bytes)"


class BodyLimit:
    """ASGI middleware: ``limit`` bytes per request body, ``per_path`` for routes that need more
    (an uploaded match instance is tens of MB)."""

    def __init__(self, app: ASGIApp, limit: int, per_path: Mapping[str, int]) -> None:
        self.app = app
        self.limit = limit
        self.per_path = per_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.per_path.get(scope["path"], self.limit)
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await JSONResponse({"detail": _too_large(limit)}, 413)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            """The next piece of the body; past the limit, the 413 the route answers."""
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, _too_large(limit))
            return message

        await self.app(scope, counted, send)
