"""Bearer tokens: the profiles service issues them, every service and the gateway verify them.

HS256 JWTs with a shared secret from settings; the subject is the account id and the role rides
along so a service can authorize without asking another one. Why a token was refused (its
signature, its expiry, a decoding error) stays on the server: the caller learns only that it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from smartpick.recent import Recent

ALGORITHM = "HS256"
INVALID_TOKEN = "invalid or expired token"
_bearer = HTTPBearer(scheme_name="bearer", bearerFormat="JWT", auto_error=False,
                     description="The token that sign-up and sign-in return (POST /accounts, "
                                 "POST /sessions on the profiles service)")


class Role(StrEnum):
    APPLICANT = "APPLICANT"
    MENTOR = "MENTOR"
    ORG_ADMIN = "ORG_ADMIN"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the verified subject of a token."""

    account_id: str
    role: Role


def issue_token(principal: Principal, secret: str, ttl_seconds: int) -> str:
    now = int(time.time())
    claims = {"sub": principal.account_id, "role": principal.role.value, "iat": now,
              "exp": now + ttl_seconds}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify_token(token: str, secret: str) -> Principal:
    """The principal of a valid token; raises ``jwt.InvalidTokenError`` otherwise."""
    return _verified(token, secret)[0]


def _verified(token: str, secret: str) -> tuple[Principal, float]:
    """The principal of a valid token and when it expires (seconds since the epoch)."""
    claims = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["sub", "exp"]})
    try:
        principal = Principal(account_id=str(claims["sub"]), role=Role(str(claims.get("role"))))
    except ValueError as error:
        raise jwt.InvalidTokenError("unknown role") from error
    return principal, float(claims["exp"])


class TokenVerifier:
    """``verify_token`` for a caller that sees the same tokens again and again (the gateway: a
    client sends its token with every request): a valid token's verdict is kept until its
    expiry, so its signature and claims are checked once, not per request.

    Exact, not approximate: a token is a fixed string, its signature and claims cannot change,
    and of the time checks only the expiry can turn (an issue or not-before time that passed
    stays passed); a kept verdict is used only while ``clock()`` is before the expiry, as
    PyJWT's own check. Only valid tokens are kept, at most ``size`` of them (least recently
    used first out), so invalid ones cost the full check every time, as before.
    """

    def __init__(self, secret: str, size: int = 4096,
                 clock: Callable[[], float] = time.time) -> None:
        self._secret, self._clock = secret, clock
        self._valid: Recent[str, tuple[Principal, float]] = Recent(size)

    def __call__(self, token: str) -> Principal:
        """The principal of a valid token; raises ``jwt.InvalidTokenError`` otherwise."""
        kept = self._valid.get(token)
        if kept is not None and self._clock() < kept[1]:
            return kept[0]
        self._valid.take(token)
        principal, expires = _verified(token, self._secret)
        self._valid.put(token, (principal, expires))
        return principal


async def _principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller; ``_bearer`` puts the scheme into the OpenAPI of every route that needs it.
    ``async``, so FastAPI checks the token on the event loop, not in its thread pool."""
    if credentials is None:
        raise HTTPException(401, "a bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    try:
        return verify_token(credentials.credentials, request.app.state.settings.jwt_secret)
    except jwt.InvalidTokenError as error:
        raise HTTPException(401, INVALID_TOKEN, headers={"WWW-Authenticate": "Bearer"}) from error


CurrentPrincipal = Annotated[Principal, Depends(_principal)]


def organization_of(principal: Principal, refusal: str) -> str:
    """The caller's organization (an ORG_ADMIN account is its organization); 403 with
    ``refusal`` for any other role."""
    if principal.role is not Role.ORG_ADMIN:
        raise HTTPException(403, refusal)
    return principal.account_id
