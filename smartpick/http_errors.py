"""Error answers of the services' HTTP APIs: one body shape, documented per status, and 422s that
never echo large input back. A refusal a client may act on carries a machine-readable ``code``
beside its message (``Refused``), which the gateway passes on as ``extensions.code``.

FastAPI's own 422 copies each offending value (``input``) into the answer, so a 20 MB body
came back as a 20 MB error; here only short scalars are repeated, and messages are cut.
"""

from __future__ import annotations

import math
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

MAX_ECHO = 100
"""Characters of an offending value, or of a parameter in ``ctx``, repeated in a 422."""
MAX_MESSAGE = 300
"""Characters of one message: validators may quote the value they refuse."""

Scalar = str | int | float | bool | None


class ErrorBody(BaseModel):
    """Every error but a 422: what went wrong, in words."""

    detail: str
    code: str | None = Field(default=None, description=(
        "why, for a program: for example CAPACITY_REACHED, NOT_ACCEPTING, TOO_MANY_REQUESTS, "
        "CONFLICT; absent where the status says enough"))


class Refused(Exception):
    """A request refused with a status, a machine-readable code and a message (raised by a
    service's domain code, answered as an ``ErrorBody`` by ``refusal``)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class FieldError(BaseModel):
    """One invalid input, in FastAPI's shape: where (``loc``), what (``msg``), which check."""

    loc: list[str | int]
    msg: str = Field(max_length=MAX_MESSAGE)
    type: str
    input: Scalar = Field(default=None, description="the value refused, when it is short")
    ctx: dict[str, Scalar] | None = Field(default=None, description="the check's parameters")


class ValidationErrorBody(BaseModel):
    detail: list[FieldError]


DESCRIPTIONS = {
    400: "Malformed: a body that is not JSON text, a cursor we did not issue, an uploaded "
         "instance that is not one",
    401: "No bearer token, or an invalid or expired one",
    403: "The caller's role may not do this",
    404: "Unknown, or not the caller's (the two answer alike)",
    409: "The resource is not in a state that allows this",
    413: "The request body is larger than this route accepts",
    422: "Invalid input: one entry per problem, naming the field",
    429: "Too many requests of this kind at once; try again later",
    503: "The service is not ready, or too busy for this request now; try again shortly",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route that can answer ``statuses``, for its OpenAPI."""
    return {status: {"model": ValidationErrorBody if status == 422 else ErrorBody,
                     "description": DESCRIPTIONS[status]} for status in statuses}


def _short(value: Any) -> Scalar:
    """``value`` if it is worth repeating: short, and valid JSON (no NaN, no 5,000-digit int)."""
    if isinstance(value, str):
        return value if len(value) <= MAX_ECHO else None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if value.bit_length() <= 64 else None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    return None


def _field_error(error: dict[str, Any]) -> dict[str, Any]:
    message = str(error.get("msg", ""))
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE - 1] + "…"
    shown: dict[str, Any] = {"loc": list(error.get("loc", ())), "msg": message,
                             "type": str(error.get("type", "value_error"))}
    if (value := _short(error.get("input"))) is not None:
        shown["input"] = value
    if ctx := {k: v for k, v in (error.get("ctx") or {}).items() if _short(v) is not None}:
        shown["ctx"] = ctx
    return shown


async def refusal(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, Refused)  # registered for that type only
    return JSONResponse({"detail": error.message[:MAX_MESSAGE], "code": error.code},
                        status_code=error.status)


async def validation_error(request: Request, error: Exception) -> JSONResponse:
    """FastAPI's 422 answer, without long values: only short scalars are repeated."""
    assert isinstance(error, RequestValidationError)  # registered for that type only
    return JSONResponse({"detail": [_field_error(e) for e in error.errors()]}, status_code=422)
