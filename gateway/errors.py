"""GraphQL errors with a code in ``extensions.code``: the only errors a client ever sees.

Codes: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, UNAVAILABLE, RATE_LIMITED,
QUERY_TOO_COMPLEX (over the cost limit of gateway/cost.py), for text that does not parse
GRAPHQL_PARSE_FAILED, and the refusals a service names itself (``SERVICE_CODES``: a change from
the wrong state, a full mentor), and those of the live feed (LIVE_FEED_OFF: this gateway runs
without Kafka; RESYNC_REQUIRED: a subscriber fell too far behind and reloads its inbox), those of
persisted queries (gateway/persisted.py: PERSISTED_QUERY_NOT_FOUND, _HASH_MISMATCH,
_NOT_ALLOWED); anything
else is masked as INTERNAL_SERVER_ERROR. No message is longer than MAX_MESSAGE_CHARS, so an
error never echoes a large input back.
"""

from __future__ import annotations

import re
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from gateway import persisted

SERVICE_CODES = frozenset({"CONFLICT", "CAPACITY_REACHED", "NOT_ACCEPTING", "TOO_MANY_REQUESTS",
                           "ALREADY_MENTORED"})
"""Codes a service's error body carries (smartpick.http_errors.Refused), passed on as they are."""
CODES = frozenset({"UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "UNAVAILABLE",
                   "RATE_LIMITED", "QUERY_TOO_COMPLEX",
                   "GRAPHQL_PARSE_FAILED", "INTERNAL_SERVER_ERROR", *SERVICE_CODES,
                   "LIVE_FEED_OFF", "RESYNC_REQUIRED", *persisted.CODES})
MAX_MESSAGE_CHARS = 500
_SUGGESTION = re.compile(r" Did you mean .*\?$", re.DOTALL)


def coded(message: str, code: str, **extensions: Any) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code, **extensions})


def is_coded(error: GraphQLError) -> bool:
    """True for errors we raised on purpose (they pass the mask); a bug's traceback never does."""
    original = error.original_error
    if original is None:
        return True  # parse and validation errors describe the query, not our internals
    if not isinstance(original, GraphQLError):
        return False
    if (original.extensions or {}).get("code") in CODES:
        return True
    # graphql-core refusing a variable's value (an enum value that does not exist) before any
    # resolver ran: the client's input, answered BAD_USER_INPUT by ``for_client``
    return error.path is None and error.message.startswith("Variable '$")


def for_client(formatted: dict[str, Any], suggestions: bool) -> dict[str, Any]:
    """An error as the client gets it: with a code even when graphql-core reports it without one
    (parse, validation, variables), no long message, and suggestions only if ``suggestions``.

    graphql-core appends "Did you mean …?" to validation and variable errors; strawberry does not
    pass graphql-core's ``hide_suggestions`` on (its ``disable_field_suggestions`` covers unknown
    fields only, not arguments, types or enum values), so every suggestion is cut here."""
    message = str(formatted.get("message", ""))
    formatted["message"] = shortened(message if suggestions else _SUGGESTION.sub("", message))
    extensions = formatted.setdefault("extensions", {})
    if "code" not in extensions:
        syntax = message.startswith("Syntax Error")
        extensions["code"] = "GRAPHQL_PARSE_FAILED" if syntax else "BAD_USER_INPUT"
    for field in extensions.get("fields") or []:
        field["message"] = shortened(str(field.get("message", "")))
    return formatted


def shortened(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE_CHARS else text[:MAX_MESSAGE_CHARS - 1] + "…"


def error_code(error: BaseException) -> str | None:
    extensions = getattr(error, "extensions", None) or {}
    code = extensions.get("code")
    return str(code) if code else None


class MaskUnexpectedErrors(MaskErrors):
    """Hides what we did not raise on purpose behind INTERNAL_SERVER_ERROR, never a traceback."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda error: not is_coded(error),
                         error_message="internal error")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked
