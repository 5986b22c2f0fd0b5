"""The gateway's WebSocket (graphql-transport-ws): who is connected, kept alive, until when.

strawberry runs the protocol; this adds what it leaves to us. The caller is whoever the bearer
token in connection_init's payload names (``{"authorization": "Bearer <token>"}``): without a
valid one the connection is refused with 4403, as the protocol says. strawberry never pings on
this protocol (its issue #2992) nor checks a token again after connection_init, so a connection
idle for ``live_ping_seconds`` gets a ping, and one whose token expires is closed then (4403
"token expired": a client reconnects with a fresh token and ``after``). Under an allow-list an
operation runs only if its full text is in it (graphql-ws clients send the text, not a hash).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import jwt
from starlette.websockets import WebSocket
from strawberry.exceptions import ConnectionRejectionError
from strawberry.extensions import SchemaExtension
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    Message,
    SubscribeMessage,
)
from strawberry.types import ExecutionContext
from strawberry.types.graphql import OperationType

from gateway.context import Context
from gateway.errors import coded
from gateway.persisted import PersistedQueries, PersistedQueryError
from smartpick.auth import verify_token

FORBIDDEN = 4403
"""The protocol's close code for a connection_init the server refuses."""


def authenticate(context: Context, payload: object) -> None:
    """Make the token of connection_init's ``payload`` the connection's caller, or refuse."""
    token = _bearer(payload)
    if token is None:
        raise ConnectionRejectionError({"message": "sign in first: send a bearer token"})
    try:
        principal = verify_token(token, context.settings.jwt_secret)
    except jwt.InvalidTokenError as error:
        raise ConnectionRejectionError({"message": "invalid or expired token"}) from error
    # verified just above: its expiry is read without checking the signature again
    claims = jwt.decode(token, options={"verify_signature": False})
    context.principal, context.token = principal, token
    context.token_expires_at = float(claims["exp"])


def _bearer(payload: object) -> str | None:
    if not isinstance(payload, dict):
        return None
    value = payload.get("authorization", payload.get("Authorization"))
    scheme, _, token = value.partition(" ") if isinstance(value, str) else ("", "", "")
    return token if scheme.lower() == "bearer" and token else None


class LiveSocketHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """strawberry's graphql-transport-ws handler, plus pings and the token's expiry."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._last_sent = time.monotonic()
        self._watch: asyncio.Task[None] | None = None

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        await super().handle_connection_init(message)
        if self.connection_acknowledged and self._watch is None:
            self._watch = asyncio.create_task(self._keep_alive_until_expiry())

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        persisted: PersistedQueries = getattr(self.view, "persisted")  # noqa: B009
        query = message["payload"].get("query")
        if self.connection_acknowledged and isinstance(query, str):
            try:
                persisted.check_allowed(query)
            except PersistedQueryError as refused:
                error = coded(refused.message, refused.code)
                await self.send_message({"id": message["id"], "type": "error",
                                         "payload": [error.formatted]})
                return
        await super().handle_subscribe(message)

    async def send_message(self, message: Message) -> None:
        self._last_sent = time.monotonic()
        await super().send_message(message)

    async def shutdown(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
        await super().shutdown()

    async def _keep_alive_until_expiry(self) -> None:
        interval = self.context.settings.live_ping_seconds
        expires_at = self.context.token_expires_at or time.time()
        while (left := expires_at - time.time()) > 0:
            idle = time.monotonic() - self._last_sent
            if idle >= interval:
                await self.send_message({"type": "ping"})
                continue
            await asyncio.sleep(min(left, interval - idle))
        await self.websocket.close(code=FORBIDDEN, reason="token expired")


class SubscriptionsOverWebSocket(SchemaExtension):
    """Subscriptions run over WebSocket only, and only they do (BAD_USER_INPUT otherwise).

    Executed over HTTP, a subscription could only fail inside, as an internal error; queries
    and mutations keep to HTTP, where the body limit and the request-level checks apply."""

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if not context.pre_execution_errors and context.graphql_document is not None:
            socket = isinstance(getattr(context.context, "request", None), WebSocket)
            subscription = _is_subscription(context)
            if subscription and not socket:
                context.pre_execution_errors = [coded(
                    "subscriptions run over WebSocket (graphql-transport-ws) at /graphql",
                    "BAD_USER_INPUT")]
            elif socket and not subscription:
                context.pre_execution_errors = [coded(
                    "over WebSocket only subscriptions run: send queries and mutations over "
                    "HTTP", "BAD_USER_INPUT")]
        yield


def _is_subscription(context: ExecutionContext) -> bool:
    try:
        return context.operation_type is OperationType.SUBSCRIPTION
    except RuntimeError:
        return False  # no operation to run: validation says why
