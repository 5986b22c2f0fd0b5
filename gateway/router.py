"""The /graphql route as GraphQL over HTTP specifies it, with coded, short errors.

A client accepting ``application/graphql-response+json`` gets that media type, and a request
that fails before execution (parse, validation, variables, limits, a persisted query not
allowed) answers 400 without a ``data`` entry; with ``application/json`` every GraphQL result
answers 200, as before. A request that contradicts itself (a persisted query's hash that is not
its query's) is not well-formed and answers 400 with either; an unknown persisted query, APQ's
handshake, answers 200 with either (gateway/persisted.py).
"""

from __future__ import annotations

import json
from typing import Any, cast

from fastapi import Request, Response
from strawberry import Schema
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData, process_result
from strawberry.http.base import BaseRequestProtocol
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET, UnsetType

from gateway.cached_operations import CachedOperations
from gateway.context import Context
from gateway.errors import coded, for_client
from gateway.live_socket import LiveSocketHandler, authenticate
from gateway.operation_metrics import count_errors
from gateway.persisted import PersistedQueries, PersistedQueryError
from gateway.schema import QUERIES_CACHED

GRAPHQL_RESPONSE = "application/graphql-response+json"


class GraphQLHTTPRouter(GraphQLRouter[Context, None]):
    """Strawberry's router, which answers every result 200 as application/json, with the
    client's media type and status on top; errors are shaped by gateway/errors.py."""

    graphql_transport_ws_handler_class = LiveSocketHandler

    def __init__(self, *args: Any, suggestions: bool, persisted: PersistedQueries,
                 ide_html: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.suggestions = suggestions
        self.persisted = persisted
        self.ide_html = ide_html
        self.cached = CachedOperations(cast(Schema, self.schema)._schema, QUERIES_CACHED)

    @property
    def graphql_ide_html(self) -> str:
        """The IDE's page: ours, whose assets the gateway serves (gateway/ide.py)."""
        return self.ide_html

    def should_render_graphql_ide(self, request: BaseRequestProtocol) -> bool:
        """A GET naming a persisted query by its hash alone is an operation, not the IDE."""
        return "extensions" not in request.query_params \
            and super().should_render_graphql_ide(request)

    async def execute_single(self, request: Request, request_adapter: Any, sub_response: Response,
                             context: Context, root_value: None,
                             request_data: GraphQLRequestData) -> ExecutionResult:
        """Runs the persisted query a request names, or answers why not, without executing;
        answers a query about the caller's recommendations alone from the answer cache."""
        try:
            request_data.query = self.persisted.query_for(request_data.query,
                                                          request_data.extensions)
        except PersistedQueryError as refused:
            request.state.malformed = refused.malformed
            request.state.handshake = refused.handshake
            return ExecutionResult(data=None, errors=[coded(refused.message, refused.code)])
        cache, principal = context.answers, context.principal
        key = self.cached.key(principal, request_data.query, request_data.operation_name,
                              request_data.variables) \
            if cache is not None and principal is not None else None
        if key is None or cache is None or principal is None:
            return await super().execute_single(request, request_adapter, sub_response, context,
                                                root_value, request_data)
        found, ticket = cache.lookup("response", principal.account_id, key)
        if found is not None:
            return ExecutionResult(data=found, errors=None)
        result = await super().execute_single(request, request_adapter, sub_response, context,
                                              root_value, request_data)
        if ticket is not None and not result.errors and result.data is not None:
            cache.store(ticket, key, result.data, len(json.dumps(result.data)))
        return result

    async def process_result(self, request: Request,
                             result: ExecutionResult) -> GraphQLHTTPResponse:
        response = process_result(result)
        errors = cast(list[dict[str, Any]] | None, response.get("errors"))
        if errors:
            response["errors"] = [for_client(error, self.suggestions) for error in errors]
            count_errors(error["extensions"]["code"] for error in errors)  # shaped in place
        if _before_execution(result):
            # The GraphQL spec: a request error has no data entry, since nothing was executed.
            response.pop("data", None)
            request.state.request_error = True
        return response

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        """The one place that sees both the request's Accept header and the response."""
        response = await super().run(request, context, root_value)
        if isinstance(response, Response) and response.media_type == "application/json" \
                and _prefers_graphql_response(request.headers.get("accept", "")):
            response.headers["content-type"] = f"{GRAPHQL_RESPONSE}; charset=utf-8"
            if getattr(request.state, "request_error", False) \
                    and not getattr(request.state, "handshake", False):
                response.status_code = 400
        if isinstance(response, Response) and getattr(request.state, "malformed", False):
            response.status_code = 400
        return response

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """A WebSocket's connection_init: its caller is the token it brings, or it is refused."""
        authenticate(context, context.connection_params)
        return cast(UnsetType, UNSET)  # acknowledged without a payload


def _before_execution(result: ExecutionResult) -> bool:
    """Errors without a path come from before execution; a field's error always has one."""
    return result.data is None and bool(result.errors) and all(
        error.path is None for error in result.errors or [])


def _prefers_graphql_response(accept: str) -> bool:
    """True when the Accept header ranks graphql-response+json at least as high as JSON."""
    ranked: dict[str, float] = {}
    for item in accept.split(","):
        media, *parameters = (part.strip() for part in item.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranked[media.lower()] = max(quality, ranked.get(media.lower(), 0.0))
    wanted = ranked.get(GRAPHQL_RESPONSE, 0.0)
    return wanted > 0 and wanted >= ranked.get("application/json", 0.0)
