"""Calls from the gateway to the services over one shared httpx client, with the caller's token.

A service's answer becomes data or a coded GraphQL error: its 4xx keep their meaning (and the
per-field messages of a 422, and the code a refusal names: CAPACITY_REACHED, CONFLICT, ...),
while timeouts, refused connections and 5xx become UNAVAILABLE.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
from graphql import GraphQLError

from gateway.errors import SERVICE_CODES, coded, error_code

log = logging.getLogger(__name__)
_CODES = {400: "BAD_USER_INPUT", 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND",
          409: "BAD_USER_INPUT", 413: "BAD_USER_INPUT", 422: "BAD_USER_INPUT",
          429: "RATE_LIMITED"}


def _fields(detail: Any) -> list[dict[str, str]]:
    """FastAPI's 422 detail as [{field, message}], the field in the client's camelCase."""
    fields = []
    for item in detail if isinstance(detail, list) else []:
        location = [str(part) for part in item.get("loc", []) if part != "body"]
        name = ".".join(_camel(part) for part in location) or "input"
        fields.append({"field": name, "message": str(item.get("msg", "invalid"))})
    return fields


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


async def call(http: httpx.AsyncClient, method: str, url: str, token: str | None = None,
               client_address: str | None = None, **kwargs: Any) -> Any:
    """``client_address`` goes along as X-Forwarded-For where a service limits per client."""
    headers = {"authorization": f"Bearer {token}"} if token else {}
    if client_address:
        headers["x-forwarded-for"] = client_address
    try:
        response = await http.request(method, url, headers=headers, **kwargs)
    except httpx.HTTPError as error:
        log.warning("service call failed: %s %s: %r", method, url, error)
        raise coded("a service is unavailable, try again shortly", "UNAVAILABLE") from error
    if response.status_code < 400:
        return response.json() if response.content else None
    try:
        answer = response.json()
    except ValueError:
        answer = None
    answer = answer if isinstance(answer, dict) else {}
    detail = answer.get("detail")
    code = _CODES.get(response.status_code)
    if code is not None and answer.get("code") in SERVICE_CODES:
        code = str(answer["code"])
    if code is None:
        log.warning("service error: %s %s -> %s", method, url, response.status_code)
        raise coded("a service is unavailable, try again shortly", "UNAVAILABLE")
    if response.status_code == 422:
        fields = _fields(detail)
        summary = "; ".join(f"{f['field']}: {f['message']}" for f in fields)
        raise coded(f"invalid input: {summary}", code, fields=fields)
    raise coded(str(detail or response.reason_phrase), code)


async def call_or_none(http: httpx.AsyncClient, method: str, url: str,
                       token: str | None = None) -> Any:
    """``call``, but None where the service answers NOT_FOUND: a thing not made yet (a profile
    before its first save) is a null field, not an error."""
    try:
        return await call(http, method, url, token)
    except GraphQLError as error:
        if error_code(error) == "NOT_FOUND":
            return None
        raise
