"""GraphQL errors with a code in ``extensions.code``: the only errors a client ever sees.

Codes: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, UNAVAILABLE, RATE_LIMITED, for text
that does not parse GRAPHQL_PARSE_FAILED; anything else is masked as INTERNAL_SERVER_ERROR.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

CODES = frozenset({"UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "UNAVAILABLE",
                   "RATE_LIMITED",
                   "GRAPHQL_PARSE_FAILED", "INTERNAL_SERVER_ERROR"})


def coded(message: str, code: str, **extensions: Any) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code, **extensions})


def is_coded(error: GraphQLError) -> bool:
    """True for errors we raised on purpose (they pass the mask); a bug's traceback never does."""
    original = error.original_error
    if original is None:
        return True  # parse and validation errors describe the query, not our internals
    return isinstance(original, GraphQLError) and (original.extensions or {}).get("code") in CODES


def with_code(formatted: dict[str, Any]) -> dict[str, Any]:
    """Give a code to errors graphql-core reports without one (parse, validation, variables)."""
    extensions = formatted.setdefault("extensions", {})
    if "code" not in extensions:
        syntax = formatted.get("message", "").startswith("Syntax Error")
        extensions["code"] = "GRAPHQL_PARSE_FAILED" if syntax else "BAD_USER_INPUT"
    return formatted


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
