"""Size limits on what a client sends: the request body, and the lists and strings of variables.

A body over its limit is answered 413 as soon as its declared length or the bytes received so
far exceed the limit, without reading the rest. Uploads (multipart requests) have a limit of
their own, the largest instance file plus room for the form's other parts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension

from gateway.errors import coded


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: 413 for a body over ``limit`` bytes (``upload_limit`` for multipart)."""

    def __init__(self, app: ASGIApp, limit: int, upload_limit: int) -> None:
        self.app, self.limit, self.upload_limit = app, limit, upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        upload = headers.get(b"content-type", b"").startswith(b"multipart/form-data")
        limit = self.upload_limit if upload else self.limit
        declared = headers.get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > limit:
            await _refuse(send, limit)
            return
        received, started = 0, False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise _TooLarge
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except _TooLarge:
            if not started:
                await _refuse(send, limit)


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps({"errors": [{
        "message": f"the request body is larger than {limit // 1024} KB",
        "extensions": {"code": "BAD_USER_INPUT"}}]}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class VariableLimits(SchemaExtension):
    """Refuses an operation whose variables hold a list or a string longer than allowed,
    before parsing: coercing a list of a million items alone takes seconds."""

    def __init__(self, max_list_items: int, max_string_chars: int) -> None:
        self.max_list_items, self.max_string_chars = max_list_items, max_string_chars

    def on_operation(self) -> Iterator[None]:
        for path, value in _values(self.execution_context.variables or {}, "$"):
            if isinstance(value, str) and len(value) > self.max_string_chars:
                raise coded(f"{path} is longer than {self.max_string_chars} characters",
                            "BAD_USER_INPUT")
            if isinstance(value, list) and len(value) > self.max_list_items:
                raise coded(f"{path} has more than {self.max_list_items} items",
                            "BAD_USER_INPUT")
        yield


def _values(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """``value`` and every value inside it, with its path (cut short: keys come from clients);
    a list comes before its items, so an overlong one is refused before they are walked."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _values(item, f"{path}.{key}"[:100])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _values(item, f"{path}[{index}]"[:100])
